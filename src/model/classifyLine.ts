import {
	bracketedLine, bylinePattern, captionPrefix, capitalsCreditTail, clockTime, datelineLead, galleryCounter,
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
	readonly words: number;
}

/** Lines longer than this are prose; only the cheap structural checks run on them. */
const longLine = 300;
/** Headings in real seeds stay well under these. */
const maxHeadingChars = 120;
const maxHeadingWords = 14;

export function classifyLine(line: string): LineClass {
	const length = line.length;
	if (length > longLine) {
		return classifyLongLine(line);
	}
	const words = countWords(line);
	if (!hasLetter(line)) {
		return { kind: 'boilerplate', words };
	}
	if (isNoise(line, words)) {
		return { kind: 'boilerplate', words };
	}
	if (isCaption(line)) {
		return { kind: 'caption', words };
	}
	const gallery = galleryCounter.exec(line);
	if (gallery) {
		return { kind: 'list-item', marker: gallery[1], words };
	}
	if (words <= 10 && bylinePattern.test(line) && isByline(line)) {
		return { kind: 'byline', words };
	}
	if (words <= 14 && isDateline(line)) {
		return { kind: 'dateline', words };
	}
	const list = listMarker.exec(line);
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

function classifyLongLine(line: string): LineClass {
	const list = listMarker.exec(line);
	if (list) {
		return { kind: 'list-item', marker: list[1] ?? list[2] ?? list[3], words: 0 };
	}
	const gallery = galleryCounter.exec(line);
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

function hasLetter(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf) {
			return true;
		}
	}
	return false;
}

function isNoise(line: string, words: number): boolean {
	if (line.length <= 60) {
		const key = line.toLowerCase().replace(/[\s:.!|»>›]+$/u, '');
		if (noiseLines.has(key)) {
			return true;
		}
	}
	if (noisePrefix.test(line) || iconAltText.test(line)) {
		return true;
	}
	if (words >= 2 && words <= 16) {
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

function isCaption(line: string): boolean {
	if (bracketedLine.test(line) || captionPrefix.test(line)) {
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
	const first = line.charAt(0);
	const cased = first.toUpperCase() !== first.toLowerCase();
	if (cased && first !== first.toUpperCase()) {
		return false;
	}
	if (!cased && !/[\p{L}\p{N}]/u.test(first)) {
		return false;
	}
	// Two sentences on one line are prose, however short.
	return !/[.!?]\s+\p{Lu}/u.test(line);
}
