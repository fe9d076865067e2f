import * as assert from 'node:assert/strict';
import { buildOutline } from '../../src/model/outline';
import { parseSeed } from '../../src/model/parse';
import { collapseWhitespace, isWhitespace, trimWhitespace, whitespaceClass, whitespaceRun } from '../../src/model/whitespace';

/** Every code point as a string (lone surrogates included: they are code units a document can hold). */
function character(cp: number): string {
	return String.fromCodePoint(cp);
}

// JavaScript's `\s` and Unicode White_Space differ in exactly two code points. The project uses
// White_Space: U+0085 NEL is a blank (it shows nothing and VS Code does not break a line at it), and
// U+FEFF is not (a byte-order mark is an encoding mark, not a gap between words).
const inWhiteSpaceNotBackslashS = [0x85];
const inBackslashSNotWhiteSpace = [0xfeff];

suite('whitespace: one definition, Unicode White_Space', () => {
	test('isWhitespace agrees with /\\p{White_Space}/u on every code point 0..0x10FFFF', () => {
		const whiteSpace = /^\p{White_Space}$/u;
		const disagreements: string[] = [];
		for (let cp = 0; cp <= 0x10ffff; cp++) {
			if (isWhitespace(cp) !== whiteSpace.test(character(cp))) {
				disagreements.push(cp.toString(16));
			}
		}
		assert.deepEqual(disagreements, []);
	});

	test('it differs from JavaScript\'s \\s exactly at U+0085 (a blank) and U+FEFF (not a blank)', () => {
		const backslashS = /^\s$/u;
		const onlyOurs: number[] = [];
		const onlyJavaScript: number[] = [];
		for (let cp = 0; cp <= 0x10ffff; cp++) {
			const ours = isWhitespace(cp);
			const javaScript = backslashS.test(character(cp));
			if (ours && !javaScript) {
				onlyOurs.push(cp);
			} else if (javaScript && !ours) {
				onlyJavaScript.push(cp);
			}
		}
		assert.deepEqual(onlyOurs, inWhiteSpaceNotBackslashS);
		assert.deepEqual(onlyJavaScript, inBackslashSNotWhiteSpace);
	});

	test('the regex class holds the same set as the predicate', () => {
		const inClass = new RegExp(`^[${whitespaceClass}]$`, 'u');
		for (let cp = 0; cp <= 0xffff; cp++) {
			assert.equal(inClass.test(character(cp)), isWhitespace(cp), cp.toString(16));
		}
	});

	test('trim, collapse and split use the same set, and keep a BOM', () => {
		assert.equal(trimWhitespace('\u0085\u202f Body \u205f\u3000'), 'Body');
		assert.equal(trimWhitespace('\ufeffBody'), '\ufeffBody');
		assert.equal(collapseWhitespace(' a\u2028\u2029b\u1680 c '), 'a b c');
		assert.deepEqual('a\u202fb\u0085c'.split(whitespaceRun), ['a', 'b', 'c']);
	});

	test('a line of any White_Space character is blank: no block, no outline entry', () => {
		for (const cp of [0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x85, 0xa0, 0x3000]) {
			const doc = parseSeed(`${character(cp)}\n\nBody.\n`);
			assert.deepEqual(doc.blocks.map(b => b.text), ['Body.'], `U+${cp.toString(16)}`);
			assert.ok(buildOutline(doc).every(s => s.name.trim() !== '' && !/^\p{White_Space}/u.test(s.name)), `U+${cp.toString(16)}`);
		}
	});

	test('white space at a line\'s ends is not part of the block', () => {
		const doc = parseSeed(' date 2024-03-26 Title\n\n\u202fBody text.\u205f\u0085\n');
		assert.ok(doc.blocks.some(b => b.text === 'Body text.'), JSON.stringify(doc.blocks.map(b => b.text)));
	});
});
