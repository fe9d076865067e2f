/**
 * A greedy left-to-right averaged-perceptron tagger over BIO labels. The weights are numbers produced by
 * `scripts/entities/train.ts` and shipped as one JSON file (`data/tagger.json`), loaded on first use.
 */
import { Case, extractFeatures, maxFeatures, startTag, tagCount, type TagContext, type TagSentence } from './features';

/** The JSON weights file. */
export interface TaggerModelData {
	readonly format: 'seed-reader-tagger/1';
	readonly labels: readonly string[];
	/** Multiply stored integers by this to get weights. */
	readonly scale: number;
	/** Base64 of little-endian Int32 feature keys. */
	readonly keys: string;
	/** Base64 of little-endian Int16 weights, `labels.length` per key, in key order. */
	readonly weights: string;
}

const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64Index = new Uint8Array(128);
for (let i = 0; i < b64.length; i++) {
	b64Index[b64.charCodeAt(i)] = i;
}

/** Decodes base64 without Buffer or atob, so it runs in Node and in the browser alike. */
export function decodeBase64(s: string): Uint8Array {
	let len = s.length;
	while (len > 0 && s[len - 1] === '=') {
		len--;
	}
	const out = new Uint8Array((len * 3) >> 2);
	let o = 0;
	for (let i = 0; i < len; i += 4) {
		const a = b64Index[s.charCodeAt(i)];
		const b = b64Index[s.charCodeAt(i + 1)];
		const c = i + 2 < len ? b64Index[s.charCodeAt(i + 2)] : 0;
		const d = i + 3 < len ? b64Index[s.charCodeAt(i + 3)] : 0;
		const n = (a << 18) | (b << 12) | (c << 6) | d;
		if (o < out.length) { out[o++] = n >> 16; }
		if (o < out.length) { out[o++] = (n >> 8) & 255; }
		if (o < out.length) { out[o++] = n & 255; }
	}
	return out;
}

export function encodeBase64(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		out += b64[n >> 18] + b64[(n >> 12) & 63] + (i + 1 < bytes.length ? b64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? b64[n & 63] : '=');
	}
	return out;
}

function readInt32(bytes: Uint8Array): Int32Array {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const out = new Int32Array(bytes.byteLength >> 2);
	for (let i = 0; i < out.length; i++) {
		out[i] = view.getInt32(i * 4, true);
	}
	return out;
}

function readInt16(bytes: Uint8Array): Int16Array {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const out = new Int16Array(bytes.byteLength >> 1);
	for (let i = 0; i < out.length; i++) {
		out[i] = view.getInt16(i * 2, true);
	}
	return out;
}

export class SeedTagger {
	/** Open-addressing table: slot -> key + 1 (0 = empty). */
	private readonly _slots: Int32Array;
	/** Slot -> row index into `_weights`. */
	private readonly _rows: Int32Array;
	private readonly _mask: number;
	private readonly _weights: Float32Array;
	private readonly _features = new Int32Array(maxFeatures);
	private readonly _scores = new Float32Array(tagCount);

	constructor(data: TaggerModelData) {
		if (data.format !== 'seed-reader-tagger/1' || data.labels.length !== tagCount) {
			throw new Error('Unsupported entity tagger weights file');
		}
		const keys = readInt32(decodeBase64(data.keys));
		const q = readInt16(decodeBase64(data.weights));
		this._weights = new Float32Array(q.length);
		for (let i = 0; i < q.length; i++) {
			this._weights[i] = q[i] * data.scale;
		}
		let size = 1;
		while (size < keys.length * 2) {
			size <<= 1;
		}
		this._slots = new Int32Array(size);
		this._rows = new Int32Array(size);
		this._mask = size - 1;
		for (let r = 0; r < keys.length; r++) {
			let slot = keys[r] & this._mask;
			while (this._slots[slot] !== 0) {
				slot = (slot + 1) & this._mask;
			}
			this._slots[slot] = keys[r] + 1;
			this._rows[slot] = r * tagCount;
		}
	}

	/** Row offset of a feature's weights, or -1 when the model does not know it. */
	private _row(key: number): number {
		let slot = key & this._mask;
		const want = key + 1;
		for (;;) {
			const k = this._slots[slot];
			if (k === want) {
				return this._rows[slot];
			}
			if (k === 0) {
				return -1;
			}
			slot = (slot + 1) & this._mask;
		}
	}

	/** Tags one sentence; returns label indices into `tagLabels`. */
	public tag(s: TagSentence, ctx: TagContext): Uint8Array {
		const n = s.infos.length;
		const out = new Uint8Array(n);
		const feats = this._features;
		const scores = this._scores;
		const w = this._weights;
		let p1: number = startTag;
		let p2: number = startTag;
		for (let i = 0; i < n; i++) {
			let best = 0;
			// Outside an entity, a word without a capital letter starts none: skip the scoring.
			if (!((p1 === 0 || p1 === startTag) && s.infos[i].cap === Case.None)) {
				scores.fill(0);
				const count = extractFeatures(s, ctx, i, p1, p2, feats);
				for (let k = 0; k < count; k++) {
					const row = this._row(feats[k]);
					if (row >= 0) {
						for (let t = 0; t < tagCount; t++) {
							scores[t] += w[row + t];
						}
					}
				}
				best = bestAllowedTag(scores, p1);
			}
			out[i] = best;
			p2 = p1;
			p1 = best;
		}
		return out;
	}
}

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
