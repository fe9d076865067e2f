import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { buildFoldingRegions } from '../../src/model/folding';
import { hashRange, hashString } from '../../src/model/hash';
import { buildOutline, type OutlineSymbol } from '../../src/model/outline';
import { parseSeed } from '../../src/model/parse';
import { comparePositions, containsRange, positionAt } from '../../src/model/positions';
import { splitSentences } from '../../src/model/sentences';
import type { Range, SeedDocument } from '../../src/model/types';
import { fuzzParams, fuzzTimeoutMs, withinCaseLimit } from './fuzzRuns';


const hardeningLines = [
	'Strategic \u202EDialogue\u202C Amidst Crisis', 'By \u2066Press\u2069 Association', '(Photo: \u202ENASA)', `See https://${'a.'.repeat(127)}com. end.`,
	'\u1680', '\u2028', '\u2029', '\u202F', '\u205F', '\u0085', '\u3000', '\u00A0Body.', `${'Alpha Beta '.repeat(300)}Gamma`,
];

const seedishLine = fc.oneof(
	fc.constantFrom('Strategic Dialogue Amidst Crisis', 'Advertisment', 'By Press Association', '(Photo: NASA)', '1. Eggs', '- item',
		'1/11Two observations', 'What now?', 'Read: Other story', 'June 21, 2024 at 10:44 am', '“Quoted words here, said he.”', '',
		' date 2024-03-26 Lede.', 'दिल्ली में बारिश', 'مرحبا بالعالم', '\u202Eevil', '👩‍🍳\u0301', 'x'.repeat(400)),
	// The hardening issue's inputs: bidi controls in a heading, a byline and a caption; a 255-character host;
	// every Unicode space alone on a line; a long run of Title Case words.
	fc.constantFrom(...hardeningLines),
	fc.string({ unit: 'binary', maxLength: 80 }),
	fc.string({ maxLength: 120 }),
);
const seedishText = fc.tuple(
	fc.constantFrom('', ' date 2024-03-26 ', ' date 2024-06 ', ' date 2024-13-45 ', '\uFEFF date 2024-01-01 ', 'date '),
	fc.array(seedishLine, { maxLength: 30 }),
	fc.constantFrom('\n', '\r\n', '\r', '\n\n'),
).map(([head, lines, eol]) => head + lines.join(eol));

function assertInside(doc: SeedDocument, range: Range): void {
	const end = positionAt(doc.lineStarts, doc.text.length);
	assert.ok(comparePositions(range.start, range.end) <= 0, 'range is reversed');
	assert.ok(range.start.line >= 0 && range.start.character >= 0);
	assert.ok(comparePositions(range.end, end) <= 0, 'range ends after the document');
}

function walk(symbols: readonly OutlineSymbol[], visit: (s: OutlineSymbol, parent?: OutlineSymbol) => void, parent?: OutlineSymbol): void {
	for (const s of symbols) {
		visit(s, parent);
		walk(s.children, visit, s);
	}
}

suite('parser properties (fast-check)', function () {
	this.timeout(fuzzTimeoutMs);
	test('never throws; blocks are in order, non-overlapping, inside the text and match their offsets', () => {
		fc.assert(fc.property(seedishText, withinCaseLimit(text => {
			const doc = parseSeed(text);
			let previousEnd = 0;
			for (const block of doc.blocks) {
				assert.ok(block.start >= previousEnd && block.start < block.end && block.end <= text.length);
				assert.equal(text.slice(block.start, block.end), block.text);
				assertInside(doc, block.range);
				assert.deepEqual(block.range.start, positionAt(doc.lineStarts, block.start));
				previousEnd = block.end;
			}
		})), fuzzParams);
	});

	test('outline: children inside parents, selections inside ranges, all inside the document', () => {
		fc.assert(fc.property(seedishText, withinCaseLimit(text => {
			const doc = parseSeed(text);
			walk(buildOutline(doc), (s, parent) => {
				assertInside(doc, s.range);
				assert.ok(containsRange(s.range, s.selectionRange));
				if (parent) {
					assert.ok(containsRange(parent.range, s.range));
				}
			});
			for (const region of buildFoldingRegions(doc)) {
				assert.ok(region.start < region.end && region.end < doc.lineCount);
			}
		})), fuzzParams);
	});

	test('sentences lie inside their block and in order', () => {
		fc.assert(fc.property(seedishText, withinCaseLimit(text => {
			const doc = parseSeed(text);
			for (const block of doc.blocks) {
				let previous = block.start;
				for (const s of splitSentences(text, block.start, block.end)) {
					assert.ok(s.start >= previous && s.start < s.end && s.end <= block.end);
					previous = s.end;
				}
			}
		})), fuzzParams);
	});

	test('arbitrary unicode never throws', () => {
		fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), withinCaseLimit(text => {
			parseSeed(text);
		})), fuzzParams);
	});

	test('the one FNV-1a: a range hashes as its slice, a signed 32-bit integer', () => {
		assert.equal(hashString(''), 0x811c9dc5 | 0);
		assert.equal(hashString('a'), 0xe40c292c | 0);
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.nat(), fc.nat(), withinCaseLimit((text, a, b) => {
			const i = Math.min(a, b) % (text.length + 1);
			const j = Math.max(i, Math.max(a, b) % (text.length + 1));
			const h = hashRange(text, i, j);
			assert.equal(h, hashString(text.slice(i, j)));
			assert.equal(h, h | 0);
		})), fuzzParams);
	});
});
