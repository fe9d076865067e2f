import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { OpeningGate } from '../../src/model/openingGate';
import { bylinePattern, captionPrefix, noisePrefix } from '../../src/model/patterns';

suite('OpeningGate', () => {
	test('reads the openings of a pattern and rules out other lines', () => {
		const gate = OpeningGate.ofPattern(/^(?:read\s*:|also read|©|sep(?:t)?)\b/i);
		assert.equal(gate.allows('Read: the other story'), true);
		assert.equal(gate.allows('ALSO READ this'), true);
		assert.equal(gate.allows('Sept. 5'), true);
		assert.equal(gate.allows('The day after'), false);
		assert.equal(gate.allows('Reuters reported'), true, 'the gate only looks at two characters');
		assert.equal(gate.allows('© 2024 Example'), true);
		assert.equal(gate.allows('Über alles'), true, 'non-ASCII lines always pass');
		assert.equal(gate.allows('R'), true, 'one character is not enough to rule a line out');
	});

	test('a pattern whose openings cannot be read lets every line through', () => {
		assert.equal(OpeningGate.ofPattern(/^(?:a?b|cd)/).allows('xy'), true);
		assert.equal(OpeningGate.ofPattern(/^\d+ comments/).allows('xy'), true);
		assert.equal(OpeningGate.ofPattern(/^(?:[ab]c|de)/).allows('xy'), true);
	});

	test('a word list: lines starting with a word, in any case; one-letter words admit any second character', () => {
		const gate = OpeningGate.ofWords(['share', 'x', '|']);
		assert.equal(gate.allows('SHARE this'), true);
		assert.equal(gate.allows('x.com'), true);
		assert.equal(gate.allows('| Facebook'), true);
		assert.equal(gate.allows('Sports'), false);
		assert.equal(gate.allows('Facebook'), false);
	});

	test('the furniture patterns have readable openings: prose openings are ruled out', () => {
		for (const pattern of [noisePrefix, captionPrefix, bylinePattern]) {
			assert.equal(OpeningGate.ofPattern(pattern).allows('The minister said'), false, pattern.source.slice(0, 30));
		}
	});

	for (const [name, pattern] of [['noisePrefix', noisePrefix], ['captionPrefix', captionPrefix], ['bylinePattern', bylinePattern]] as const) {
		test(`property: never rules out a line that ${name} matches`, () => {
			const gate = OpeningGate.ofPattern(pattern);
			// Lines that start like the pattern's words, in any case, and random lines.
			const words = pattern.source.match(/[a-z©]+(?: [a-z]+)*/gi) ?? [];
			const line = fc.oneof(
				fc.tuple(fc.constantFrom(...words), fc.constantFrom(':', ' : x', ' ', ' Jane Doe', '| y', '-'), fc.boolean())
					.map(([word, rest, upper]) => (upper ? word.toUpperCase() : word) + rest),
				fc.string({ maxLength: 30 }),
			);
			fc.assert(fc.property(line, text => gate.allows(text) || !pattern.test(text)), { seed: 20241125, numRuns: 3000 });
		});
	}
});
