import * as assert from 'node:assert/strict';
import { decodeUtf8, looksBinary } from '../../src/model/binary';
import { buildFoldingRegions } from '../../src/model/folding';
import { buildOutline } from '../../src/model/outline';
import { parseSeed } from '../../src/model/parse';
import { readSeed, realSeedName } from './helpers';

/** Hostile and extreme input for the model: every case must parse, with exact positions, and fast enough to stay usable. */
suite('model on hostile input', () => {
	test('a 50 MB seed still yields an outline', function () {
		this.timeout(60_000);
		const article = readSeed(realSeedName).replace(/^ date \S+ /, '');
		const parts = [' date 2024-03-26 '];
		let size = 0;
		while (size < 50 * 1024 * 1024) {
			parts.push(article, '\n\n');
			size += article.length + 2;
		}
		const doc = parseSeed(parts.join(''));
		const outline = buildOutline(doc);
		assert.ok(outline.length > 3 * 17_000, `only ${outline.length} symbols`);
		assert.equal(outline[1].name, 'Strategic Dialogue Amidst Crisis');
	});

	test('one 1 MB line with no newline is one paragraph', () => {
		const line = 'word '.repeat(200_000).trim() + '.';
		const doc = parseSeed(` date 2024-01-01 ${line}`);
		assert.equal(doc.blocks.length, 1);
		assert.equal(doc.blocks[0].kind, 'paragraph');
		assert.equal(doc.blocks[0].range.end.character, line.length + 17);
	});

	test('NUL bytes and control characters are kept as text, never thrown on', () => {
		const doc = parseSeed(' date 2024-01-01 Lede\u0000 with NUL.\nHeading\u0007 Here\nBody text.');
		assert.equal(doc.blocks.length, 3);
		assert.ok(doc.blocks[0].text.includes('\u0000'));
	});

	test('binary detection: NUL bytes or many control bytes', () => {
		assert.ok(looksBinary(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])));
		assert.ok(looksBinary(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 65)))));
		assert.ok(!looksBinary(new TextEncoder().encode(readSeed(realSeedName))));
		assert.ok(!looksBinary(new Uint8Array(0)));
	});

	test('invalid UTF-8 decodes with replacement characters and is flagged', () => {
		const bytes = new Uint8Array([0x20, 0x64, 0x61, 0x74, 0x65, 0x20, 0x32, 0x30, 0x32, 0x34, 0x2d, 0x30, 0x31, 0x20, 0xff, 0xfe, 0x41, 0x2e]);
		const { text, invalid } = decodeUtf8(bytes);
		assert.ok(invalid);
		assert.ok(text.includes('\uFFFD'));
		assert.equal(parseSeed(text).header.date, '2024-01');
	});

	test('thousands of repeated headings nest flat and fold without overlap', () => {
		const text = ' date 2024-01-01 The lede comes first.\n' + Array.from({ length: 5000 }, (_, i) => `Repeated Heading\nBody ${i} is here.`).join('\n');
		const doc = parseSeed(text);
		assert.equal(doc.sections.length, 5000);
		const regions = buildFoldingRegions(doc);
		assert.equal(regions.length, 5000);
		for (let i = 1; i < regions.length; i++) {
			assert.ok(regions[i].start > regions[i - 1].end);
		}
	});

	test('deeply nested numbering stays at two levels', () => {
		const text = [' date 2024-01-01 The lede comes first.', 'Intro heading:', ...Array.from({ length: 300 }, (_, i) => `${i + 1}. Item\nText for the item.`)].join('\n');
		const doc = parseSeed(text);
		assert.equal(doc.sections.length, 1);
		assert.equal(doc.sections[0].children.length, 300);
		assert.ok(doc.sections[0].children.every(c => c.children.length === 0));
	});

	test('bidi controls, emoji and combining marks keep UTF-16 positions exact', () => {
		const text = ' date 2024-01-01 \u202Eevil\u202C text 👨‍👩‍👧 and e\u0301\u0301 marks.\nנוסף עברית Heading\nمرحبا. Body.';
		const doc = parseSeed(text);
		for (const block of doc.blocks) {
			assert.equal(text.slice(block.start, block.end), block.text);
			const line = text.split('\n')[block.line];
			assert.equal(line.slice(block.range.start.character, block.range.end.character), block.text);
		}
	});

	test('a model never changes after it is built, so an edit during a parse cannot corrupt it', () => {
		// Documents are immutable strings: a later version is a new parse, and the old model stays valid.
		let text = readSeed(realSeedName);
		const first = parseSeed(text);
		const before = JSON.stringify(buildOutline(first));
		text = text.replace('Strategic Dialogue', 'Tactical Dialogue');
		const second = parseSeed(text);
		assert.equal(JSON.stringify(buildOutline(first)), before);
		assert.equal(buildOutline(second)[1].name, 'Tactical Dialogue Amidst Crisis');
	});
});
