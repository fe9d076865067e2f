import type { Sentence } from './types';
import { isWhitespace, skipWhitespace, trimWhitespaceEnd } from './whitespace';

/** Abbreviations after which a full stop does not end a sentence (lower-case, without the dot). */
const abbreviations = new Set([
	'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm',
	'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'no', 'vs', 'v', 'etc', 'inc', 'ltd', 'co', 'corp',
	'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig',
	'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'mo', 'ky', 'fla', 'calif', 'ill', 'mass', 'pa', 'va', 'wash',
]);

function isSentenceEnd(c: number): boolean {
	// . ! ? and the Devanagari danda, the Arabic question mark, the CJK full stop.
	return c === 46 || c === 33 || c === 63 || c === 0x964 || c === 0x61f || c === 0x3002;
}

function isClosing(c: number): boolean {
	return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/**
 * Splits `text[start, end)` into sentences, returned as offset spans into `text` with surrounding
 * white space excluded. A sentence ends at terminal punctuation (plus closing quotes or brackets)
 * followed by white space, unless the word before the stop is a known abbreviation or an initial.
 */
export function splitSentences(text: string, start = 0, end = text.length): Sentence[] {
	const sentences: Sentence[] = [];
	let sentenceStart = skipWhitespace(text, start, end);
	let i = sentenceStart;
	while (i < end) {
		const c = text.charCodeAt(i);
		if (!isSentenceEnd(c)) {
			i++;
			continue;
		}
		let stop = i + 1;
		while (stop < end && (isSentenceEnd(text.charCodeAt(stop)) || isClosing(text.charCodeAt(stop)))) {
			stop++;
		}
		const followedBySpace = stop >= end || isWhitespace(text.charCodeAt(stop));
		if (followedBySpace && !(c === 46 && endsWithAbbreviation(text, sentenceStart, i))) {
			sentences.push({ start: sentenceStart, end: stop });
			sentenceStart = skipWhitespace(text, stop, end);
			i = sentenceStart;
		} else {
			i = stop;
		}
	}
	const tail = trimWhitespaceEnd(text, sentenceStart, end);
	if (tail > sentenceStart) {
		sentences.push({ start: sentenceStart, end: tail });
	}
	return sentences;
}

function endsWithAbbreviation(text: string, from: number, dot: number): boolean {
	let wordStart = dot;
	while (wordStart > from && !isWhitespace(text.charCodeAt(wordStart - 1))) {
		wordStart--;
	}
	const word = text.slice(wordStart, dot).replace(/^[("“'‘[]+/, '');
	if (word.length === 1 && /\p{Lu}/u.test(word)) {
		return true; // an initial: "Lloyd J. Austin"
	}
	return abbreviations.has(word.toLowerCase());
}

