/**
 * A fast word tokeniser for entity recognition, close to the CoNLL-2003 (Reuters) conventions:
 * hyphenated words stay whole ("US-Israel"), initialisms keep their dots ("U.S."), numbers keep their
 * separators ("32,000", "1.5"), and a possessive "'s" is split off ("Austin" + "'s").
 *
 * Offsets are UTF-16 indices into the given text (`end` exclusive), like JS string indices.
 */

export interface Token {
	readonly text: string;
	readonly start: number;
	readonly end: number;
}

// Alternatives, tried in order at each non-space position:
// 1. initialisms with dots: "U.S.", "U.K.", "p.m."
// 2. words and numbers, with inner hyphens, apostrophes and ampersands, and digit separators ("32,000", "1.5")
// 3. any other single non-space character (punctuation, symbols)
const tokenPattern = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:(?:[-&'\u2019]|(?<=\p{N})[.,:/](?=\p{N}))[\p{L}\p{M}\p{N}]+)*|\S/uy;

const possessive = /^(.+?)(['\u2019][sS])$/u;

/** Lower-case words that keep a following period as part of the token ("Mr.", "Jan.", "Inc."). */
const abbreviations = new Set([
	'mr', 'mrs', 'ms', 'dr', 'st', 'sr', 'jr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj',
	'prof', 'rev', 'hon', 'pres', 'inc', 'corp', 'co', 'ltd', 'bros', 'no', 'vs', 'mt', 'ft', 'jan', 'feb',
	'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ave', 'blvd', 'dept', 'est',
]);

/** Splits `text[start, end)` into tokens; never throws and never returns an empty token. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
	const tokens: Token[] = [];
	let i = start;
	while (i < end) {
		const c = text.charCodeAt(i);
		// Fast skip of ASCII white space and other separators.
		if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x200b || c === 0xfeff) {
			i++;
			continue;
		}
		tokenPattern.lastIndex = i;
		const m = tokenPattern.exec(text);
		let tokenEnd = m ? i + m[0].length : i + 1;
		if (tokenEnd > end) {
			tokenEnd = end;
		}
		let word = text.slice(i, tokenEnd);
		if (word.trim() === '') {
			i = tokenEnd;
			continue;
		}
		const p = word.length > 2 ? possessive.exec(word) : null;
		if (p) {
			const base = p[1];
			tokens.push({ text: base, start: i, end: i + base.length });
			tokens.push({ text: p[2], start: i + base.length, end: tokenEnd });
			i = tokenEnd;
			continue;
		}
		if (tokenEnd < end && text.charCodeAt(tokenEnd) === 46 /* . */ && abbreviations.has(word.toLowerCase())) {
			tokenEnd++;
			word += '.';
		}
		tokens.push({ text: word, start: i, end: tokenEnd });
		i = tokenEnd;
	}
	return tokens;
}
