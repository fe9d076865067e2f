import {
	bracketedLine, bylinePattern, counterLine, captionPrefix, capitalsCreditTail, clockTime, datelineLead, galleryCounter,
	iconAltText, languageNames, listMarker, monthWord, noiseLines, noisePrefix, numericDate, relativeTime,
	socialWords, trailingCredit,
} from './patterns';
import { LowercaseSet } from './lowercaseSet';

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
	/** The line's text, when classifying it needed the string; long prose lines are never copied out. */
	text: string | undefined;
}

export function newLineClass(): LineClass {
	return { kind: 'paragraph', marker: undefined, words: 0, text: undefined };
}

/** Lines longer than this are prose; only the cheap structural checks run on them. */
const longLine = 300;
/** Headings in real seeds stay well under these. */
const maxHeadingChars = 120;
const maxHeadingWords = 14;
const maxSentenceCaseHeadingWords = 9;

/** Small words that Title Case leaves in lower case. */
const titleCaseMinorWords = new LowercaseSet(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'as', 'vs', 'with', 'from', 'into', 'over', 'amid', 'amidst', 'after', 'than', 'via', 'per', 'up']);

/**
 * Character classes for the first-character gates, as bits in one table indexed by UTF-16 code: a
 * table load per test instead of a hash lookup, which the classifier does several times per line.
 */
const charClasses = new Uint8Array(0x10000);
let nextCharClass = 1;

/** A new class holding the given character codes; its bit, for `hasChar`. */
function charClass(codes: Iterable<number>): number {
	const bit = nextCharClass;
	nextCharClass <<= 1;
	for (const code of codes) {
		charClasses[code] |= bit;
	}
	return bit;
}

function hasChar(charClass: number, code: number): boolean {
	return (charClasses[code] & charClass) !== 0;
}

/** True when three in four major words start with a capital (names alone do not make a sentence Title Case). */
function isMostlyCapitalised(line: string): boolean {
	// One pass over the characters: word splitting with `split` allocated an array per candidate line.
	let major = 0;
	let capitalised = 0;
	let i = 0;
	while (i < line.length) {
		while (i < line.length && line.charCodeAt(i) === 32) {
			i++;
		}
		const wordStart = i;
		while (i < line.length && line.charCodeAt(i) !== 32) {
			i++;
		}
		if (i === wordStart) {
			break;
		}
		const c = line.charCodeAt(wordStart);
		let isUpper: boolean;
		if (c < 128) {
			isUpper = c >= 65 && c <= 90;
			if (!isUpper && !(c >= 97 && c <= 122)) {
				continue;
			}
		} else {
			const ch = line.charAt(wordStart);
			const upper = ch.toUpperCase();
			if (upper === ch.toLowerCase()) {
				continue;
			}
			isUpper = ch === upper;
		}
		// Minor words are short; only then is the lookup worth making.
		if (i - wordStart <= 6 && titleCaseMinorWords.has(line, wordStart, i)) {
			continue;
		}
		major++;
		if (isUpper) {
			capitalised++;
		}
	}
	return major === 0 || capitalised * 4 >= major * 3;
}

/**
 * Classifies the trimmed line `source[start, end)` into `out`. Lines longer than any heading, byline or
 * deck are judged by their first and last characters alone, without copying them out of the source.
 */
export function classifyLine(source: string, start: number, end: number, out: LineClass): void {
	out.marker = undefined;
	out.words = 0;
	if (end - start > longLine) {
		out.text = undefined;
		out.kind = classifyLongLine(source, start, end, out);
		return;
	}
	const line = source.slice(start, end);
	out.text = line;
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
	if (isCaption(line, first)) {
		return 'caption';
	}
	if (isDigit(first)) {
		const gallery = galleryCounter.exec(line);
		if (gallery) {
			out.marker = gallery[1];
			return 'list-item';
		}
	}
	if (words <= 10 && hasChar(bylineStarts, first | 0x20) && bylinePattern.test(line) && isByline(line)) {
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
	return isHeadingShaped(line, words) ? 'short' : 'paragraph';
}

/** First characters (lower-cased) of byline openings: by, written, reported, posted, edited, ... */
const bylineStarts = charClass([...'bwrpecsta'].map(c => c.charCodeAt(0)));
/** First characters of list markers other than digits. */
const listStarts = charClass([...'-•*–·▪●◦‣➤►✓✔('].map(c => c.charCodeAt(0)));
/** First characters (lower-cased) of noise-line openings; `©` too. */
const noiseStarts = charClass([...'fiarswlcjgdty©'].map(c => c.charCodeAt(0)));

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

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
		if (c === 32 || c === 9 || c === 0xa0 || c === 0x3000) {
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
	if ((hasChar(noiseStarts, first | 0x20) && noisePrefix.test(line)) || (line.includes('icon') && iconAltText.test(line))) {
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

export function countWords(text: string): number {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const space = c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
		if (space) {
			inWord = false;
		} else if (!inWord) {
			inWord = true;
			words++;
		}
	}
	return words;
}

function isNoise(line: string, first: number, words: number): boolean {
	if (line.length <= maxNoiseLine && words <= maxNoiseLineWords && startsLike(noiseLineStarts, first) && noiseLineSet.has(line, 0, endWithoutTrailingMarks(line))) {
		return true;
	}
	if ((hasChar(noiseStarts, first | 0x20) && noisePrefix.test(line)) || (line.includes('icon') && iconAltText.test(line))) {
		return true;
	}
	if (words <= 6 && (isDigit(first) || first === 73 || first === 105 || first === 80 || first === 112 || first === 83 || first === 115) && counterLine.test(line)) {
		return true;
	}
	if (words >= 2 && words <= 16 && startsWithMenuWord(line)) {
		const tokens = line.toLowerCase().split(/[\s,]+/).filter(t => t.length > 0);
		if (tokens.every(t => socialWords.has(t))) {
			return true;
		}
		if (tokens.length >= 3 && tokens.every(t => languageNames.has(t))) {
			return true;
		}
	}
	return false;
}

/** The longest entry of `noiseLines`, plus room for trailing marks. */
const maxNoiseLine = 40;
// Cheap tests that rule out most lines before a lower-cased copy is made to look them up.
// Trailing marks (" »", " :") add words that the lookup strips.
const maxNoiseLineWords = Math.max(...[...noiseLines].map(countWords)) + 3;
const noiseLineStarts = charClass([...noiseLines].map(entry => entry.charCodeAt(0) | 0x20));

const noiseLineSet = new LowercaseSet(noiseLines);

/** Where the line ends without its trailing marks (" »", " :"). */
function endWithoutTrailingMarks(line: string): number {
	let end = line.length;
	while (end > 0 && ' :.!|»>›\t'.includes(line.charAt(end - 1))) {
		end--;
	}
	return end;
}

/**
 * Whether a line starting with character code `first` can, lower-cased, start an entry whose first
 * characters are in `starts` (made with `| 0x20`, exact for ASCII). Non-ASCII lines always can.
 */
function startsLike(starts: number, first: number): boolean {
	return first >= 128 || hasChar(starts, first | 0x20);
}

const menuWords = [...socialWords, ...languageNames];
const menuWordSet = new LowercaseSet(menuWords);
const menuWordStarts = charClass(menuWords.map(word => word.charCodeAt(0) | 0x20));
const maxMenuWordLength = Math.max(...menuWords.map(word => word.length));

/** Share rows and language menus start with a word from their lists; anything else skips the split. */
function startsWithMenuWord(line: string): boolean {
	if (!startsLike(menuWordStarts, line.charCodeAt(0))) {
		return false;
	}
	let space = 0;
	while (space < line.length && line.charCodeAt(space) !== 32 && line.charCodeAt(space) !== 44 /* , */ && line.charCodeAt(space) !== 9) {
		space++;
	}
	if (space > maxMenuWordLength) {
		return false;
	}
	return menuWordSet.has(line, 0, space);
}

function isCaption(line: string, first: number): boolean {
	if (((first === 40 /* ( */ || first === 91 /* [ */) && bracketedLine.test(line)) || (hasChar(captionStarts, first | 0x20) && captionPrefix.test(line))) {
		return true;
	}
	const last = line.charCodeAt(line.length - 1);
	// A credit ends in ")" or in capitals; testing the last character first keeps prose lines cheap.
	if (last === 41 /* ) */) {
		return trailingCredit.test(line);
	}
	if (last >= 65 && last <= 90) {
		return capitalsCreditTail.test(line) && trailingCredit.test(line);
	}
	return false;
}

/** First characters (lower-cased) of caption labels: photo, image, picture, file, credit, representational, ... */
const captionStarts = charClass([...'pifcr'].map(c => c.charCodeAt(0)));

function isByline(line: string): boolean {
	// "By Press Association" names someone; "By the end of the year ..." is prose.
	const rest = line.replace(/^[A-Za-z ]*?\bby\b\s*:?\s*|^(?:author|reporter|correspondent)\s*:?\s*/i, '');
	const first = rest.charAt(0);
	return first !== '' && first === first.toUpperCase() && first !== first.toLowerCase() && !/[.!?]$/.test(rest);
}

const dateTokens = new Set([
	'at', 'on', 'am', 'pm', 'a.m.', 'p.m.', 'ist', 'gmt', 'utc', 'et', 'edt', 'est', 'pt', 'bst', 'cet', 'hrs',
	'updated', 'published', 'posted', 'last', 'modified', 'first', 'date', 'dated', 'created', 'edited', 'released',
	'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
	'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'ago', 'min', 'mins', 'read', '|', '-', '–', '—', '/', '·',
]);

function isDateline(line: string): boolean {
	if (relativeTime.test(line)) {
		return true;
	}
	const dated = monthWord.test(line) || numericDate.test(line) || clockTime.test(line);
	if (!dated) {
		return false;
	}
	if (/[.!?]$/.test(line) && !/\b[ap]\.m\.$/i.test(line)) {
		return false;
	}
	// Mostly date and time tokens: a dateline, not a sentence that happens to mention a date.
	let other = 0;
	for (const raw of line.toLowerCase().split(/[\s,]+/)) {
		const token = raw.replace(/^[(\[]+|[)\]:.]+$/g, '');
		if (token === '' || dateTokens.has(token) || /^[\d:./-]+(?:st|nd|rd|th|am|pm|hrs)?$/.test(token) || monthWord.test(token)) {
			continue;
		}
		other++;
	}
	return other <= (datelineLead.test(line) ? 3 : 1);
}

function isQuoteLine(line: string): boolean {
	return isQuoteSpan(line, 0, line.length);
}

const quoteOpeners = charClass([...'“"«„'].map(c => c.charCodeAt(0)));
const quoteClosers = charClass([...'”"»“'].map(c => c.charCodeAt(0)));

function isQuoteSpan(source: string, start: number, end: number): boolean {
	return end - start > 20 && hasChar(quoteOpeners, source.charCodeAt(start)) && hasChar(quoteClosers, source.charCodeAt(end - 1));
}

/** Short, standalone, and not ending like a sentence: a heading if its neighbours agree. */
function isHeadingShaped(line: string, words: number): boolean {
	if (line.length > maxHeadingChars || words > maxHeadingWords || words === 0) {
		return false;
	}
	const last = line.charAt(line.length - 1);
	if ('.,;!…)]"”\'’-–—|/'.includes(last) || last === '।') {
		return false;
	}
	const first = line.charCodeAt(0);
	if (first < 128) {
		// ASCII: an upper-case letter or a digit; a lower-case start is a fragment, punctuation is not a heading.
		if (!((first >= 65 && first <= 90) || (first >= 48 && first <= 57))) {
			return false;
		}
	} else {
		const ch = line.charAt(0);
		const cased = ch.toUpperCase() !== ch.toLowerCase();
		if (cased ? ch !== ch.toUpperCase() : !/[\p{L}\p{N}]/u.test(ch)) {
			return false;
		}
	}
	// Sentence case runs short ("IMD weather alert"); a longer line in sentence case is a fragment or an
	// unmarked caption, unless it asks or introduces something.
	if (words > maxSentenceCaseHeadingWords && last !== '?' && last !== ':' && !isMostlyCapitalised(line)) {
		return false;
	}
	// Two sentences on one line are prose, however short.
	return !((line.includes('. ') || line.includes('? ') || line.includes('! ')) && /[.!?]\s+\p{Lu}/u.test(line));
}
