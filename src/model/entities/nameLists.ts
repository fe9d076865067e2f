/**
 * The generated name lists (towns and cities, first-level divisions, given names, surnames) shipped inside the
 * tagger's weights file, since the weights were learned with them (scripts/entities/generateNameLists.mjs).
 * They give the tagger one feature per token, "this token is in a span a list knows", and the clean-ups a
 * way to tell a place from a person.
 */
import { tokenize } from './tokenize';
import { Case, type WordInfo } from './wordInfo';

/** The lists as stored: names one a line, as written. */
export interface NameListsData {
	readonly sources: string;
	readonly places: string;
	readonly divisions: string;
	readonly givenNames: string;
	/** Absent from weights files made before surnames were listed. */
	readonly surnames?: string;
}

/** Bits of a token's list value; they are tagger feature values, so never change them. */
export const enum ListBit {
	/** A town or city. */
	Place = 1,
	/** A state, province or other first-level division. */
	Division = 2,
	/** A given name. */
	GivenName = 4,
	/** A surname, from the name lists of many countries (a German or Polish one the tagger never read). */
	Surname = 8,
}

/** How many values a token's `ListBit`s can take (every combination of the bits above). */
export const listBitValues = 16;

/** Characters the tokeniser splits a word at, beyond spaces. */
const needsTokenizer = /['\u2019,.()&/]/;

/** Shared "no list knows it" values for the common case of a sentence with no listed name. */
const sharedLength = 1024;
const none = new Uint8Array(sharedLength);

export class NameLists {
	/** Phrase (token texts lower-cased, joined by one space) -> `ListBit`s. */
	private readonly _phrases = new Map<string, number>();
	/** First word (lower-cased) of a phrase of two or more tokens -> the longest such phrase, in tokens. */
	private readonly _starts = new Map<string, number>();

	/** Empty lists: a weights file from before the lists knows no names. */
	public static readonly empty = new NameLists(undefined);

	constructor(data: NameListsData | undefined) {
		if (!data) {
			return;
		}
		this._addAll(data.places, ListBit.Place);
		this._addAll(data.divisions, ListBit.Division);
		this._addAll(data.givenNames, ListBit.GivenName);
		this._addAll(data.surnames ?? '', ListBit.Surname);
	}

	private _addAll(names: string, bit: ListBit): void {
		for (const name of names.split('\n')) {
			if (!name) {
				continue;
			}
			// Split on spaces, as the tokeniser splits them (hyphenated words stay whole); a name with
			// an apostrophe, a dot, a comma or a bracket as the tokeniser splits it ("Cox's Bazar": "Cox", "'s", "Bazar").
			const words = needsTokenizer.test(name) ? tokenize(name).map(t => t.text) : name.split(' ');
			const key = words.join(' ').toLowerCase();
			this._phrases.set(key, (this._phrases.get(key) ?? 0) | bit);
			if (words.length > 1) {
				const first = words[0].toLowerCase();
				this._starts.set(first, Math.max(this._starts.get(first) ?? 0, words.length));
			}
		}
	}

	/** The `ListBit`s of a name written as `words` (the whole phrase; 0 when no list knows it). */
	public bitsOf(phrase: string): number {
		if (this._phrases.size === 0) {
			return 0;
		}
		const key = needsTokenizer.test(phrase) ? tokenize(phrase).map(t => t.text).join(' ') : phrase.replace(/\s+/g, ' ');
		return this._phrases.get(key.toLowerCase()) ?? 0;
	}

	/** Whether a list knows anything. */
	public get isEmpty(): boolean {
		return this._phrases.size === 0;
	}

	/**
	 * Per token of `infos[start, start + count)`, the `ListBit`s of every listed span that covers it. A span
	 * starts at a capitalised word (any word in a sentence in capitals).
	 */
	public spans(infos: readonly WordInfo[], start: number, count: number, allCaps: boolean): Uint8Array {
		if (this._phrases.size === 0) {
			return count <= sharedLength ? none : new Uint8Array(count);
		}
		let out: Uint8Array | undefined;
		for (let i = 0; i < count; i++) {
			const first = infos[start + i];
			if (first.cap === Case.None && !allCaps) {
				continue;
			}
			// What the lists say of the word alone is memoised on its info: two map lookups per capitalised
			// token were a fifth of the tagging time.
			if (first.listedBy !== this) {
				first.listSingle = this._phrases.get(first.lower) ?? 0;
				first.listLongest = this._starts.get(first.lower) ?? 0;
				first.listedBy = this;
			}
			const single = first.listSingle;
			if (single !== 0) {
				out ??= new Uint8Array(count);
				out[i] |= single;
			}
			const longest = first.listLongest;
			if (longest !== 0) {
				let key = first.lower;
				for (let n = 2; n <= longest && i + n <= count; n++) {
					key += ' ' + infos[start + i + n - 1].lower;
					const bits = this._phrases.get(key);
					if (bits !== undefined) {
						out ??= new Uint8Array(count);
						for (let k = 0; k < n; k++) {
							out[i + k] |= bits;
						}
					}
				}
			}
		}
		return out ?? (count <= sharedLength ? none : new Uint8Array(count));
	}
}
