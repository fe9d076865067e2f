/**
 * The tokens of one tagged sentence as the clean-ups read them, and what the words around a span say of
 * it: a dateline, a quotation, a phrase the gazetteer knows. Pure functions over one sentence's tokens.
 */
import type { GazEntry, PhraseNode } from './gazetteer';
import type { TagSentence } from './features';
import type { WordInfo } from './wordInfo';

const articles = new Set(['the', 'a', 'an']);
/** Quotation marks around a title ("The Lighthouse Keeper"). */
const quoteMarks = new Set(['"', '\u201c', '\u201d', '\u00ab', '\u00bb']);

/**
 * The tokens of one sentence, `i` counted from its first: offsets into the text from the block's token
 * buffer (where the sentence starts at `sentence.start` too), words from the tag sentence. Spans are made
 * relative to `origin` (the block's start). The recogniser points one of these at each sentence in turn.
 */
export class SentenceTokens {
	constructor(private readonly _starts: Int32Array, private readonly _ends: Int32Array, public sentence: TagSentence, public readonly origin = 0) {}

	public start(i: number): number {
		return this._starts[this.sentence.start + i];
	}

	public end(i: number): number {
		return this._ends[this.sentence.start + i];
	}

	public info(i: number): WordInfo {
		return this.sentence.infos[this.sentence.start + i];
	}
}

/** What follows a dateline's place: a state (", Mo.", ", Calif."), an agency ("(Reuters)"), then a dash. */
const datelineTail = /(?:,\s*[A-Z][A-Za-z.]{1,14})?\s*(?:\([^()\n]{1,40}\)\s*)?[\u2013\u2014-]\s/y;

/**
 * A paragraph opened by capitals and a dash, "CHICAGO – Kiptum, 23, pulled away ...": a news dateline,
 * which names the place the story was filed from, whatever the tagger made of the capitals.
 */
export function isDatelinePlace(text: string, toks: SentenceTokens, i: number, j: number): boolean {
	// A headline in capitals ("SOCCER - JAPAN GET LUCKY WIN") is not a dateline.
	if (i !== 0 || toks.sentence.start !== 0 || toks.start(0) !== toks.origin || toks.sentence.allCaps) {
		return false;
	}
	for (let k = i; k < j; k++) {
		if (!toks.info(k).upper) {
			return false;
		}
	}
	datelineTail.lastIndex = toks.end(j - 1);
	return datelineTail.test(text);
}

/** Whether words `[i, j)` fill a quotation, after an article at most: `"The Lighthouse Keeper"`. */
export function isQuotedTitle(toks: SentenceTokens, i: number, j: number): boolean {
	const open = i >= 2 && articles.has(toks.info(i - 1).lower) ? i - 2 : i - 1;
	return open >= 0 && j < toks.sentence.length && quoteMarks.has(toks.info(open).word) && quoteMarks.has(toks.info(j).word);
}

/** The gazetteer entry of words `[i, j)` as one phrase, followed word by word down the phrase tree. */
export function treePhrase(tree: ReadonlyMap<string, PhraseNode>, toks: SentenceTokens, i: number, j: number): GazEntry | undefined {
	let node = tree.get(toks.info(i).lower);
	for (let k = i + 1; k < j && node; k++) {
		node = node.next.get(toks.info(k).lower);
	}
	return node?.entry;
}
