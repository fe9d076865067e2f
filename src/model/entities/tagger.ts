/**
 * A greedy left-to-right averaged-perceptron tagger over BIO labels. The weights are numbers produced by
 * `scripts/entities/train.mjs` and shipped as one JSON file (`data/tagger.json`), loaded on first use.
 */
import { BOS, EOS, maxFeatures, Slot, slotCount, slotFeatures, startTag, tagCount, type TagContext, type TagSentence } from './features';
import { listBitValues, NameLists } from './nameLists';
import { decodeBase64, readIntegers, type TaggerModelData } from './weightsFile';
import { Case, mix, type WordInfo } from './wordInfo';

export class SeedTagger {
	/**
	 * Open-addressing table, two numbers per slot: key + 1 (0 = empty), then the row index into `_weights`.
	 * Side by side, so a lookup touches one cache line, not two.
	 */
	private readonly _table: Int32Array;
	private readonly _mask: number;
	/**
	 * The stored integers, not scaled: every weight shares one scale, so sums of integers rank the tags
	 * exactly as the scaled weights would, with half the memory to read and no rounding on the way.
	 */
	private readonly _weights: Int16Array;
	private readonly _features = new Int32Array(maxFeatures);
	private readonly _scores = new Int32Array(tagCount);
	/** The name lists the weights were learned with (empty for a file without them). */
	public readonly lists: NameLists;

	constructor(data: TaggerModelData) {
		if (data.format !== 'seed-reader-tagger/1' || data.labels.length !== tagCount) {
			throw new Error('Unsupported entity tagger weights file');
		}
		this.lists = data.lists ? new NameLists(data.lists) : NameLists.empty;
		const keys = readIntegers(decodeBase64(data.keys), 4);
		const q = readIntegers(decodeBase64(data.weights), 2);
		this._weights = q;
		let size = 1;
		while (size < keys.length * 2) {
			size <<= 1;
		}
		this._table = new Int32Array(size * 2);
		this._mask = size - 1;
		for (let r = 0; r < keys.length; r++) {
			let slot = keys[r] & this._mask;
			while (this._table[slot * 2] !== 0) {
				slot = (slot + 1) & this._mask;
			}
			this._table[slot * 2] = keys[r] + 1;
			this._table[slot * 2 + 1] = r * tagCount;
		}
	}

	/** Row offset of a feature's weights, or -1 when the model does not know it. */
	private _row(key: number): number {
		const table = this._table;
		let slot = key & this._mask;
		const want = key + 1;
		for (;;) {
			const k = table[slot * 2];
			if (k === want) {
				return table[slot * 2 + 1];
			}
			if (k === 0) {
				return -1;
			}
			slot = (slot + 1) & this._mask;
		}
	}

	/**
	 * Weight sums of a word's single-word feature groups, one block of `tagCount` per slot, then one per previous
	 * tag for the features pairing the word with it; computed once per distinct word (the sums are exact: a
	 * score is a plain sum of feature weights).
	 */
	private _wordScores(info: WordInfo | undefined): Int32Array {
		if (!info) {
			return this._boundary ??= this._sumSlots(undefined);
		}
		if (info.scoredBy !== this || !info.scores) {
			info.scores = this._sumSlots(info);
			info.scoredBy = this;
		}
		return info.scores;
	}

	private _boundary: Int32Array | undefined;

	private _sumSlots(info: WordInfo | undefined): Int32Array {
		// After the five slots, the word's two features paired with the previous tag, one block per tag:
		// they depend on this word alone once the tag is known, so no hashing is left for the sentence loop.
		const sums = new Int32Array((slotCount + startTag + 1) * tagCount);
		const feats = this._features;
		const w = this._weights;
		for (let slot = 0; slot < slotCount; slot++) {
			const count = slotFeatures(info, slot as Slot, feats, 0);
			for (let k = 0; k < count; k++) {
				const row = this._row(feats[k]);
				if (row >= 0) {
					for (let t = 0; t < tagCount; t++) {
						sums[slot * tagCount + t] += w[row + t];
					}
				}
			}
		}
		if (info) {
			for (let p1 = 0; p1 <= startTag; p1++) {
				const offset = (slotCount + p1) * tagCount;
				this._addFeature(18, mix(p1, info.hShort), sums, offset);
				this._addFeature(28, mix(p1, info.hLower), sums, offset);
			}
		}
		return sums;
	}

	/** Adds the weights of feature `template` with `value` to `into` at `offset` (table building). */
	private _addFeature(template: number, value: number, into: Int32Array, offset: number): void {
		const row = this._row(mix(template, value) & 0x3fffffff);
		if (row >= 0) {
			for (let t = 0; t < tagCount; t++) {
				into[offset + t] += this._weights[row + t];
			}
		}
	}

	private _tables: {
		tags: Int32Array; initialCap: Int32Array; gazSpan: Int32Array; docBits: Int32Array; gazTag: Int32Array;
		listTag: Int32Array;
	} | undefined;

	/** Weight sums of the context features whose values range over a few small numbers, by value. */
	private _contextTables(): NonNullable<SeedTagger['_tables']> {
		if (this._tables) {
			return this._tables;
		}
		const tags = new Int32Array(100 * tagCount);
		const gazTag = new Int32Array(16 * 10 * tagCount);
		for (let p2 = 0; p2 < 10; p2++) {
			for (let p1 = 0; p1 < 10; p1++) {
				this._addFeature(16, p1, tags, (p2 * 10 + p1) * tagCount);
				this._addFeature(17, p2 * 16 + p1, tags, (p2 * 10 + p1) * tagCount);
			}
		}
		const initialCap = new Int32Array(8 * tagCount);
		for (let v = 0; v < 8; v++) {
			this._addFeature(21, v, initialCap, v * tagCount);
		}
		const gazSpan = new Int32Array(16 * tagCount);
		for (let g = 0; g < 16; g++) {
			this._addFeature(26, g, gazSpan, g * tagCount);
			for (let p1 = 0; p1 < 10; p1++) {
				this._addFeature(30, mix(g, p1), gazTag, (g * 10 + p1) * tagCount);
			}
		}
		const docBits = new Int32Array(64 * tagCount);
		for (let v = 0; v < 64; v++) {
			this._addFeature(27, v, docBits, v * tagCount);
		}
		// The name lists' bits, alone and with the previous tag, in one table.
		const listTag = new Int32Array(listBitValues * 10 * tagCount);
		for (let bits = 0; bits < listBitValues; bits++) {
			for (let p1 = 0; p1 < 10; p1++) {
				const at = (bits * 10 + p1) * tagCount;
				this._addFeature(32, bits, listTag, at);
				this._addFeature(33, bits * 16 + p1, listTag, at);
			}
		}
		this._tables = { tags, initialCap, gazSpan, docBits, gazTag, listTag };
		return this._tables;
	}

	/**
	 * The context features of `features.contextFeatures`, scored the fast way: the small-valued ones from
	 * tables (added to `scores`), the rest written to `feats` for lookup. Returns how many were written.
	 * A unit test checks that this equals scoring `extractFeatures` one by one.
	 */
	private _contextScores(s: TagSentence, ctx: TagContext, i: number, p1: number, p2: number, scores: Int32Array, feats: Int32Array): number {
		const tables = this._contextTables();
		const infos = s.infos;
		const o = s.start;
		const w = infos[o + i];
		const prev = i > 0 ? infos[o + i - 1] : undefined;
		const next = i + 1 < s.length ? infos[o + i + 1] : undefined;
		const initial = s.initial[i] ? 1 : 0;
		const gaz = s.gazSpan[i];
		const docBits = ctx.seenBits(w) + initial * 4 + w.cap + (s.allCaps ? 32 : 0);
		const a = (p2 * 10 + p1) * tagCount;
		const b = (initial * 4 + w.cap) * tagCount;
		const c = gaz * tagCount;
		const d = docBits * tagCount;
		const e = (gaz * 10 + p1) * tagCount;
		const bits = s.listBits[i];
		const f = (bits * 10 + p1) * tagCount;
		const allowed = allowedAfter[p1];
		for (let k = 0; k < allowed.length; k++) {
			const t = allowed[k];
			scores[t] += tables.tags[a + t] + tables.initialCap[b + t] + tables.gazSpan[c + t] + tables.docBits[d + t] + tables.gazTag[e + t]
				+ tables.listTag[f + t];
		}
		const pLower = prev ? prev.hLower : BOS;
		const nLower = next ? next.hLower : EOS;
		const pShort = prev ? prev.hShort : BOS;
		const nShort = next ? next.hShort : EOS;
		let n = 0;
		feats[n++] = mix(19, mix(pLower, w.hLower)) & 0x3fffffff;
		feats[n++] = mix(20, mix(w.hLower, nLower)) & 0x3fffffff;
		if (s.allCaps) {
			feats[n++] = mix(22, w.hLower) & 0x3fffffff;
		}
		feats[n++] = mix(29, mix(mix(pShort, w.hShort), nShort)) & 0x3fffffff;
		feats[n++] = mix(31, mix(prev ? prev.hSuf3 : BOS, w.hShort)) & 0x3fffffff;
		return n;
	}

	/**
	 * The weights of one feature (by key) as stored, in units of the file's `scale`, or undefined when the
	 * model does not know it.
	 */
	public featureWeights(key: number): Int16Array | undefined {
		const row = this._row(key);
		return row < 0 ? undefined : this._weights.subarray(row, row + tagCount);
	}

	/**
	 * Tags one sentence; returns label indices into `tagLabels`, in `into` when it is long enough (the first
	 * `s.length` entries), else in a new array.
	 */
	public tag(s: TagSentence, ctx: TagContext, into?: Uint8Array): Uint8Array {
		const infos = s.infos;
		const o = s.start;
		const n = s.length;
		const out = into && into.length >= n ? into : new Uint8Array(n);
		const feats = this._features;
		const scores = this._scores;
		const w = this._weights;
		let p1: number = startTag;
		let p2: number = startTag;
		for (let i = 0; i < n; i++) {
			let best = 0;
			// A word that can neither start nor go on with a name is O without scoring (see isScored).
			if (isScored(infos[o + i], p1)) {
				// Only the tags that may follow p1 are scored: an I-X tag only continues B-X or I-X, so outside
				// an entity four of the nine never win.
				const allowed = allowedAfter[p1];
				const m = allowed.length;
				const self = this._wordScores(infos[o + i]);
				const prev = this._wordScores(i > 0 ? infos[o + i - 1] : undefined);
				const next = this._wordScores(i + 1 < n ? infos[o + i + 1] : undefined);
				const prev2 = this._wordScores(i > 1 ? infos[o + i - 2] : undefined);
				const next2 = this._wordScores(i + 2 < n ? infos[o + i + 2] : undefined);
				const afterTag = (slotCount + p1) * tagCount;
				for (let k = 0; k < m; k++) {
					const t = allowed[k];
					scores[t] = self[t] + self[afterTag + t] + prev[tagCount + t] + next[2 * tagCount + t] + prev2[3 * tagCount + t] + next2[4 * tagCount + t];
				}
				const count = this._contextScores(s, ctx, i, p1, p2, scores, feats);
				for (let f = 0; f < count; f++) {
					const row = this._row(feats[f]);
					if (row >= 0) {
						for (let k = 0; k < m; k++) {
							scores[allowed[k]] += w[row + allowed[k]];
						}
					}
				}
				// The first best in tag order, as bestAllowedTag picks it.
				let bestScore = scores[0];
				for (let k = 1; k < m; k++) {
					const t = allowed[k];
					if (scores[t] > bestScore) {
						bestScore = scores[t];
						best = t;
					}
				}
			}
			out[i] = best;
			p2 = p1;
			p1 = best;
		}
		return out;
	}
}

/**
 * Whether the tagger scores a word after tag `p1`; an unscored word is O. A word without a capital starts
 * no name, and continues one only as a connector or a number ("Bank of England", "Windows 95"): the name
 * ends at "said" or a comma without scoring the nine tags. Training skips the same words.
 */
export function isScored(info: WordInfo, p1: number): boolean {
	return info.cap !== Case.None || (p1 !== 0 && p1 !== startTag && info.continuesName);
}

/** The tags that may follow each previous tag (`startTag` included), in tag order: O, every B-X, and I-X after B-X or I-X. */
const allowedAfter: readonly Uint8Array[] = Array.from({ length: startTag + 1 }, (_, prev) =>
	Uint8Array.from({ length: tagCount }, (_, t) => t).filter(t => t === 0 || t % 2 === 1 || prev === t || prev === t - 1));

/** The best tag that may follow `prev`: an I-X tag only continues B-X or I-X. */
export function bestAllowedTag(scores: ArrayLike<number>, prev: number): number {
	let best = 0;
	let bestScore = scores[0];
	for (let t = 1; t < tagCount; t++) {
		if (t % 2 === 0 && !(prev === t || prev === t - 1)) {
			continue;
		}
		if (scores[t] > bestScore) {
			bestScore = scores[t];
			best = t;
		}
	}
	return best;
}
