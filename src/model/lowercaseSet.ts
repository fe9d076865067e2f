/**
 * A set of lower-case words, asked about a span of a string as if the span were lower-cased first.
 * For an ASCII span, the common case, no lower-cased copy is made: the classifier asks about most
 * short lines, and copying and hashing each one showed up in parse profiles. Other spans take the
 * copy, so the answer is always what `set.has(span.toLowerCase())` would give.
 */
export class LowercaseSet {
	readonly #words: ReadonlySet<string>;
	readonly #asciiByHash = new Map<number, string[]>();

	constructor(words: Iterable<string>) {
		this.#words = new Set(words);
		for (const word of this.#words) {
			const hash = asciiLowercaseHash(word, 0, word.length);
			if (hash !== notAscii) {
				const bucket = this.#asciiByHash.get(hash);
				if (bucket) {
					bucket.push(word);
				} else {
					this.#asciiByHash.set(hash, [word]);
				}
			}
		}
	}

	public has(text: string, start = 0, end = text.length): boolean {
		const hash = asciiLowercaseHash(text, start, end);
		if (hash === notAscii) {
			return this.#words.has(text.slice(start, end).toLowerCase());
		}
		const bucket = this.#asciiByHash.get(hash);
		return bucket !== undefined && bucket.some(word => equalsLowercased(word, text, start, end));
	}
}

const notAscii = -1;

/** A hash of the lower-cased ASCII span, never `notAscii`; `notAscii` if the span has other characters. */
function asciiLowercaseHash(text: string, start: number, end: number): number {
	let hash = end - start;
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c >= 128) {
			return notAscii;
		}
		hash = (Math.imul(hash, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) & 0x3fffffff;
	}
	return hash;
}

function equalsLowercased(word: string, text: string, start: number, end: number): boolean {
	if (word.length !== end - start) {
		return false;
	}
	for (let i = 0; i < word.length; i++) {
		const c = text.charCodeAt(start + i);
		if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(i)) {
			return false;
		}
	}
	return true;
}
