/**
 * Texts of multi-word names, shared: the same words with the same spacing give the same string.
 */
import { ownCopy } from '../ownCopy';
import type { SentenceTokens } from './sentenceTokens';
import type { WordInfo } from './wordInfo';

/** A phrase of word infos, one node per word, holding the text of the words joined by single spaces. */
interface PhraseTextNode {
	text: string | undefined;
	readonly next: Map<WordInfo, PhraseTextNode>;
}

let phraseTexts = new Map<WordInfo, PhraseTextNode>();
let phraseTextCount = 0;
/** Longer spans are sliced as they are: names are short, and the trie must never hold a whole runaway span. */
const maxSharedWords = 12;

/**
 * The text of tokens `[i, j)`. When single spaces separate them (as in most names), one string per
 * phrase is kept and handed out again, found by the tokens' word infos: the same name gets the same
 * string, so grouping compares names by pointer, and no slice is made for a name seen before.
 */
export function phraseText(text: string, toks: SentenceTokens, i: number, j: number): string {
	if (j - i > maxSharedWords) {
		return text.slice(toks.start(i), toks.end(j - 1));
	}
	let level = phraseTexts;
	let node: PhraseTextNode | undefined;
	for (let k = i; k < j; k++) {
		if (k > i && (toks.start(k) !== toks.end(k - 1) + 1 || text.charCodeAt(toks.end(k - 1)) !== 32)) {
			return text.slice(toks.start(i), toks.end(j - 1));
		}
		const info = toks.info(k);
		node = level.get(info);
		if (!node) {
			if (phraseTextCount > 100_000) {
				// Word infos are renewed when their caches are cleared: start again rather than keep old ones.
				phraseTexts = new Map();
				phraseTextCount = 0;
				return phraseText(text, toks, i, j);
			}
			node = { text: undefined, next: new Map() };
			level.set(info, node);
			phraseTextCount++;
		}
		level = node.next;
	}
	// Its own copy: the trie outlives the document, and a slice would keep the whole document's text alive.
	return node!.text ??= ownCopy(text.slice(toks.start(i), toks.end(j - 1)));
}
