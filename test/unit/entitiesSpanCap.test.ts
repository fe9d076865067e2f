import * as assert from 'node:assert/strict';
import { nodeEntityRecognizer } from '../../src/cli/taggerWeights';
import { buildEntityIndex } from '../../src/model/entities/entityIndex';
import { parseSeed } from '../../src/model/parse';

/** The longest name CoNLL-2003's train set has is 10 tokens; real names are shorter than the cap. */
const maxNameWords = 10;

function longestMention(text: string): { words: number; chars: number } {
	const index = buildEntityIndex(parseSeed(text), nodeEntityRecognizer());
	let words = 0;
	let chars = 0;
	for (const m of index.mentions) {
		words = Math.max(words, m.text.split(/\s+/).length);
		chars = Math.max(chars, m.text.length);
	}
	return { words, chars };
}

suite('entities: names are as long as real names', () => {
	test('sixteen capitalised words are not one organisation', () => {
		const words = 'Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike November Oscar Papa';
		const found = longestMention(` date 2024-03-26 Talks\n\nThe ${words} Committee met on Monday, officials said.\n`);
		assert.ok(found.words <= maxNameWords, `a mention of ${found.words} words`);
	});

	test('100,000 Title Case words give no mention longer than a real name', () => {
		const found = longestMention(` date 2024-03-26 ${'Alpha Beta Gamma University '.repeat(25_000)}`);
		assert.ok(found.words <= maxNameWords, `a mention of ${found.words} words, ${found.chars} characters`);
		assert.ok(found.chars < 200, `a mention of ${found.chars} characters`);
	});

	test('a real long name stays whole', () => {
		const text = ' date 2024-03-26 Floods\n\nThe Assam State Disaster Management Authority said on Monday that the water was falling.\n';
		const index = buildEntityIndex(parseSeed(text), nodeEntityRecognizer());
		assert.ok(index.entities.some(e => e.name === 'Assam State Disaster Management Authority'), JSON.stringify(index.entities.map(e => e.name)));
	});
});
