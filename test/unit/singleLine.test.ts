import * as assert from 'node:assert/strict';
import { parseSeed } from '../../src/model/parse';
import { galleryCounters, splitSingleLine } from '../../src/model/singleLine';

const sentence = (n: number) => `Sentence number ${n} of the story says what happened in the town on Tuesday, and who was there.`;
const prose = Array.from({ length: 12 }, (_, i) => sentence(i + 1)).join(' ');
const gallery = 'Photos from the flood ' + Array.from({ length: 5 }, (_, i) => `${i + 1}/5Residents of the river town carry what they saved through the water on the fifth day of the flood.`).join(' ');

suite('single-line pages', () => {
	test('a long line is cut into paragraphs at sentence ends, covering the text exactly', () => {
		const text = ` date 2024-05-02 ${prose}`;
		const start = 17;
		const pieces = splitSingleLine(text, start, text.length);
		assert.ok(pieces.length >= 3, `${pieces.length} pieces`);
		assert.equal(pieces[0].start, start);
		assert.equal(pieces[pieces.length - 1].end, text.length);
		for (let i = 0; i < pieces.length; i++) {
			assert.match(text.slice(pieces[i].start, pieces[i].end), /^Sentence .*\.$/);
			if (i > 0) {
				assert.equal(text.slice(pieces[i - 1].end, pieces[i].start), ' ', 'only white space between pieces');
			}
		}
	});

	test('gallery counters of one total, in order, start items; a lone 24/7 or 1/2 does not', () => {
		assert.equal(galleryCounters(gallery, 0, gallery.length).length, 5);
		const notGallery = 'The clinic is open 24/7 and a recipe needs 1/2 cup of sugar.';
		assert.deepEqual(galleryCounters(notGallery, 0, notGallery.length), []);
	});

	test('the parser reads a single-line gallery as its lead paragraph and one list item per counter', () => {
		const text = ` date 2024-05-02 ${gallery}`;
		const doc = parseSeed(text);
		const items = doc.blocks.filter(b => b.kind === 'list-item');
		assert.equal(items.length, 5);
		assert.deepEqual(items.map(b => b.marker), ['1/5', '2/5', '3/5', '4/5', '5/5']);
		for (const block of doc.blocks) {
			assert.equal(block.line, 0);
			assert.equal(text.slice(block.start, block.end), block.text, 'offsets stay exact');
		}
	});

	test('a short single line stays one block, and a page with a newline is never cut', () => {
		assert.equal(parseSeed(` date 2024-05-02 ${sentence(1)} ${sentence(2)}`).blocks.length, 1);
		const twoLines = ` date 2024-05-02 ${prose}\nAnother paragraph here.`;
		assert.equal(parseSeed(twoLines).blocks.length, 2);
	});
});
