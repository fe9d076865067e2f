/**
 * The tagger's weights file (`data/tagger.json`): feature keys and quantised weights as base64 of
 * little-endian integers, read without Buffer or atob so that it works in Node and in the browser alike.
 */
import type { NameListsData } from './nameLists';

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
	/** The generated name lists the weights were learned with (scripts/entities/generateNameLists.mjs). */
	readonly lists?: NameListsData;
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

/**
 * Little-endian integers of `bytes` (the file's byte order, whatever the machine's), as Int32 or Int16,
 * by the width `bytes` per integer.
 */
export function readIntegers(bytes: Uint8Array, width: 4): Int32Array;
export function readIntegers(bytes: Uint8Array, width: 2): Int16Array;
export function readIntegers(bytes: Uint8Array, width: 4 | 2): Int32Array | Int16Array {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const count = Math.floor(bytes.byteLength / width);
	const out = width === 4 ? new Int32Array(count) : new Int16Array(count);
	for (let i = 0; i < count; i++) {
		out[i] = width === 4 ? view.getInt32(i * 4, true) : view.getInt16(i * 2, true);
	}
	return out;
}
