import { isWhitespace } from '../whitespace';

/**
 * Unicode classes of characters as bit flags, for the tokeniser and the name-repeat scan. Property
 * escapes are slow per character, so the classes of each BMP character are worked out on first sight
 * and kept in one table.
 */
export const enum Uc {
	Letter = 1,
	Number = 2,
	Mark = 4,
	/** An upper-case letter (\p{Lu}). */
	Upper = 8,
	Space = 16,
	/** Letters, numbers and combining marks: what words are made of. */
	Word = Letter | Number | Mark,
	/** Set in the table once a character's classes are known (even when it has none). */
	Known = 128,
}

const table = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
	table[c] = Uc.Known | (c >= 65 && c <= 90 ? Uc.Letter | Uc.Upper : c >= 97 && c <= 122 ? Uc.Letter : c >= 48 && c <= 57 ? Uc.Number
		: isWhitespace(c) ? Uc.Space : 0);
}

function classesOfCodePoint(cp: number): number {
	const ch = String.fromCodePoint(cp);
	return Uc.Known | (/\p{L}/u.test(ch) ? Uc.Letter : 0) | (/\p{N}/u.test(ch) ? Uc.Number : 0) | (/\p{M}/u.test(ch) ? Uc.Mark : 0)
		| (/\p{Lu}/u.test(ch) ? Uc.Upper : 0) | (isWhitespace(cp) || cp === 0x200b /* a word break, though not white space */ ? Uc.Space : 0);
}

/** Classes of the code point at `i`; a lone surrogate has none. */
export function classesAt(text: string, i: number): number {
	const c = text.charCodeAt(i);
	if (c >= 0xd800 && c <= 0xdfff) {
		const d = text.charCodeAt(i + 1);
		return c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? classesOfCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) : 0;
	}
	let k = table[c];
	if (k === 0) {
		k = classesOfCodePoint(c);
		table[c] = k;
	}
	return k;
}

/** Classes of the code point ending right before `i`. */
export function classesBefore(text: string, i: number): number {
	const c = text.charCodeAt(i - 1);
	if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
		const h = text.charCodeAt(i - 2);
		if (h >= 0xd800 && h <= 0xdbff) {
			return classesAt(text, i - 2);
		}
	}
	return classesAt(text, i - 1);
}

/** UTF-16 units of the character at `i`: 2 for a surrogate pair's high half with room after it. */
export function codeUnitsAt(text: string, i: number): number {
	const c = text.charCodeAt(i);
	return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}
