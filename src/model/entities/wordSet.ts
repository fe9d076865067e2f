/**
 * The per-block word sets of the tagger's context features ("written in lower case here", "capitalised
 * mid-sentence here"), reused from block to block: cleared by bumping a generation number, and keyed by
 * the word's FNV hash, which every `WordInfo` already carries, so adding a word rehashes nothing.
 */
import { hashString } from './wordInfo';

export class WordSet {
	private _hashes = new Int32Array(256);
	private _words: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);
	/** An entry is live when its stamp is the current generation. */
	private _stamps = new Uint32Array(256);
	private _generation = 1;
	private _size = 0;

	public clear(): void {
		this._size = 0;
		if (++this._generation >= 0xffffffff) {
			this._stamps.fill(0);
			this._generation = 1;
		}
	}

	/** Adds `word`; `hash` must be `hashString(word)` when given. */
	public add(word: string, hash = hashString(word)): void {
		if ((this._size + 1) * 2 > this._words.length) {
			this._grow();
		}
		const h = hash | 0;
		const mask = this._words.length - 1;
		let slot = h & mask;
		while (this._stamps[slot] === this._generation) {
			if (this._hashes[slot] === h && this._words[slot] === word) {
				return;
			}
			slot = (slot + 1) & mask;
		}
		this._stamps[slot] = this._generation;
		this._hashes[slot] = h;
		this._words[slot] = word;
		this._size++;
	}

	/** Whether `word` was added since the last clear; `hash` must be `hashString(word)` when given. */
	public has(word: string, hash = hashString(word)): boolean {
		const h = hash | 0;
		const mask = this._words.length - 1;
		for (let slot = h & mask; this._stamps[slot] === this._generation; slot = (slot + 1) & mask) {
			if (this._hashes[slot] === h && this._words[slot] === word) {
				return true;
			}
		}
		return false;
	}

	private _grow(): void {
		const hashes = this._hashes;
		const words = this._words;
		const stamps = this._stamps;
		const live = this._generation;
		const size = words.length * 2;
		this._hashes = new Int32Array(size);
		this._words = new Array<string | undefined>(size).fill(undefined);
		this._stamps = new Uint32Array(size);
		this._generation = 1;
		this._size = 0;
		for (let slot = 0; slot < words.length; slot++) {
			if (stamps[slot] === live) {
				this.add(words[slot]!, hashes[slot]);
			}
		}
	}
}
