/**
 * The project's one definition of white space: the Unicode White_Space property (`/\p{White_Space}/u`),
 * 25 code points. It differs from JavaScript's `\s` in two places, both on purpose:
 * - U+0085 NEXT LINE is White_Space but not `\s`. It is a blank: a line holding only NEL shows nothing,
 *   and VS Code does not break lines at it, so it must be trimmed like a space, not kept as text.
 * - U+FEFF (a byte-order mark, or the old zero-width no-break space) is `\s` but not White_Space. A BOM
 *   is not a blank: it is an encoding mark, which the header reader strips at the start of a file and
 *   which anywhere else is a stray character worth seeing, not a gap between words.
 * `test/unit/whitespace.test.ts` checks every code point 0..0x10FFFF against both sets.
 */

/**
 * Whether the UTF-16 code unit `c` is white space. Every White_Space code point is in the Basic
 * Multilingual Plane, so a code unit is enough. Hot path (every line end, every word break): the
 * common cases, ASCII letters and space, answer on the first comparisons.
 */
export function isWhitespace(c: number): boolean {
	if (c <= 32) {
		return c === 32 || (c >= 9 && c <= 13);
	}
	if (c < 0x85) {
		return false;
	}
	return c === 0x85 || c === 0xa0 || c === 0x1680
		|| (c >= 0x2000 && (c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000));
}

/** The same set as a regular-expression character class body, for patterns (`[${whitespaceClass}]`). */
export const whitespaceClass = '\\t-\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/** One or more white-space characters: for splitting words (`text.split(whitespaceRun)`). */
export const whitespaceRun = new RegExp(`[${whitespaceClass}]+`);

/** Every run of white space, for `replace` (a global pattern: never use it with `test` or `exec`). */
export const everyWhitespaceRun = new RegExp(`[${whitespaceClass}]+`, 'g');

/** `text` with each run of white space as one space, and none at either end. */
export function collapseWhitespace(text: string): string {
	return trimWhitespace(text.replace(everyWhitespaceRun, ' '));
}

/** Where `text[from, end)` starts without its leading white space. */
export function skipWhitespace(text: string, from: number, end: number): number {
	while (from < end && isWhitespace(text.charCodeAt(from))) {
		from++;
	}
	return from;
}

/** Where `text[from, end)` ends without its trailing white space. */
export function trimWhitespaceEnd(text: string, from: number, end: number): number {
	while (end > from && isWhitespace(text.charCodeAt(end - 1))) {
		end--;
	}
	return end;
}

/** `text` without white space at either end (`String.prototype.trim` would also strip a BOM). */
export function trimWhitespace(text: string): string {
	const start = skipWhitespace(text, 0, text.length);
	return text.slice(start, trimWhitespaceEnd(text, start, text.length));
}
