/**
 * Word infos looked up straight from the text: a token needs no string of its own unless its word is new.
 * Each recogniser owns one table, so which infos it finds (and so which tokens are the same word, by
 * identity) depends on its own texts only, never on another recogniser's.
 */
import { hashRange } from '../hash';
import { newWordInfo, type WordInfo } from './wordInfo';

/** More words than this, and the table starts again (a long session's words add up). */
const maxWords = 200_000;

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

export class WordTable {
	/**
	 * Word infos by the FNV hash of their characters (the same hash as `hWord`), open addressing, so that
	 * a token is found without slicing it out of the text: most tokens are words seen before.
	 */
	private _hashes = new Int32Array(1 << 14);
	private _infos: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(1 << 14).fill(undefined);
	private _count = 0;

	/** The info of `word`: the table's own when it has seen the word. */
	public info(word: string): WordInfo {
		return this.at(word, 0, word.length);
	}

	/** `info(text.slice(start, end))`, without the slice when the word was seen before. */
	public at(text: string, start: number, end: number): WordInfo {
		const h = hashRange(text, start, end);
		const mask = this._infos.length - 1;
		for (let slot = h & mask; ; slot = (slot + 1) & mask) {
			const known = this._infos[slot];
			if (known === undefined) {
				break;
			}
			if (this._hashes[slot] === h && sameChars(known.word, text, start, end)) {
				return known;
			}
		}
		// The table is the only store: a second map of the same words behind it would hold each word twice.
		const info = newWordInfo(text.slice(start, end));
		if (this._count >= maxWords) {
			this._infos.fill(undefined);
			this._count = 0;
		} else if ((this._count + 1) * 2 > this._infos.length) {
			this._grow();
		}
		const slot = this._freeSlot(h);
		this._infos[slot] = info;
		this._hashes[slot] = h;
		this._count++;
		return info;
	}

	/** Doubles the table, every word moved to its slot in the larger one. */
	private _grow(): void {
		const oldInfos = this._infos;
		const oldHashes = this._hashes;
		this._infos = new Array<WordInfo | undefined>(oldInfos.length * 2).fill(undefined);
		this._hashes = new Int32Array(oldInfos.length * 2);
		for (let k = 0; k < oldInfos.length; k++) {
			if (oldInfos[k] !== undefined) {
				const slot = this._freeSlot(oldHashes[k]);
				this._infos[slot] = oldInfos[k];
				this._hashes[slot] = oldHashes[k];
			}
		}
	}

	private _freeSlot(hash: number): number {
		const mask = this._infos.length - 1;
		let slot = hash & mask;
		while (this._infos[slot] !== undefined) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}
}
