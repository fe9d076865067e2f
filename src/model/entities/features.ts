/**
 * Features of the entity tagger, shared by the training script and the recogniser so that both hash
 * exactly the same way. Every feature is a 30-bit integer: a template number mixed with the hashes of
 * the values it looks at. Per-word values are hashed once per distinct word (see `wordInfo`).
 */
import { gazetteer } from './gazetteer';
import { NameLists } from './nameLists';
import { Case, mix, wordInfo, type WordInfo } from './wordInfo';

/** BIO labels over the four CoNLL classes; indices are stored in the weights file, never reorder. */
export const tagLabels = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const tagCount = tagLabels.length;
/** The "previous tag" before a sentence's first token. */
export const startTag = tagCount;

/**
 * One sentence (or headline) ready for tagging: words `infos[start, start + length)`. The recogniser's
 * sentences share one array of a block's words instead of a copy each; `makeSentence` starts at 0.
 */
export interface TagSentence {
	readonly infos: readonly WordInfo[];
	readonly start: number;
	readonly length: number;
	/** First word of the sentence, ignoring opening quotes and brackets. */
	readonly initial: readonly boolean[];
	/** Every cased word is upper case (a headline in capitals). */
	readonly allCaps: boolean;
	/** Longest gazetteer phrase match per token: cls * 2 + (inside ? 1 : 0), 0 when none. */
	readonly gazSpan: Uint8Array;
	/** Per token, the `ListBit`s of the generated name lists' spans that cover it (see nameLists.ts). */
	readonly listBits: Uint8Array;
}

/** Bits of `TagContext.seenBits`; their values are part of a tagger feature, so never change them. */
export const enum Seen {
	/** The word's lower-case form is written in lower case elsewhere in the text. */
	Lower = 8,
	/** The word's lower-case form is written capitalised, not first in its sentence, elsewhere in the text. */
	Capitalised = 16,
}

/** What the text around a sentence says of its words (see `markContext`). */
export interface TagContext {
	/** The `Seen` bits of `info`'s lower-case form. */
	seenBits(info: WordInfo): number;
}

/** Where `markContext` notes the words it sees, each by its lower-case form. */
export interface WordMarks {
	markLower(info: WordInfo): void;
	markCapitalised(info: WordInfo): void;
}

const openers = new Set(['"', '\'', '\u201c', '\u2018', '(', '[', '-', '\u2013', '\u2014']);

/** Builds a tag sentence from its words. */
export function makeSentence(words: readonly string[], lists: NameLists = NameLists.empty): TagSentence {
	return sentenceOf(words.map(wordInfo), 0, words.length, lists);
}

/**
 * Shared read-only arrays for the common cases (only the first word is initial; no gazetteer phrase), so a
 * sentence usually allocates neither. Sentences longer than these get their own.
 */
const sharedLength = 1024;
const firstOnly: readonly boolean[] = Array.from({ length: sharedLength }, (_, i) => i === 0);
const noPhrases = new Uint8Array(sharedLength);

/** Builds a tag sentence from the infos of its words, `infos[start, start + length)`. */
export function sentenceOf(infos: readonly WordInfo[], start = 0, length = infos.length - start, lists: NameLists = NameLists.empty): TagSentence {
	let initial: readonly boolean[];
	if (length <= sharedLength && (length === 0 || !openers.has(infos[start].word))) {
		initial = firstOnly;
	} else {
		const own: boolean[] = new Array(length).fill(false);
		for (let i = 0; i < length; i++) {
			own[i] = true;
			if (!openers.has(infos[start + i].word)) {
				break;
			}
		}
		initial = own;
	}
	let cased = 0;
	let caps = 0;
	for (let k = start; k < start + length; k++) {
		const info = infos[k];
		if (info.hasLower) {
			cased++;
			if (info.upper) {
				caps++;
			}
		}
	}
	const allCaps = cased >= 2 && caps === cased;
	return { infos, start, length, initial, allCaps, gazSpan: gazetteerSpans(infos, start, length, allCaps), listBits: lists.spans(infos, start, length, allCaps) };
}

function gazetteerSpans(infos: readonly WordInfo[], start: number, count: number, allCaps: boolean): Uint8Array {
	let out: Uint8Array | undefined;
	const { phraseTree, maxTokens } = gazetteer();
	for (let i = 0; i < count; i++) {
		const first = infos[start + i];
		if (first.cap === Case.None && !allCaps) {
			continue;
		}
		// The longest phrase starting here, followed word by word down the phrase tree.
		let entry = first.phrase;
		let words = 1;
		if (first.phraseStart) {
			const limit = Math.min(maxTokens, count - i);
			let node = phraseTree.get(first.lower);
			for (let n = 2; n <= limit && node && node.next.size > 0; n++) {
				node = node.next.get(infos[start + i + n - 1].lower);
				if (node?.entry) {
					entry = node.entry;
					words = n;
				}
			}
		}
		if (entry) {
			out ??= new Uint8Array(count);
			out[i] = entry.cls * 2;
			for (let k = 1; k < words; k++) {
				out[i + k] = entry.cls * 2 + 1;
			}
			i += words - 1;
		}
	}
	return out ?? (count <= sharedLength ? noPhrases : new Uint8Array(count));
}

/** Notes in `marks` the words of `sentences` the context features look at (sentences in capitals tell nothing). */
export function markContext(sentences: readonly TagSentence[], marks: WordMarks): void {
	for (const s of sentences) {
		if (s.allCaps) {
			continue;
		}
		for (let i = 0; i < s.length; i++) {
			const info = s.infos[s.start + i];
			if (info.cap === Case.None) {
				if (info.hasLower) {
					marks.markLower(info);
				}
			} else if (!s.initial[i]) {
				marks.markCapitalised(info);
			}
		}
	}
}

/** A context kept in two sets of lower-case words: plain and obvious, for training and tests. */
class SetContext implements TagContext, WordMarks {
	private readonly _lower = new Set<string>();
	private readonly _capitalised = new Set<string>();

	public markLower(info: WordInfo): void {
		this._lower.add(info.lower);
	}

	public markCapitalised(info: WordInfo): void {
		this._capitalised.add(info.lower);
	}

	public seenBits(info: WordInfo): number {
		return (this._lower.has(info.lower) ? Seen.Lower : 0) + (this._capitalised.has(info.lower) ? Seen.Capitalised : 0);
	}
}

/** The context of `sentences` (a document, or a block), in sets. */
export function collectContext(sentences: readonly TagSentence[]): TagContext {
	const context = new SetContext();
	markContext(sentences, context);
	return context;
}

/** Hash values standing for "no word" before and after a sentence. */
export const BOS = 0x5bd1e995;
export const EOS = 0x1b873593;
const MASK = 0x3fffffff;

/**
 * Positions a word's own features can be seen from. The features of a token are the union of five
 * groups that each depend on one word only (the token itself, and its neighbours seen from it) and one
 * group that depends on the context (tags, pairs of words, document sets). The tagger sums the weights
 * of each single-word group once per distinct word and reuses them; training uses them as they are.
 */
export const enum Slot {
	Self = 0,
	AsPrev = 1,
	AsNext = 2,
	AsPrev2 = 3,
	AsNext2 = 4,
}
export const slotCount = 5;

/** Features `info` contributes from `slot`; `info` undefined means the sentence boundary there. */
export function slotFeatures(info: WordInfo | undefined, slot: Slot, out: Int32Array, n: number): number {
	switch (slot) {
		case Slot.Self:
			if (!info) {
				return n;
			}
			out[n++] = mix(1, 0) & MASK;
			out[n++] = mix(2, info.hWord) & MASK;
			out[n++] = mix(3, info.hLower) & MASK;
			out[n++] = mix(4, info.hSuf3) & MASK;
			out[n++] = mix(5, info.hSuf4) & MASK;
			out[n++] = mix(6, info.hPre3) & MASK;
			out[n++] = mix(7, info.hSuf2) & MASK;
			out[n++] = mix(8, info.hShape) & MASK;
			out[n++] = mix(9, info.hShort) & MASK;
			out[n++] = mix(23, info.gaz) & MASK;
			return n;
		case Slot.AsPrev:
			out[n++] = mix(10, info ? info.hLower : BOS) & MASK;
			out[n++] = mix(14, info ? info.hShort : BOS) & MASK;
			out[n++] = mix(24, info ? info.gaz : 15) & MASK;
			return n;
		case Slot.AsNext:
			out[n++] = mix(11, info ? info.hLower : EOS) & MASK;
			out[n++] = mix(15, info ? info.hShort : EOS) & MASK;
			out[n++] = mix(25, info ? info.gaz : 15) & MASK;
			return n;
		case Slot.AsPrev2:
			out[n++] = mix(12, info ? info.hLower : BOS) & MASK;
			return n;
		case Slot.AsNext2:
			out[n++] = mix(13, info ? info.hLower : EOS) & MASK;
			return n;
	}
}

/** Features of token `i` that depend on more than one word or on the tags before it. */
export function contextFeatures(s: TagSentence, ctx: TagContext, i: number, p1: number, p2: number, out: Int32Array, n: number): number {
	const infos = s.infos;
	const o = s.start;
	const w = infos[o + i];
	const prev = i > 0 ? infos[o + i - 1] : undefined;
	const next = i + 1 < s.length ? infos[o + i + 1] : undefined;
	const pLower = prev ? prev.hLower : BOS;
	const nLower = next ? next.hLower : EOS;
	const pShort = prev ? prev.hShort : BOS;
	const nShort = next ? next.hShort : EOS;
	const initial = s.initial[i] ? 1 : 0;
	out[n++] = mix(16, p1) & MASK;
	out[n++] = mix(17, p2 * 16 + p1) & MASK;
	out[n++] = mix(18, mix(p1, w.hShort)) & MASK;
	out[n++] = mix(19, mix(pLower, w.hLower)) & MASK;
	out[n++] = mix(20, mix(w.hLower, nLower)) & MASK;
	out[n++] = mix(21, initial * 4 + w.cap) & MASK;
	if (s.allCaps) {
		out[n++] = mix(22, w.hLower) & MASK;
	}
	out[n++] = mix(26, s.gazSpan[i]) & MASK;
	out[n++] = mix(27, ctx.seenBits(w) + initial * 4 + w.cap + (s.allCaps ? 32 : 0)) & MASK;
	out[n++] = mix(28, mix(p1, w.hLower)) & MASK;
	out[n++] = mix(29, mix(mix(pShort, w.hShort), nShort)) & MASK;
	out[n++] = mix(30, mix(s.gazSpan[i], p1)) & MASK;
	out[n++] = mix(31, mix(prev ? prev.hSuf3 : BOS, w.hShort)) & MASK;
	// The name lists: the token's bits alone and with the previous tag. Features pairing them with the
	// neighbours' bits as well scored no better on held-out train (81.60 against 81.71, three and four seeds).
	const bits = s.listBits[i];
	out[n++] = mix(32, bits) & MASK;
	out[n++] = mix(33, bits * 16 + p1) & MASK;
	return n;
}

/**
 * Writes all the features of token `i` into `out` and returns how many there are.
 * `p1` and `p2` are the tags of the two previous tokens (`startTag` before the sentence).
 */
export function extractFeatures(s: TagSentence, ctx: TagContext, i: number, p1: number, p2: number, out: Int32Array): number {
	const infos = s.infos;
	const o = s.start;
	let n = slotFeatures(infos[o + i], Slot.Self, out, 0);
	n = slotFeatures(i > 0 ? infos[o + i - 1] : undefined, Slot.AsPrev, out, n);
	n = slotFeatures(i + 1 < s.length ? infos[o + i + 1] : undefined, Slot.AsNext, out, n);
	n = slotFeatures(i > 1 ? infos[o + i - 2] : undefined, Slot.AsPrev2, out, n);
	n = slotFeatures(i + 2 < s.length ? infos[o + i + 2] : undefined, Slot.AsNext2, out, n);
	return contextFeatures(s, ctx, i, p1, p2, out, n);
}

/** Upper bound on `extractFeatures`' result, for sizing buffers. */
export const maxFeatures = 36;
