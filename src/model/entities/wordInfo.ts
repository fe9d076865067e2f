/**
 * What the tagger knows of one word on its own: case, gazetteer class and the hashes of the values its
 * features look at, computed once per distinct word (news text repeats its words a lot).
 */
import { hashString } from '../hash';
import { figureHints } from './figures';
import { GazClass, gazetteer, type GazEntry } from './gazetteer';
import type { LowerForm, LowerFormSlot } from './lowerForms';

export const enum Case {
	/** No upper-case initial: lower case, digits, punctuation, and scripts without case. */
	None = 0,
	Initial = 1,
	AllCaps = 2,
}

export interface WordInfo extends LowerFormSlot {
	readonly word: string;
	readonly lower: string;
	readonly cap: Case;
	/** The word has at least one cased letter (so it can be lower case). */
	readonly hasLower: boolean;
	/** The word is written in capitals only (no lower-case letter). */
	readonly upper: boolean;
	readonly gaz: GazClass;
	readonly hWord: number;
	readonly hLower: number;
	readonly hSuf2: number;
	readonly hSuf3: number;
	readonly hSuf4: number;
	readonly hPre3: number;
	readonly hShape: number;
	readonly hShort: number;
	/** The word (lower-cased) starts a gazetteer phrase of two or more tokens. */
	readonly phraseStart: boolean;
	/** The gazetteer entry of the word alone (lower-cased). */
	readonly phrase: GazEntry | undefined;
	/** What the word may start of a date or figure (`FigureHint` bits). */
	readonly figures: number;
	/** Written without a capital, the word may still continue a name ("of", "de", "&", a number). */
	readonly continuesName: boolean;
	// The fields below are memos written after creation. A recogniser's infos are its own (wordTable.ts), but
	// the infos of word lists (`wordInfo`: training, tests) go through any tagger and block context, which is
	// safe because each memo is either a pure function of the word (`lexicon`) or tagged with the object that
	// made it (`scoredBy`, `listedBy`, `formTable`) and used only by that object: another one recomputes and
	// takes the slot over, so what one reads never depends on what another did.
	/** Bits of the clean-ups' word lists, 0 until first asked (see refine.ts). */
	lexicon: number;
	/** The record of its lower-case form last asked for, and the table it belongs to (a memo: see lowerForms.ts). */
	form: LowerForm | undefined;
	formTable: object | undefined;
	/** A tagger's memoised weight sums for this word, and which tagger made them (see tagger.ts). */
	scores: Int32Array | undefined;
	scoredBy: unknown;
	/** The name lists' `ListBit`s of the word alone, the longest listed phrase it starts (0: none), and which lists said so (see nameLists.ts). */
	listSingle: number;
	listLongest: number;
	listedBy: unknown;
}

/**
 * Mixes two 32-bit values. The result is a signed 32-bit integer (the same bits as its unsigned reading):
 * features mask it to 30 bits, and a signed result stays a small integer instead of a boxed number.
 */
export function mix(a: number, b: number): number {
	let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
	h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
	return h ^ (h >>> 13);
}

function shapeOf(word: string, collapse: boolean): string {
	let out = '';
	let last = '';
	let run = 0;
	for (let i = 0; i < word.length && out.length < 12; i++) {
		const ch = word[i];
		let c: string;
		if (ch >= '0' && ch <= '9') {
			c = 'd';
		} else if (ch.toLowerCase() !== ch) {
			c = 'X';
		} else if (ch.toUpperCase() !== ch) {
			c = 'x';
		} else if (/\p{L}/u.test(ch)) {
			c = 'a';
		} else {
			c = ch;
		}
		run = c === last ? run + 1 : 1;
		last = c;
		if (run <= (collapse ? 1 : 3)) {
			out += c;
		}
	}
	return out;
}

const nameConnectors = new Set(['of', 'and', 'the', 'de', 'van', 'der', 'den', 'da', 'du', 'la', 'le', 'von', 'al', 'el', 'bin', 'ibn',
	'y', 'di', 'del', 'della', 'dello', 'dos', 'das', 'et', '&', 'for', 'on', 'in', 'at', "'s", "'", '/']);

/** Hashes and classes of one word, made afresh (a recogniser's `WordTable` keeps them). */
export function newWordInfo(word: string): WordInfo {
	const lower = word.toLowerCase();
	const upper = word.toUpperCase();
	const hasLower = lower !== upper;
	const first = word[0];
	let cap = Case.None;
	if (first.toLowerCase() !== first) {
		cap = word === upper && word.length > 1 && /\p{L}.*\p{L}|^\p{L}\./u.test(word) ? Case.AllCaps : Case.Initial;
	}
	const gaz = gazetteer();
	const g = gaz.words.get(lower) ?? GazClass.None;
	const info: WordInfo = {
		word, lower, cap, hasLower, upper: word === upper, gaz: g,
		hWord: hashString(word),
		hLower: hashString(lower),
		hSuf2: hashString(lower.slice(-2)),
		hSuf3: hashString(lower.slice(-3)),
		hSuf4: hashString(lower.slice(-4)),
		hPre3: hashString(lower.slice(0, 3)),
		hShape: hashString(shapeOf(word, false)),
		hShort: hashString(shapeOf(word, true)),
		phraseStart: gaz.phraseStarts.has(lower),
		phrase: gaz.phrases.get(lower),
		figures: figureHints(word),
		continuesName: nameConnectors.has(lower) || /\d/.test(word),
		lexicon: 0,
		form: undefined,
		formTable: undefined,
		scores: undefined,
		scoredBy: undefined,
		listSingle: 0,
		listLongest: 0,
		listedBy: undefined,
	};
	return info;
}

/** More words than this, and the word lists' cache starts again (a long session's words add up). */
const maxCachedWords = 200_000;

/**
 * Infos of the words of word lists (`makeSentence`: training, tests), by spelling. A recogniser reads
 * words through a table of its own (wordTable.ts), so what it finds never depends on this one.
 */
const wordListInfos = new Map<string, WordInfo>();

/** Hashes and classes of one word, memoised: word lists repeat their words a lot. */
export function wordInfo(word: string): WordInfo {
	let info = wordListInfos.get(word);
	if (!info) {
		info = newWordInfo(word);
		if (wordListInfos.size > maxCachedWords) {
			wordListInfos.clear();
		}
		wordListInfos.set(word, info);
	}
	return info;
}
