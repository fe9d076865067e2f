import * as assert from 'assert';
import * as fc from 'fast-check';
import { LowercaseSet } from '../../src/model/lowercaseSet';

suite('LowercaseSet', () => {
	const words = ['share', 'read more', 'español', 'the', 'a'];
	const set = new LowercaseSet(words);

	test('answers for a span as if it were lower-cased first', () => {
		assert.equal(set.has('Share'), true);
		assert.equal(set.has('READ MORE'), true);
		assert.equal(set.has('xx Read More yy', 3, 12), true);
		assert.equal(set.has('ESPAÑOL'), true, 'non-ASCII spans take the lower-cased copy');
		assert.equal(set.has('shares'), false);
		assert.equal(set.has('Shar'), false);
		assert.equal(set.has('The', 0, 2), false);
		assert.equal(set.has(''), false);
	});

	test('agrees with Set.has(span.toLowerCase()) on random spans', () => {
		const plain = new Set(words);
		const word = fc.oneof(fc.constantFrom(...words, ...words.map(w => w.toUpperCase()), 'K', '\u212A', 'İ'), fc.string({ maxLength: 8 }));
		fc.assert(fc.property(word, fc.nat(3), fc.nat(3), (text, cutStart, cutEnd) => {
			const start = Math.min(cutStart, text.length);
			const end = Math.max(start, text.length - cutEnd);
			return set.has(text, start, end) === plain.has(text.slice(start, end).toLowerCase());
		}), { numRuns: 2000, seed: 20241125 });
	});
});
