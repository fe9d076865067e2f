/**
 * Second mentions the tagger missed ("between Austin and Gallant"): every other whole-word occurrence of a
 * person's full name or surname found in body text. A native search for the names' first words skips the
 * blocks that have none; the rest are scanned character by character, and a capitalised word is hashed only
 * when its first letter and length can start a known name.
 */
import { hashRange, hashString } from '../hash';
import type { BlockKind } from '../types';
import { entitySpan, mergeSpans } from './spans';
import type { EntitySpan } from './types';
import { classesAt, classesBefore, codeUnitsAt, Uc } from './unicodeClasses';

/** One block's spans; their offsets are relative to the block's `start`. */
export interface BlockSpans {
	readonly kind: BlockKind;
	readonly start: number;
	readonly end: number;
	readonly spans: readonly EntitySpan[];
}

const wordChar = /[\p{L}\p{N}]/u;

/** Surnames this long or shorter are not looked for with a doubled letter written once ("Hill", "Hil"). */
const minCollapsedLength = 5;

/** `name` with each doubled letter written once, one at a time: "Gallant" -> "Galant"; "Kissinger" -> "Kisinger". */
export function collapsedDoubles(name: string): string[] {
	const out: string[] = [];
	for (let k = 2; k < name.length; k++) {
		if (name[k] === name[k - 1] && name[k] !== name[k - 2]) {
			out.push(name.slice(0, k) + name.slice(k + 1));
		}
	}
	return out;
}

/**
 * Adds the repeats of the people named in body blocks (`headingKinds` excluded as sources) to every block.
 * In headings a known name beats the tagger's Title Case run ("Austin Presses Gallant"). `memo` (the
 * recogniser's) keeps each list of names' search pattern from build to build, and, with `memoizeBlocks`,
 * each block's result with its span array: worth it only when the recogniser caches blocks and so hands
 * back the same arrays. Without a memo every pattern is built and every block scanned.
 */
export function addNameRepeats(
	text: string, found: readonly BlockSpans[], headingKinds: ReadonlySet<BlockKind>, memo?: NameRepeatMemo, memoizeBlocks = memo !== undefined,
): readonly BlockSpans[] {
	// Full names and surnames, in order of first appearance; each spelling is looked at once.
	const names = new Set<string>();
	const seen = new Set<string>();
	for (const { kind, spans } of found) {
		if (headingKinds.has(kind)) {
			continue;
		}
		for (const s of spans) {
			if (s.type !== 'person' || seen.has(s.text)) {
				continue;
			}
			seen.add(s.text);
			const w = s.text.split(/\s+/).filter(Boolean);
			if (w.length >= 2) {
				names.add(s.text);
				const surname = w[w.length - 1];
				if (/^\p{Lu}\p{Ll}/u.test(surname)) {
					names.add(surname);
					// A doubled letter written once is the commonest slip ("Galant" for "Gallant"): look for
					// that spelling too, and the spelling variants step joins it to the person.
					if (surname.length > minCollapsedLength) {
						for (const variant of collapsedDoubles(surname)) {
							names.add(variant);
						}
					}
				}
			}
		}
	}
	if (names.size === 0) {
		return found;
	}
	// Names by the hash of their first word, longest first; and which (first character, first word length)
	// pairs occur, so that most capitalised words are passed over without hashing.
	const byFirst = new Map<number, NamesByFirstWord[]>();
	const lengthsByInitial = new Map<number, number>();
	for (const name of names) {
		const first = name.split(' ')[0];
		const hash = hashString(first) | 0;
		const entries = byFirst.get(hash) ?? [];
		let entry = entries.find(e => e.first === first);
		if (!entry) {
			entry = { first, names: [] };
			entries.push(entry);
			byFirst.set(hash, entries);
		}
		entry.names.push(name);
		const c = first.charCodeAt(0);
		lengthsByInitial.set(c, (lengthsByInitial.get(c) ?? 0) | lengthBit(first.length));
	}
	byFirst.forEach(entries => entries.forEach(e => e.names.sort((a, b) => b.length - a.length)));
	const nameSet = memo ? memo.nameSetFor([...names].join('\n')) : { names: '' };
	const firstWords = nameSet.firstWords ??= firstWordPattern(byFirst);
	// Where a name's first word was last found, searching from `searchedFrom`: blocks come in order, so the
	// searches go forward through the text.
	let searchedFrom = -1;
	let nextFirstWord = -1;
	let out: BlockSpans[] | undefined;
	for (let b = 0; b < found.length; b++) {
		const block = found[b];
		const spans = block.spans;
		// A block's spans come from the recogniser's cache while its text is unchanged; with the same names
		// and the same characters around it, its repeats are the same as last time.
		const before = block.start > 0 ? text.charCodeAt(block.start - 1) : -1;
		const after = block.end < text.length ? text.charCodeAt(block.end) : -1;
		const last = memoizeBlocks ? memo?.lastRepeats(spans) : undefined;
		let merged: readonly EntitySpan[];
		if (last && last.names === nameSet && last.before === before && last.after === after && last.kind === block.kind) {
			merged = last.merged;
		} else {
			// A block with no name's first word in it, even inside a word, has no repeat: one native search
			// over the text finds the blocks worth scanning character by character.
			if (nextFirstWord < block.start || searchedFrom > block.start) {
				firstWords.lastIndex = block.start;
				const m = firstWords.exec(text);
				searchedFrom = block.start;
				nextFirstWord = m ? m.index : text.length;
			}
			const extra = nextFirstWord < block.end ? repeatsIn(text, block.start, block.end, block.start, byFirst, lengthsByInitial) : noSpans;
			merged = !extra.length ? spans : headingKinds.has(block.kind) ? mergeSpans(extra, spans) : mergeSpans(spans, extra);
			// A word running on past the block's end makes the scan depend on more than the block's text.
			if (memo && memoizeBlocks && (after < 0 || (classesAt(text, block.end) & (Uc.Letter | Uc.Mark | Uc.Number)) === 0)) {
				memo.keepRepeats(spans, { names: nameSet, before, after, kind: block.kind, merged });
			}
		}
		if (merged !== spans) {
			out ??= found.slice();
			out[b] = { kind: block.kind, start: block.start, end: block.end, spans: merged };
		}
	}
	return out ?? found;
}

/** One object per list of names, so a block's memo checks its names by identity. */
interface NameSet {
	readonly names: string;
	/** Finds any of the names' first words as a plain substring (made on first use). */
	firstWords?: RegExp;
}

/** A global pattern matching any name's first word wherever it is written, longest first. */
function firstWordPattern(byFirst: ReadonlyMap<number, readonly NamesByFirstWord[]>): RegExp {
	const words: string[] = [];
	byFirst.forEach(entries => entries.forEach(e => words.push(e.first)));
	words.sort((a, b) => b.length - a.length);
	// An empty first word starts no word (the scan needs at least one character), and would match everywhere.
	return new RegExp(words.filter(w => w.length > 0).map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)', 'g');
}

/** A block's spans with the repeats merged in, and what they depended on. */
interface BlockRepeats {
	readonly names: NameSet;
	readonly before: number;
	readonly after: number;
	readonly kind: BlockKind;
	readonly merged: readonly EntitySpan[];
}

/**
 * What `addNameRepeats` remembers between builds: one recogniser's (it keys blocks by the span arrays
 * that recogniser's cache hands back, so it belongs with that cache, and two recognisers share nothing).
 */
export class NameRepeatMemo {
	/** The name lists of the last few builds (a few documents may be open at once). */
	private readonly _nameSets = new Map<string, NameSet>();
	/** Per block spans (as the recogniser caches them): the repeats last merged into them. */
	private readonly _byBlock = new WeakMap<readonly EntitySpan[], BlockRepeats>();

	/** The one `NameSet` of this list of names, so a block's memo checks its names by identity. */
	public nameSetFor(names: string): NameSet {
		let set = this._nameSets.get(names);
		if (!set) {
			if (this._nameSets.size >= 16) {
				this._nameSets.delete(this._nameSets.keys().next().value as string);
			}
			set = { names };
			this._nameSets.set(names, set);
		}
		return set;
	}

	public lastRepeats(spans: readonly EntitySpan[]): BlockRepeats | undefined {
		return this._byBlock.get(spans);
	}

	public keepRepeats(spans: readonly EntitySpan[], repeats: BlockRepeats): void {
		this._byBlock.set(spans, repeats);
	}
}

/** Names whose first word is one spelling, longest first. */
interface NamesByFirstWord {
	readonly first: string;
	readonly names: string[];
}

/** The names whose first word is exactly `text[i, j)`, found by the word's hash (no slice). */
function namesStartingWith(text: string, i: number, j: number, byFirst: ReadonlyMap<number, readonly NamesByFirstWord[]>): readonly string[] | undefined {
	const entries = byFirst.get(hashRange(text, i, j));
	if (entries) {
		for (const e of entries) {
			if (e.first.length === j - i && text.startsWith(e.first, i)) {
				return e.names;
			}
		}
	}
	return undefined;
}

function lengthBit(length: number): number {
	return length >= 31 ? 1 << 31 : 1 << length;
}

/**
 * Whole-word occurrences of the names in `text[start, end)`: at every word that starts with a capital
 * letter (not after a letter or digit), the longest name starting with that word, as the pattern
 * `(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}\p{N}]*` scanned with a global regex would find them. Offsets
 * are relative to `base`.
 */
function repeatsIn(text: string, start: number, end: number, base: number, byFirst: ReadonlyMap<number, readonly NamesByFirstWord[]>, lengthsByInitial: ReadonlyMap<number, number>): readonly EntitySpan[] {
	let extra: EntitySpan[] | undefined;
	let i = start;
	while (i < end) {
		const c = text.charCodeAt(i);
		// Lower case ASCII, digits, spaces and punctuation start no name.
		if (c < 128 && (c < 65 || c > 90)) {
			i++;
			continue;
		}
		const cls = classesAt(text, i);
		if ((cls & Uc.Upper) === 0 || (i > 0 && (classesBefore(text, i) & (Uc.Letter | Uc.Number)) !== 0)) {
			i += codeUnitsAt(text, i);
			continue;
		}
		// The capitalised word runs over letters, marks and digits.
		let j = i + codeUnitsAt(text, i);
		while (j < text.length && (classesAt(text, j) & (Uc.Letter | Uc.Mark | Uc.Number)) !== 0) {
			j += codeUnitsAt(text, j);
		}
		const lengths = lengthsByInitial.get(c);
		const candidates = lengths !== undefined && (lengths & lengthBit(j - i)) !== 0 ? namesStartingWith(text, i, j, byFirst) : undefined;
		let next = j;
		if (candidates) {
			for (const name of candidates) {
				const nameEnd = i + name.length;
				if (nameEnd <= end && text.startsWith(name, i) && !(nameEnd < text.length && wordChar.test(text[nameEnd]))) {
					(extra ??= []).push(entitySpan(i - base, nameEnd - base, 'person', name));
					next = nameEnd;
					break;
				}
			}
		}
		i = next;
	}
	return extra ?? noSpans;
}

const noSpans: readonly EntitySpan[] = [];
