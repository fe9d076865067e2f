/**
 * A fast word tokeniser for entity recognition, close to the CoNLL-2003 (Reuters) conventions:
 * hyphenated words stay whole ("US-Israel"), initialisms keep their dots ("U.S."), numbers keep their
 * separators ("32,000", "1.5"), and a possessive "'s" is split off ("Austin" + "'s").
 *
 * Offsets are UTF-16 indices into the given text (`end` exclusive), like JS string indices.
 */

import { classesAt, codeUnitsAt, Uc } from './unicodeClasses';

export interface Token {
	readonly text: string;
	readonly start: number;
	readonly end: number;
}

/** Lower-case words that keep a following period as part of the token ("Mr.", "Jan.", "Inc."). */
const abbreviations = new Set([
	'mr', 'mrs', 'ms', 'dr', 'st', 'sr', 'jr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj',
	'prof', 'rev', 'hon', 'pres', 'inc', 'corp', 'co', 'ltd', 'bros', 'no', 'vs', 'mt', 'ft', 'jan', 'feb',
	'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ave', 'blvd', 'dept', 'est',
]);


/** A token that is an abbreviation with its dot ("St.", "Mt.", "Inc."): alone, it names nothing. */
export function isAbbreviation(word: string): boolean {
	return word.length >= 2 && word.charCodeAt(word.length - 1) === 46 && abbreviations.has(word.slice(0, -1).toLowerCase());
}

/**
 * Token offsets without a string or an object per token: token `k` is `text[starts[k], ends[k])`.
 * One buffer is reused from block to block, so recognising a document allocates no tokens.
 */
export class TokenBuffer {
	public starts = new Int32Array(1024);
	public ends = new Int32Array(1024);
	public count = 0;

	public push(start: number, end: number): void {
		if (this.count === this.starts.length) {
			const starts = new Int32Array(this.count * 2);
			const ends = new Int32Array(this.count * 2);
			starts.set(this.starts);
			ends.set(this.ends);
			this.starts = starts;
			this.ends = ends;
		}
		this.starts[this.count] = start;
		this.ends[this.count] = end;
		this.count++;
	}
}

/** Splits `text[start, end)` into tokens; never throws and never returns an empty token. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
	const buffer = new TokenBuffer();
	tokenizeInto(text, start, end, buffer);
	const tokens: Token[] = [];
	for (let k = 0; k < buffer.count; k++) {
		tokens.push({ text: text.slice(buffer.starts[k], buffer.ends[k]), start: buffer.starts[k], end: buffer.ends[k] });
	}
	return tokens;
}

/** Tokenises `text[start, end)` into `out` (cleared first); returns the token count. */
export function tokenizeInto(text: string, start: number, end: number, out: TokenBuffer): number {
	out.count = 0;
	let i = start;
	while (i < end) {
		const k = classesAt(text, i);
		if ((k & Uc.Space) !== 0) {
			i += codeUnitsAt(text, i);
			continue;
		}
		let j: number;
		const c0 = text.charCodeAt(i);
		if ((c0 === 39 || c0 === 0x2019) && (text.charCodeAt(i + 1) | 32) === 115 /* s */ && i + 2 <= end
			&& (i + 2 === end || (classesAt(text, i + 2) & Uc.Word) === 0) && i > start && (classesAt(text, i - 1) & Uc.Space) !== 0) {
			// A detached possessive, as in tokenised text: "England 's".
			j = i + 2;
		} else if ((k & Uc.Word) === 0) {
			j = Math.min(end, i + codeUnitsAt(text, i));
		} else {
			j = i;
			// Initialisms: a letter and a dot, at least twice ("U.S.", "p.m.").
			if ((k & Uc.Letter) !== 0) {
				let m = i;
				while (m + 1 < end && (classesAt(text, m) & Uc.Letter) !== 0 && text.charCodeAt(m + 1) === 46 && codeUnitsAt(text, m) === 1) {
					m += 2;
				}
				if (m - i >= 4) {
					j = m;
				}
			}
			if (j === i) {
				for (;;) {
					while (j < end && (classesAt(text, j) & Uc.Word) !== 0) {
						j += codeUnitsAt(text, j);
					}
					if (j + 1 >= end) {
						break;
					}
					const c = text.charCodeAt(j);
					const joiner = c === 45 /* - */ || c === 38 /* & */ || c === 39 /* ' */ || c === 0x2019;
					const digitJoiner = (c === 46 || c === 44 || c === 58 || c === 47) /* . , : / */
						&& (classesAt(text, j - 1) & Uc.Number) !== 0 && (classesAt(text, j + 1) & Uc.Number) !== 0;
					if ((joiner && (classesAt(text, j + 1) & Uc.Word) !== 0) || digitJoiner) {
						j++;
						continue;
					}
					break;
				}
			}
		}
		const last = text.charCodeAt(j - 1);
		const apostrophe = text.charCodeAt(j - 2);
		if (j - i > 2 && (last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019)) {
			// Possessive: "Austin's" -> "Austin" + "'s".
			out.push(i, j - 2);
			out.push(j - 2, j);
			i = j;
			continue;
		}
		if (j < end && text.charCodeAt(j) === 46 /* . */ && ((j - i === 1 && c0 >= 65 && c0 <= 90) || (j - i <= 5 && abbreviations.has(text.slice(i, j).toLowerCase())))) {
			// An initial ("P. Simmons") or an abbreviation ("Mr.", "Jan.") keeps its dot.
			j++;
		}
		out.push(i, j);
		i = j;
	}
	return out.count;
}
