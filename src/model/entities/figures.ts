/**
 * Figures (counts, money, percentages) and dates, found with patterns: they need no tagger.
 */
import { entitySpan } from './spans';
import type { EntitySpan } from './types';

const month = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const weekday = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const day = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const year = '(?:1[6-9]\\d\\d|20\\d\\d)';

const datePattern = new RegExp([
	`\\b${year}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])\\b`,
	`\\b(?:${weekday},?\\s+)?${month}\\s+${day}(?:,?\\s+${year})?\\b`,
	`\\b(?:${weekday},?\\s+)?${day}\\s+${month}(?:,?\\s+${year})?\\b`,
	`\\b${month}\\s+${year}\\b`,
	`\\b${weekday}\\b`,
	// A year after "in", "since" ... The preposition is matched and then left out of the span: a lookbehind
	// here made the engine try the whole pattern at every character. The year must not start an ISO date,
	// which the first alternative would have matched there.
	`\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Oo]f|[Dd]uring|[Bb]efore|[Aa]fter)\\s(${year})\\b(?!\\s*(?:people|%|percent))(?!-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])\\b)`,
].join('|'), 'g');

const weekdayPattern = new RegExp(`\\b${weekday}\\b`, 'g');

const scale = '(?:\\s?(?:million|billion|trillion|thousand|hundred|crore|lakh|bn|mn|m|k)\\b)?';
const amount = '\\d+(?:[.,]\\d+)*';
const figurePattern = new RegExp([
	`(?:[$€£¥₹]|\\b(?:US\\$|Rs\\.?|INR|USD|EUR)\\s?)${amount}${scale}`,
	// A change keeps its sign ("-25%", "+37%"), but not a range's dash ("2-25%").
	`(?:(?<![\\w.,\u2212+-])[-+\u2212])?\\b${amount}${scale}\\s?(?:%|percent\\b|per cent\\b)`,
	`\\b${amount}${scale}\\s(?:dollars|euros|pounds|rupees|yen|yuan)\\b`,
	`\\b\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?${scale}`,
	`\\b\\d+(?:\\.\\d+)?\\s(?:million|billion|trillion)\\b`,
	`(?<![\\w.,:/-])\\d+(?:\\.\\d+)?(?![\\w.,:/-]*\\w)`,
].join('|'), 'g');

/** What one word may start of a figure or date, as bits; a block's hints are those of its words, or'd. */
export const enum FigureHint {
	/** An ASCII digit: every figure, and every date but a weekday, has one. */
	Digit = 1,
	/** Four digits in a row, a month's abbreviation or a weekday: every date has one of these. */
	Date = 2,
	/** A weekday's name. */
	Weekday = 4,
}

const monthAbbreviation = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const weekdayName = /Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/;

/**
 * The hints of one word. Each part a date or figure pattern needs (a digit, a month, four digits, a
 * weekday) is letters or digits in a row, so it lies inside one token: a block none of whose tokens has
 * a hint has no match, and the patterns need not look at it.
 */
export function figureHints(word: string): number {
	const weekday = weekdayName.test(word);
	return (/\d/.test(word) ? FigureHint.Digit : 0)
		| (weekday || /\d{4}/.test(word) || monthAbbreviation.test(word) ? FigureHint.Date : 0)
		| (weekday ? FigureHint.Weekday : 0);
}

function allDigits(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 48 || c > 57) {
			return false;
		}
	}
	return true;
}

/** One to three ASCII digits, as `/^\d{1,3}$/` tests it, without a pattern call per number. */
export function isShortInteger(text: string): boolean {
	return text.length >= 1 && text.length <= 3 && allDigits(text);
}

/** A year from 1600 to 2099 written alone, as `/^(1[6-9]|20)\d\d$/` tests it. */
export function isYearLike(text: string): boolean {
	if (text.length !== 4 || !allDigits(text)) {
		return false;
	}
	const century = (text.charCodeAt(0) - 48) * 10 + text.charCodeAt(1) - 48;
	return century >= 16 && century <= 20;
}

/**
 * Dates and figures in `text[start, end)`, as spans with offsets relative to `origin` (0: absolute), in
 * order, never overlapping. `hints`, when given, are the `figureHints` of every token there, or'd (the
 * recogniser has them at hand): patterns a block cannot match are then not run at all.
 */
export function findFigures(text: string, start = 0, end = text.length, origin = 0, hints?: number): EntitySpan[] {
	const out: EntitySpan[] = [];
	if (hints !== undefined && (hints & (FigureHint.Digit | FigureHint.Weekday)) === 0) {
		return out;
	}
	const slice = start === 0 && end === text.length ? text : text.slice(start, end);
	const base = start - origin;
	// Every pattern but the weekday one needs a digit: most paragraphs have none. Every weekday ends in
	// "day", a plain substring search that rules out most of the rest.
	const hasDigit = hints === undefined ? /\d/.test(slice) : (hints & FigureHint.Digit) !== 0;
	let pattern: RegExp | undefined;
	if (hasDigit) {
		pattern = hints === undefined || (hints & FigureHint.Date) !== 0 ? datePattern : undefined;
	} else if (hints === undefined ? slice.includes('day') : (hints & FigureHint.Weekday) !== 0) {
		pattern = weekdayPattern;
	} else {
		return out;
	}
	if (pattern) {
		pattern.lastIndex = 0;
		for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
			const year = m[1];
			const at = year === undefined ? m.index : m.index + m[0].length - year.length;
			const found = year ?? m[0];
			out.push(entitySpan(base + at, base + at + found.length, 'date', found));
		}
	}
	if (!hasDigit) {
		return out;
	}
	const dates = out.length;
	let d = 0;
	figurePattern.lastIndex = 0;
	for (let m = figurePattern.exec(slice); m; m = figurePattern.exec(slice)) {
		const s = base + m.index;
		const e = s + m[0].length;
		while (d < dates && out[d].end <= s) {
			d++;
		}
		if (d < dates && out[d].start < e) {
			continue;
		}
		// A lone small number ("2", "one of 3") is rarely worth a mark; keep four digits and up, or decimals.
		// A bare four-digit year-like number is left alone unless a pattern above made it a date.
		if (isShortInteger(m[0]) || isYearLike(m[0])) {
			continue;
		}
		out.push(entitySpan(s, e, 'number', m[0]));
	}
	return out.length > dates ? out.sort((a, b) => a.start - b.start) : out;
}
