import { blockKindNames } from './block';
import type { SourceLines } from './sourceLines';

/**
 * Features of one line and its neighbours for the learned line classifier (lineClassifier.ts): what a
 * reader sees at a glance (length, case, final punctuation, how much of it is function words, where it
 * is on the page) and what the rules decided for it and the lines around it. Every feature is binary and
 * has a fixed id, so the weights file is a plain table and training (scripts/realPages/trainLines.mjs)
 * and parsing compute the very same features.
 */

const kinds = blockKindNames.length;

/** Feature groups in id order; each entry is the group's name and its number of values. */
const groups = [
	['bias', 1],
	['rule', kinds],
	['prevRule', kinds + 1],
	['nextRule', kinds + 1],
	['position', 8],
	['chars', 8],
	['words', 6],
	['lastChar', 10],
	['firstChar', 6],
	['capitals', 6],
	['digits', 3],
	['marks', 8],
	['functionWords', 4],
	['prevChars', 8],
	['nextChars', 8],
	['gap', 2],
	['ruleAtTop', kinds * 3],
	['ruleEndsSentence', kinds * 2],
	['prevRuleNextRule', (kinds + 1) * (kinds + 1)],
] as const;

export type GroupName = typeof groups[number][0];

const offsets = {} as Record<GroupName, number>;
let total = 0;
for (const [name, size] of groups) {
	offsets[name] = total;
	total += size;
}
/** The id of value `value` of feature group `group` (for tests and for reading the weights). */
export function featureId(group: GroupName, value = 0): number {
	return offsets[group] + value;
}

/** How many feature ids there are: the weights table has this many rows. */
export const featureCount = total;
/** Most features one line can have: one per group, but up to eight marks and two gaps. */
export const maxActiveFeatures = groups.length + 8;

/** Function words of the languages seeds come in: a line made of them is prose, not a name or a label. */
const functionWords = new Set([
	'the', 'a', 'an', 'of', 'in', 'to', 'and', 'or', 'is', 'are', 'was', 'were', 'for', 'on', 'with', 'at', 'by', 'from', 'that', 'this', 'it', 'as', 'be', 'has', 'have', 'will', 'not',
	'le', 'la', 'les', 'des', 'du', 'un', 'une', 'et', 'est', 'en', 'dans', 'pour', 'sur', 'qui', 'que',
	'el', 'los', 'las', 'del', 'y', 'es', 'por', 'con', 'una', 'se',
	'der', 'die', 'das', 'und', 'ist', 'mit', 'von', 'den', 'dem', 'ein', 'eine', 'nicht', 'zu', 'im',
	'il', 'di', 'e', 'che', 'della', 'per', 'non', 'sono', 'nel', 'da',
	'o', 'os', 'do', 'da', 'em', 'um', 'uma', 'não', 'com',
	'het', 'een', 'van', 'op', 'is', 'niet', 'voor', 'zijn', 'dat',
]);

function bucket(value: number, limits: readonly number[]): number {
	let b = 0;
	while (b < limits.length && value >= limits[b]) {
		b++;
	}
	return b;
}

const charLimits = [4, 11, 26, 51, 91, 151, 301];

function lengthBucket(lines: SourceLines, i: number): number {
	return i < 0 || i >= lines.count ? 0 : bucket(lines.end[i] - lines.start[i], charLimits);
}

function isUpper(c: number): boolean {
	if (c < 128) {
		return c >= 65 && c <= 90;
	}
	const s = String.fromCharCode(c);
	return s !== s.toLowerCase();
}

function isLower(c: number): boolean {
	if (c < 128) {
		return c >= 97 && c <= 122;
	}
	const s = String.fromCharCode(c);
	return s !== s.toUpperCase();
}

function isSpace(c: number): boolean {
	return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0x202f || c === 0x2009;
}

function lastCharClass(c: number): number {
	switch (c) {
		case 46: return 0; // .
		case 33: return 1; // !
		case 63: return 2; // ?
		case 58: return 3; // :
		case 44: return 4; // ,
		case 59: return 5; // ;
		case 34: case 0x201d: case 0x2019: case 41: case 93: return 6; // closing quote or bracket
		default:
			if (c >= 48 && c <= 57) {
				return 7;
			}
			return isUpper(c) || isLower(c) ? 8 : 9;
	}
}

function firstCharClass(c: number): number {
	if (isUpper(c)) {
		return 0;
	}
	if (isLower(c)) {
		return 1;
	}
	if (c >= 48 && c <= 57) {
		return 2;
	}
	if (c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 91) {
		return 3;
	}
	if (c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 42 || c === 0xb7) {
		return 4;
	}
	return 5;
}

/** The longest line whose words are read; longer ones are judged by their length and ends alone. */
const wordScanLimit = 400;

/**
 * Writes the ids of line `i`'s features into `out` and returns how many there are. `kind` holds the
 * rules' block kinds for every line (decideKinds has run).
 */
export function lineFeatures(lines: SourceLines, i: number, out: Int32Array): number {
	const { source, kind, count } = lines;
	const start = lines.start[i];
	const end = lines.end[i];
	let n = 0;
	// decideKinds leaves no line `short`; should one be, it reads as a paragraph (code 0).
	const ruleOf = (k: number) => k < kinds ? k : 0;
	const rule = ruleOf(kind[i]);
	const prev = i > 0 ? ruleOf(kind[i - 1]) : kinds;
	const next = i + 1 < count ? ruleOf(kind[i + 1]) : kinds;
	out[n++] = offsets.bias;
	out[n++] = offsets.rule + rule;
	out[n++] = offsets.prevRule + prev;
	out[n++] = offsets.nextRule + next;
	out[n++] = offsets.prevRuleNextRule + prev * (kinds + 1) + next;
	const position = i < 4 ? i : i < 7 ? 4 : i < 13 ? 5 : i >= count - 2 ? 7 : 6;
	out[n++] = offsets.position + position;
	out[n++] = offsets.ruleAtTop + rule * 3 + (i === 0 ? 0 : i < 4 ? 1 : 2);
	const length = end - start;
	out[n++] = offsets.chars + bucket(length, charLimits);
	out[n++] = offsets.prevChars + lengthBucket(lines, i - 1);
	out[n++] = offsets.nextChars + lengthBucket(lines, i + 1);
	const last = source.charCodeAt(end - 1);
	const lastClass = lastCharClass(last);
	out[n++] = offsets.lastChar + lastClass;
	out[n++] = offsets.ruleEndsSentence + rule * 2 + (lastClass <= 2 ? 1 : 0);
	out[n++] = offsets.firstChar + firstCharClass(source.charCodeAt(start));
	// A blank line before it: headings and labels stand apart more often than paragraphs run on.
	if (i > 0 && lines.line[i] - lines.line[i - 1] > 1) {
		out[n++] = offsets.gap;
	}
	if (i + 1 < count && lines.line[i + 1] - lines.line[i] > 1) {
		out[n++] = offsets.gap + 1;
	}
	if (length > wordScanLimit) {
		out[n++] = offsets.words + 5;
		return n;
	}
	let words = 0;
	let capitalised = 0;
	let allCaps = 0;
	let function_ = 0;
	let digits = 0;
	let letters = 0;
	let at = false, pipe = false, copyright = false, link = false, hash = false, dot = false, colon = false, bracketEnd = false;
	let wordStart = -1;
	let wordUpper = true;
	for (let p = start; p <= end; p++) {
		const c = p < end ? source.charCodeAt(p) : 32;
		if (isSpace(c)) {
			if (wordStart >= 0) {
				words++;
				const first = source.charCodeAt(wordStart);
				if (isUpper(first)) {
					capitalised++;
					if (wordUpper && p - wordStart > 1) {
						allCaps++;
					}
				}
				if (p - wordStart <= 5 && functionWords.has(source.slice(wordStart, p).toLowerCase())) {
					function_++;
				}
				wordStart = -1;
			}
			continue;
		}
		if (wordStart < 0) {
			wordStart = p;
			wordUpper = true;
		}
		if (c >= 48 && c <= 57) {
			digits++;
		} else if (isLower(c)) {
			letters++;
			wordUpper = false;
		} else if (isUpper(c)) {
			letters++;
		} else if (c === 64) {
			at = true;
		} else if (c === 124) {
			pipe = true;
		} else if (c === 0xa9) {
			copyright = true;
		} else if (c === 35) {
			hash = true;
		} else if (c === 0x2022 || c === 0xb7) {
			dot = true;
		} else if (c === 58 && p < end - 1) {
			colon = true;
		}
	}
	if (length > 6 && source.startsWith('http', start)) {
		link = true;
	}
	bracketEnd = last === 41 || last === 93;
	out[n++] = offsets.words + bucket(words, [2, 3, 5, 9, 15]);
	if (words > 0) {
		const share = capitalised / words;
		out[n++] = offsets.capitals + (allCaps === words && words > 0 ? 5 : bucket(share, [0.01, 0.3, 0.6, 0.9]));
		out[n++] = offsets.functionWords + bucket(function_ / words, [0.01, 0.15, 0.3]);
	}
	out[n++] = offsets.digits + (digits === 0 ? 0 : digits * 4 < letters ? 1 : 2);
	let m = offsets.marks;
	for (const mark of [at, pipe, copyright, link, hash, dot, colon, bracketEnd]) {
		if (mark) {
			out[n++] = m;
		}
		m++;
	}
	return n;
}
