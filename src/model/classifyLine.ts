import { charClass, hasChar, isDigit } from './charClasses';
import { isBylineLine, isCaption, isDateline, isNoise, opensLikeNoise } from './furniture';
import { isHeadingShaped, maxHeadingChars } from './headingShape';
import { galleryCounter, listMarker } from './patterns';
import { isWhitespace } from './whitespace';

export { countWords } from './words';

/**
 * What a line looks like on its own, before its neighbours are considered. `short` lines are heading
 * candidates; the document pass decides whether each is the title, a heading or just a short paragraph.
 */
export type LineKind =
	| 'boilerplate'
	| 'caption'
	| 'byline'
	| 'dateline'
	| 'list-item'
	| 'quote'
	| 'short'
	| 'paragraph';

/**
 * The class of one line. The parser passes the same object for every line, because an object per
 * line was a measurable share of parse time on large documents (most of it garbage collection).
 */
export interface LineClass {
	kind: LineKind;
	/** List or numbering marker as written ("-", "1.", "1/11"). */
	marker: string | undefined;
	/** Words on the line, up to 17 (no test asks about more); 0 for lines too long to matter. */
	words: number;
}

export function newLineClass(): LineClass {
	return { kind: 'paragraph', marker: undefined, words: 0 };
}

/** Lines longer than this are prose; only the cheap structural checks run on them. */
const longLine = 300;

/**
 * Classifies the trimmed line `source[start, end)` into `out`. Lines longer than any heading, byline or
 * deck are judged by their first and last characters alone, without copying them out of the source.
 */
export function classifyLine(source: string, start: number, end: number, out: LineClass): void {
	out.marker = undefined;
	out.words = 0;
	if (end - start > longLine) {
		out.kind = classifyLongLine(source, start, end, out);
		return;
	}
	const line = source.slice(start, end);
	out.kind = end - start > maxHeadingChars && endsLikeSentence(line)
		? classifyProse(line, out)
		// Scanned in the source: reading characters through a slice of it is slower.
		: classifyShortLine(line, scanLine(source, start, end), out);
}

function classifyShortLine(line: string, scan: number, out: LineClass): LineKind {
	const words = scan >>> 2;
	out.words = words;
	if ((scan & hasLetter) === 0) {
		return 'boilerplate';
	}
	// Each check below is gated on a cheap look at the first or last character, because most lines
	// are prose and a regular expression per line per pattern would dominate parse time.
	const first = line.charCodeAt(0);
	if (isNoise(line, first, words)) {
		return 'boilerplate';
	}
	// A gallery counter glued to its caption ("2/11Senator Schumer ... (Photo: AP)") is an item of the
	// gallery, whatever the caption ends with.
	if (isDigit(first)) {
		const gallery = galleryCounter.exec(line);
		if (gallery) {
			out.marker = gallery[1];
			return 'list-item';
		}
	}
	if (isCaption(line, first)) {
		return 'caption';
	}
	if (isBylineLine(line, words)) {
		return 'byline';
	}
	if (words <= 14 && ((scan & hasDigit) !== 0 || line.endsWith('ago')) && isDateline(line)) {
		return 'dateline';
	}
	const list = hasChar(listStarts, first) || isDigit(first) ? listMarker.exec(line) : null;
	if (list) {
		out.marker = list[1] ?? list[2] ?? list[3];
		// "1. Eggs" is a numbered heading; "1. Eggs are rich in protein." is a list item.
		return list[2] && isHeadingShaped(line.slice(list[0].length), words - 1) ? 'short' : 'list-item';
	}
	if (isQuoteLine(line)) {
		return 'quote';
	}
	// A live blog's entry title set between plus signs: "+++ Coach speaks after the match +++".
	if (first === 43 /* + */ && liveBlogTitle.test(line)) {
		return 'short';
	}
	return isHeadingShaped(line, words) ? 'short' : 'paragraph';
}

const liveBlogTitle = /^\+{2,}\s+\S.*\s\+{2,}$/;

/** First characters of list markers other than digits. */
const listStarts = charClass('-•*–·▪●◦‣➤►✓✔(');

const hasLetter = 1;
const hasDigit = 2;

/** Every word-count test asks about at most 16 words, so counting stops past that once a letter is seen. */
const wordCountCap = 17;

/**
 * Words (up to `wordCountCap`), and whether there is any letter or digit, in one pass:
 * `words << 2 | hasDigit | hasLetter`.
 */
function scanLine(source: string, start: number, end: number): number {
	let words = 0;
	let inWord = false;
	let flags = 0;
	for (let i = start; i < end; i++) {
		const c = source.charCodeAt(i);
		if (isWhitespace(c)) {
			inWord = false;
			continue;
		}
		if (!inWord) {
			if (words === wordCountCap && (flags & hasLetter) !== 0) {
				break;
			}
			inWord = true;
			words++;
		}
		if (c >= 48 && c <= 57) {
			flags |= hasDigit;
		} else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf) {
			flags |= hasLetter;
		}
	}
	return (words << 2) | flags;
}

function endsLikeSentence(line: string): boolean {
	const last = line.charCodeAt(line.length - 1);
	return last === 46 /* . */ || last === 33 /* ! */ || last === 63 /* ? */ || last === 0x201d /* ” */ || last === 34 /* " */;
}

/**
 * A line too long to be a heading, byline or dateline that ends like a sentence: only noise openings,
 * captions, list markers and quotes can still apply. Words stay 0: callers count words only for short lines.
 */
function classifyProse(line: string, out: LineClass): LineKind {
	const first = line.charCodeAt(0);
	if (opensLikeNoise(line)) {
		return 'boilerplate';
	}
	if (isCaption(line, first)) {
		return 'caption';
	}
	return classifyLongLine(line, 0, line.length, out);
}

function classifyLongLine(source: string, start: number, end: number, out: LineClass): LineKind {
	const first = source.charCodeAt(start);
	// Only list and gallery markers need the line as a string, and they need a marker character first.
	if (hasChar(listStarts, first) || isDigit(first)) {
		const line = start === 0 && end === source.length ? source : source.slice(start, end);
		const list = listMarker.exec(line);
		if (list) {
			out.marker = list[1] ?? list[2] ?? list[3];
			return 'list-item';
		}
		const gallery = isDigit(first) ? galleryCounter.exec(line) : null;
		if (gallery) {
			out.marker = gallery[1];
			return 'list-item';
		}
	}
	return isQuoteSpan(source, start, end) ? 'quote' : 'paragraph';
}

function isQuoteLine(line: string): boolean {
	return isQuoteSpan(line, 0, line.length);
}

const quoteOpeners = charClass('“"«„');
const quoteClosers = charClass('”"»“');

function isQuoteSpan(source: string, start: number, end: number): boolean {
	return end - start > 20 && hasChar(quoteOpeners, source.charCodeAt(start)) && hasChar(quoteClosers, source.charCodeAt(end - 1));
}

