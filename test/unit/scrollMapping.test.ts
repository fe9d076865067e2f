import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { lineForOffset, normalizeBlocks, offsetForLine, type LineBlock } from '../../src/webview/scrollMapping';

// The real seed's shape: dateline and lede both on line 0, headings on 2, 6, 10, paragraphs between.
const blocks: LineBlock[] = [
	{ line: 0, endLine: 0, top: 20, height: 20 }, // dateline
	{ line: 0, endLine: 0, top: 200, height: 100 }, // lede (after stats and contents)
	{ line: 2, endLine: 2, top: 340, height: 30 }, // h2
	{ line: 4, endLine: 4, top: 390, height: 150 }, // paragraph, one long wrapped source line
	{ line: 6, endLine: 6, top: 580, height: 30 },
	{ line: 8, endLine: 10, top: 630, height: 90 }, // a block spanning lines 8-10
];

suite('scrollMapping', () => {
	test('no blocks: no answer', () => {
		assert.equal(offsetForLine([], 3), undefined);
		assert.equal(lineForOffset([], 3), undefined);
	});

	test('a whole line maps to the top of its block; line 0 shows the page from its top', () => {
		assert.equal(offsetForLine(blocks, 0), 0);
		assert.equal(offsetForLine(blocks, 2), 340);
		assert.equal(offsetForLine(blocks, 4), 390);
	});

	test('a fractional line maps proportionally into a long wrapped line', () => {
		assert.equal(offsetForLine(blocks, 4.5), 465);
		assert.equal(lineForOffset(blocks, 465), 4.5);
	});

	test('lines between blocks map into the gap', () => {
		// Line 3 (blank) lies between the h2 (340..370, covers [2,3)) and the paragraph at 390.
		assert.equal(offsetForLine(blocks, 3), 370);
		assert.equal(offsetForLine(blocks, 3.5), 380);
		assert.equal(lineForOffset(blocks, 380), 3.5);
	});

	test('a multi-line block spreads its lines over its height', () => {
		assert.equal(offsetForLine(blocks, 9), 660);
		assert.equal(lineForOffset(blocks, 690), 10);
	});

	test('above the first block, and past the last', () => {
		assert.equal(lineForOffset(blocks, 0), 0);
		const later = blocks.map(b => ({ ...b, line: b.line + 10, endLine: b.endLine + 10 }));
		assert.equal(offsetForLine(later, 5), 0, 'hidden noise above the first block: the page top');
		assert.equal(offsetForLine(blocks, 100), 720);
		assert.equal(lineForOffset(blocks, 5000), 11);
	});

	test('the dateline shares line 0 with the lede: together they cover line 0 from the page top', () => {
		assert.deepEqual(normalizeBlocks(blocks)[0], { line: 0, endLine: 0, top: 0, height: 300 });
		assert.equal(lineForOffset(blocks, 150), 0.5);
		assert.equal(offsetForLine(blocks, 0.5), 150);
		assert.equal(normalizeBlocks(blocks).length, blocks.length - 1);
	});

	test('property: mapping a line to an offset and back returns the line (inside covered ranges)', () => {
		const arbBlocks = fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 80 })), { minLength: 1, maxLength: 30 })
			.map(specs => {
				const out: LineBlock[] = [];
				let line = 0;
				let top = 0;
				for (const [gapLines, extraLines, height, gapPx] of specs) {
					line += gapLines;
					top += gapPx;
					out.push({ line, endLine: line + extraLines, top, height });
					line += extraLines;
					top += height;
				}
				return out;
			});
		fc.assert(fc.property(arbBlocks, fc.double({ min: 0, max: 1, noNaN: true }), (bs, t) => {
			const last = bs[bs.length - 1];
			const line = bs[0].line + t * (last.endLine + 1 - bs[0].line);
			const offset = offsetForLine(bs, line)!;
			const back = lineForOffset(bs, offset)!;
			assert.ok(Math.abs(back - line) < 1e-6, `line ${line} -> ${offset} -> ${back}`);
		}), { seed: 7, numRuns: 300 });
	});

	test('property: both mappings are monotonic', () => {
		const sorted = fc.array(fc.double({ min: 0, max: 800, noNaN: true }), { minLength: 2, maxLength: 20 }).map(a => [...a].sort((x, y) => x - y));
		fc.assert(fc.property(sorted, values => {
			for (let i = 1; i < values.length; i++) {
				assert.ok(lineForOffset(blocks, values[i])! >= lineForOffset(blocks, values[i - 1])! - 1e-9);
				assert.ok(offsetForLine(blocks, values[i] / 60)! >= offsetForLine(blocks, values[i - 1] / 60)! - 1e-9);
			}
		}), { seed: 11, numRuns: 200 });
	});
});
