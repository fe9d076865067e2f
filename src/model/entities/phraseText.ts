/**
 * Texts of multi-word names, shared within one recogniser: the same words with the same spacing give the
 * same string. Each recogniser owns its table, so two recognisers share no mutable state.
 */
import { ownCopy } from '../ownCopy';
import type { SentenceTokens } from './sentenceTokens';
import type { WordInfo } from './wordInfo';

/** A phrase of word infos, one node per word, holding the text of the words joined by single spaces. */
interface PhraseTextNode {
	text: string | undefined;
	readonly next: Map<WordInfo, PhraseTextNode>;
}

/** Longer spans are sliced as they are: names are short, and the trie must never hold a whole runaway span. */
const maxSharedWords = 12;
/** More nodes than this, and the trie starts again (see `text`). */
const maxNodes = 100_000;

export class PhraseTexts {
	private _root = new Map<WordInfo, PhraseTextNode>();
	private _count = 0;

	/**
	 * The text of tokens `[i, j)`. When single spaces separate them (as in most names), one string per
	 * phrase is kept and handed out again, found by the tokens' word infos: the same name gets the same
	 * string, so grouping compares names by pointer, and no slice is made for a name seen before.
	 */
	public text(text: string, toks: SentenceTokens, i: number, j: number): string {
		if (j - i > maxSharedWords) {
			return text.slice(toks.start(i), toks.end(j - 1));
		}
		let level = this._root;
		let node: PhraseTextNode | undefined;
		for (let k = i; k < j; k++) {
			if (k > i && (toks.start(k) !== toks.end(k - 1) + 1 || text.charCodeAt(toks.end(k - 1)) !== 32)) {
				return text.slice(toks.start(i), toks.end(j - 1));
			}
			const info = toks.info(k);
			node = level.get(info);
			if (!node) {
				if (this._count > maxNodes) {
					// Word infos are renewed when their caches are cleared: start again rather than keep old ones.
					this._root = new Map();
					this._count = 0;
					return this.text(text, toks, i, j);
				}
				node = { text: undefined, next: new Map() };
				level.set(info, node);
				this._count++;
			}
			level = node.next;
		}
		// Its own copy: the trie outlives the document, and a slice would keep the whole document's text alive.
		return node!.text ??= ownCopy(text.slice(toks.start(i), toks.end(j - 1)));
	}
}
