/**
 * FNV-1a over UTF-16 code units, as a signed 32-bit integer: hashes are stored in every word info of
 * the entity engine, and an unsigned one above 2^31 is a double there, boxed into a fresh heap number
 * each time it is passed on. Features only mix the bits, so the sign changes nothing they compute.
 */

/** The hash of `text[start, end)`, without slicing it: `hashRange(t, i, j) === hashString(t.slice(i, j))`. */
export function hashRange(text: string, start: number, end: number): number {
	let h = 0x811c9dc5;
	for (let i = start; i < end; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h | 0;
}

export function hashString(s: string): number {
	return hashRange(s, 0, s.length);
}
