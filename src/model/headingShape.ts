import { LowercaseSet } from './lowercaseSet';

/** Headings in real seeds stay well under these. */
export const maxHeadingChars = 120;
const maxHeadingWords = 14;
const maxSentenceCaseHeadingWords = 12;
/** Sentence case up to this many words is a label or a short headline ("IMD weather alert") whatever it says. */
const shortSentenceCaseWords = 9;
/** Verbs of a photo caption in the present tense, as agencies write them. */
const photoVerbs = /\b(?:speaks|gestures|looks on|poses|waves|listens|is seen|are seen|arrives|attends|delivers a speech|takes part)\b/;

function endsWithMinorWord(line: string): boolean {
	const space = line.lastIndexOf(' ');
	return space > 0 && titleCaseMinorWords.has(line, space + 1, line.length);
}

/** Small words that Title Case leaves in lower case. */
const titleCaseMinorWords = new LowercaseSet(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'as', 'vs', 'with', 'from', 'into', 'over', 'amid', 'amidst', 'after', 'than', 'via', 'per', 'up']);

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

function isOpeningQuote(c: number): boolean {
	return c === 34 || c === 39 || c === 0x2018 || c === 0x201c;
}

/** Short, standalone, and not ending like a sentence: a heading if its neighbours agree. */
export function isHeadingShaped(line: string, words: number): boolean {
	if (line.length > maxHeadingChars || words > maxHeadingWords || words === 0) {
		return false;
	}
	const last = line.charAt(line.length - 1);
	if ('.,;!…)]"”\'’-–—|/'.includes(last) || last === '।') {
		// A headline may end with a quoted phrase ('Eubanks is “surreal and incredible”'), when the quotation
		// opens inside the line after a few words: a line quoted whole is a quote.
		if (!(last === '\u201d' && closesInnerQuote(line))) {
			return false;
		}
	}
	// Spanish opens a question or an exclamation with its mark: "¿Qué Se Sabe Del Origen Del Fuego?".
	// A headline may open with a quotation: "'We will not back down,' says Zelenskyy".
	const opener = line.charCodeAt(0) === 0xbf || line.charCodeAt(0) === 0xa1 || isOpeningQuote(line.charCodeAt(0)) ? 1 : 0;
	const first = line.charCodeAt(opener);
	if (first < 128) {
		// ASCII: an upper-case letter or a digit; a lower-case start is a fragment, punctuation is not a heading.
		if (!((first >= 65 && first <= 90) || (first >= 48 && first <= 57))) {
			return false;
		}
	} else {
		const ch = line.charAt(opener);
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
	// Past the length of a short label, sentence case has to look like a headline: one ending in a small
	// word ("... open to traffic in the") is a line of wrapped prose, and one with a photographer's verb
	// ("... speaks during a press conference at ...") is a caption without its credit.
	if (words > shortSentenceCaseWords && last !== '?' && last !== ':' && !isMostlyCapitalised(line)
		&& (endsWithMinorWord(line) || photoVerbs.test(line))) {
		return false;
	}
	// Two sentences on one line are prose, however short.
	return !((line.includes('. ') || line.includes('? ') || line.includes('! ')) && hasSentenceBreak(line));
}

/** Whether the line's closing quotation mark closes one that opened after its third word, with no stop before it. */
function closesInnerQuote(line: string): boolean {
	const open = line.lastIndexOf('\u201c');
	if (open < 0 || isOpeningQuote(line.charCodeAt(0))) {
		return false;
	}
	const before = line.slice(0, open);
	return before.split(' ').length >= 4 && !/[.!?]/.test(line.charAt(line.length - 2));
}

/** Words whose full stop ends no sentence: "Wall St. Reacts", "Dr. Fauci", "Apple Inc. Shares". */
const abbreviations = new LowercaseSet(['st', 'dr', 'mr', 'mrs', 'ms', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'vs', 'gen', 'sen',
	'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj', 'prof', 'rev', 'no', 'mt', 'ft', 'ave', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);

/**
 * A full stop, question or exclamation mark, then a space and a capital: a sentence ends there, unless the
 * full stop closes an initialism or an initial ("U.S. Economy", "J.K. Rowling", "Donald J. Trump") or an
 * abbreviation ("Wall St. Reacts").
 */
function hasSentenceBreak(line: string): boolean {
	for (const match of line.matchAll(/[.!?]\s+\p{Lu}/gu)) {
		const at = match.index;
		if (line.charCodeAt(at) !== 46) {
			return true;
		}
		let wordStart = at;
		while (wordStart > 0 && line.charCodeAt(wordStart - 1) !== 32) {
			wordStart--;
		}
		const word = line.slice(wordStart, at);
		// "am 10. Februar", "den 3. Mai": an ordinal of one or two digits, as German and the Nordic languages write them.
		if (word.length <= 2 && /^\d+$/.test(word)) {
			continue;
		}
		const initials = word.length === 1 || /^(?:\p{L}\.)+\p{L}$/u.test(word);
		if (!initials && !abbreviations.has(line, wordStart, at)) {
			return true;
		}
	}
	return false;
}
