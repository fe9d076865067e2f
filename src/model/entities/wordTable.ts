/**
 * Word infos looked up straight from the text: a token needs no string of its own unless its word is new.
 */
import { hashRange } from '../hash';
import { wordInfo, type WordInfo } from './wordInfo';

/**
 * Word infos by the FNV hash of their characters (the same hash as `hWord`), so that a token is found
 * without slicing it out of the text: most tokens are words seen before.
 */
let internHashes = new Int32Array(1 << 14);
let internInfos: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(1 << 14).fill(undefined);
let internCount = 0;

function sameChars(word: string, text: string, start: number, end: number): boolean {
	if (word.length !== end - start) {
		return false;
	}
	for (let i = 0; i < word.length; i++) {
		if (word.charCodeAt(i) !== text.charCodeAt(start + i)) {
			return false;
		}
	}
	return true;
}

function internSlot(hash: number): number {
	const mask = internInfos.length - 1;
	let slot = hash & mask;
	while (internInfos[slot] !== undefined) {
		slot = (slot + 1) & mask;
	}
	return slot;
}

/** `wordInfo(text.slice(start, end))`, without the slice when the word was seen before. */
export function wordAt(text: string, start: number, end: number): WordInfo {
	const h = hashRange(text, start, end);
	const mask = internInfos.length - 1;
	for (let slot = h & mask; ; slot = (slot + 1) & mask) {
		const known = internInfos[slot];
		if (known === undefined) {
			break;
		}
		if (internHashes[slot] === h && sameChars(known.word, text, start, end)) {
			return known;
		}
	}
	const info = wordInfo(text.slice(start, end));
	if (internCount >= 200_000) {
		internInfos.fill(undefined);
		internCount = 0;
	} else if ((internCount + 1) * 2 > internInfos.length) {
		const oldInfos = internInfos;
		const oldHashes = internHashes;
		internInfos = new Array<WordInfo | undefined>(oldInfos.length * 2).fill(undefined);
		internHashes = new Int32Array(oldInfos.length * 2);
		for (let k = 0; k < oldInfos.length; k++) {
			if (oldInfos[k] !== undefined) {
				const slot = internSlot(oldHashes[k]);
				internInfos[slot] = oldInfos[k];
				internHashes[slot] = oldHashes[k];
			}
		}
	}
	const slot = internSlot(h);
	internInfos[slot] = info;
	internHashes[slot] = h;
	internCount++;
	return info;
}
