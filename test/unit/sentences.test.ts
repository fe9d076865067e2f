import * as assert from 'node:assert/strict';
import { splitSentences } from '../../src/model/sentences';

function texts(text: string): string[] {
	return splitSentences(text).map(s => text.slice(s.start, s.end));
}

suite('splitSentences', () => {
	test('splits on terminal punctuation followed by space', () => {
		assert.deepEqual(texts('One here. Two there! Three? Four'), ['One here.', 'Two there!', 'Three?', 'Four']);
	});

	test('keeps abbreviations, initials and decimals inside a sentence', () => {
		assert.deepEqual(texts('Dr. Kumar met Lloyd J. Austin in the U.S. capital. It cost 4.5 million.'),
			['Dr. Kumar met Lloyd J. Austin in the U.S. capital.', 'It cost 4.5 million.']);
	});

	test('closing quotes stay with their sentence', () => {
		assert.deepEqual(texts('“It is done.” Then he left.'), ['“It is done.”', 'Then he left.']);
	});

	test('glued words do not split ("itself.Further")', () => {
		assert.equal(texts('From the star itself.Further study is planned.').length, 1);
	});

	test('Devanagari danda ends a sentence', () => {
		assert.equal(texts('राहत मिली। मौसम विभाग ने कहा।').length, 2);
	});

	test('offsets are relative to the full text when a span is given', () => {
		const text = 'xx A b. C d.';
		assert.deepEqual(splitSentences(text, 3), [{ start: 3, end: 7 }, { start: 8, end: 12 }]);
	});
});
