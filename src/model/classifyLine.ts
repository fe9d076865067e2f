import {
	bracketedLine, bylinePattern, counterLine, captionPrefix, capitalsCreditTail, clockTime, datelineLead, galleryCounter,
	iconAltText, languageNames, listMarker, monthWord, noiseLines, noisePrefix, numericDate, relativeTime,
	socialWords, trailingCredit,
} from './patterns';

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

export interface LineClass {
	readonly kind: LineKind;
	/** List or numbering marker as written ("-", "1.", "1/11"). */
	readonly marker?: string;
	/** Words on the line; 0 for lines too long to matter (headings, bylines and decks are short). */
	readonly words: number;
}

/** Lines longer than this are prose; only the cheap structural checks run on them. */
const longLine = 300;
/** Headings in real seeds stay well under these. */
const maxHeadingChars = 120;
const maxHeadingWords = 14;
const maxSentenceCaseHeadingWords = 9;

/** Small words that Title Case leaves in lower case. */
const titleCaseMinorWords = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'as', 'vs', 'with', 'from', 'into', 'over', 'amid', 'amidst', 'after', 'than', 'via', 'per', 'up']);

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
		const ch = line.charAt(wordStart);
		const upper = ch.toUpperCase();
		const lower = ch.toLowerCase();
		if (upper === lower) {
			continue;
		}
		// Minor words are short; only then is the slice worth making.
		if (i - wordStart <= 6 && titleCaseMinorWords.has(line.slice(wordStart, i).toLowerCase())) {
			continue;
		}
		major++;
		if (ch === upper) {
			capitalised++;
		}
	}
	return major === 0 || capitalised * 4 >= major * 3;
}

export function classifyLine(line: string): LineClass {
	const length = line.length;
	if (length > longLine) {
		return classifyLongLine(line);
	}
	if (length > maxHeadingChars && endsLikeSentence(line)) {
		return classifyProse(line);
	}
	const scan = scanLine(line);
	const words = scan.words;
	if (!scan.letter) {
		return { kind: 'boilerplate', words };
	}
	// Each check below is gated on a cheap look at the first or last character, because most lines
	// are prose and a regular expression per line per pattern would dominate parse time.
	const first = line.charCodeAt(0);
	if (isNoise(line, first, words)) {
		return { kind: 'boilerplate', words };
	}
	if (isCaption(line, first)) {
		return { kind: 'caption', words };
	}
	if (isDigit(first)) {
		const gallery = galleryCounter.exec(line);
		if (gallery) {
			return { kind: 'list-item', marker: gallery[1], words };
		}
	}
	if (words <= 10 && bylineStarts.has(first | 0x20) && bylinePattern.test(line) && isByline(line)) {
		return { kind: 'byline', words };
	}
	if (words <= 14 && (scan.digit || line.endsWith('ago')) && isDateline(line)) {
		return { kind: 'dateline', words };
	}
	const list = listStarts.has(first) || isDigit(first) ? listMarker.exec(line) : null;
	if (list) {
		const marker = list[1] ?? list[2] ?? list[3];
		// "1. Eggs" is a numbered heading; "1. Eggs are rich in protein." is a list item.
		if (list[2] && isHeadingShaped(line.slice(list[0].length), words - 1)) {
			return { kind: 'short', marker, words };
		}
		return { kind: 'list-item', marker, words };
	}
	if (isQuoteLine(line)) {
		return { kind: 'quote', words };
	}
	if (isHeadingShaped(line, words)) {
		return { kind: 'short', words };
	}
	return { kind: 'paragraph', words };
}

/** First characters (lower-cased) of byline openings: by, written, reported, posted, edited, ... */
const bylineStarts = new Set([...'bwrpecsta'].map(c => c.charCodeAt(0)));
/** First characters of list markers other than digits. */
const listStarts = new Set([...'-•*–·▪●◦‣➤►✓✔('].map(c => c.charCodeAt(0)));
/** First characters (lower-cased) of noise-line openings; `©` too. */
const noiseStarts = new Set([...'fiarswlcjgdty©'].map(c => c.charCodeAt(0)));

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

/** Words, and whether there is any letter or digit, in one pass over the line. */
function scanLine(text: string): { words: number; letter: boolean; digit: boolean } {
	let words = 0;
	let inWord = false;
	let letter = false;
	let digit = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 32 || c === 9 || c === 0xa0 || c === 0x3000) {
			inWord = false;
			continue;
		}
		if (!inWord) {
			inWord = true;
			words++;
		}
		if (c >= 48 && c <= 57) {
			digit = true;
		} else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf) {
			letter = true;
		}
	}
	return { words, letter, digit };
}

function endsLikeSentence(line: string): boolean {
	const last = line.charCodeAt(line.length - 1);
	return last === 46 /* . */ || last === 33 /* ! */ || last === 63 /* ? */ || last === 0x201d /* ” */ || last === 34 /* " */;
}

/**
 * A line too long to be a heading, byline or dateline that ends like a sentence: only noise openings,
 * captions, list markers and quotes can still apply. `words` is 0: callers count words only for short lines.
 */
function classifyProse(line: string): LineClass {
	const first = line.charCodeAt(0);
	if ((noiseStarts.has(first | 0x20) && noisePrefix.test(line)) || (line.includes('icon') && iconAltText.test(line))) {
		return { kind: 'boilerplate', words: 0 };
	}
	if (isCaption(line, first)) {
		return { kind: 'caption', words: 0 };
	}
	return classifyLongLine(line);
}

function classifyLongLine(line: string): LineClass {
	const first = line.charCodeAt(0);
	const list = listStarts.has(first) || isDigit(first) ? listMarker.exec(line) : null;
	if (list) {
		return { kind: 'list-item', marker: list[1] ?? list[2] ?? list[3], words: 0 };
	}
	const gallery = isDigit(first) ? galleryCounter.exec(line) : null;
	if (gallery) {
		return { kind: 'list-item', marker: gallery[1], words: 0 };
	}
	if (isQuoteLine(line)) {
		return { kind: 'quote', words: 0 };
	}
	return { kind: 'paragraph', words: 0 };
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
	if (line.length <= maxNoiseLine && noiseLines.has(withoutTrailingMarks(line).toLowerCase())) {
		return true;
	}
	if ((noiseStarts.has(first | 0x20) && noisePrefix.test(line)) || (line.includes('icon') && iconAltText.test(line))) {
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

function withoutTrailingMarks(line: string): string {
	let end = line.length;
	while (end > 0 && ' :.!|»>›\t'.includes(line.charAt(end - 1))) {
		end--;
	}
	return end === line.length ? line : line.slice(0, end);
}

/** Share rows and language menus start with a word from their lists; anything else skips the split. */
function startsWithMenuWord(line: string): boolean {
	let space = 0;
	while (space < line.length && line.charCodeAt(space) !== 32 && line.charCodeAt(space) !== 44 /* , */ && line.charCodeAt(space) !== 9) {
		space++;
	}
	const firstWord = line.slice(0, space).toLowerCase();
	return socialWords.has(firstWord) || languageNames.has(firstWord);
}

function isCaption(line: string, first: number): boolean {
	if (((first === 40 /* ( */ || first === 91 /* [ */) && bracketedLine.test(line)) || (captionStarts.has(first | 0x20) && captionPrefix.test(line))) {
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
const captionStarts = new Set([...'pifcr'].map(c => c.charCodeAt(0)));

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
	const first = line.charAt(0);
	const last = line.charAt(line.length - 1);
	return line.length > 20 && '“"«„'.includes(first) && '”"»“'.includes(last);
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
