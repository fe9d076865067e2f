/**
 * The entity recogniser: tokens -> sentences -> tagger -> typed spans, plus roles before people's names,
 * gazetteer types and canonical names, and figures and dates. Works on one block (paragraph) at a time,
 * with results cached by the block's text, so an edit re-runs it on the edited block only.
 */
import { collectContext, sentenceOf, tagLabels, type TagSentence } from './features';
import type { WordInfo } from './wordInfo';
import type { NameLists } from './nameLists';
import { findFigures } from './figures';
import { joinOrganisationRuns } from './organisationRuns';
import { NameRepeatMemo } from './nameRepeats';
import { joinPersonRuns } from './personRuns';
import { PhraseTexts } from './phraseText';
import { refineSpan } from './refine';
import { SentenceTokens } from './sentenceTokens';
import { entitySpan, mergeSpans } from './spans';
import { SeedTagger } from './tagger';
import type { TaggerModelData } from './weightsFile';
import { ownCopy } from '../ownCopy';
import { splitSentences } from '../sentences';
import { tokenizeInto, TokenBuffer } from './tokenize';
import { BlockWords } from './blockWords';
import { WordTable } from './wordTable';
import type { EntitySpan, EntityType } from './types';

const conllTypes: Readonly<Record<string, EntityType>> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'group' };
/** The entity type of each tag index (undefined for O). */
const typeOfTag: readonly (EntityType | undefined)[] = tagLabels.map(label => conllTypes[label.slice(2)]);

/** Tokens that end a sentence: one character each ('.', '!', '?', and the Devanagari, Arabic and CJK stops). */
function isSentenceEnd(c: number): boolean {
	return c === 46 || c === 33 || c === 63 || c === 0x0964 || c === 0x061f || c === 0x3002;
}

export interface RecognizeOptions {
	/** Apply the editor's clean-ups (roles, gazetteer types, split "US-Israel"); off for pure CoNLL scoring. */
	readonly refine?: boolean;
	/** Include figures and dates. */
	readonly figures?: boolean;
}

/** One cached block: its spans, what they cost, and when they were last asked for. */
interface BlockEntry {
	/** The block's text, the entry's key: its own copy, not a view of a document. */
	readonly key: string;
	readonly spans: readonly EntitySpan[];
	readonly bytes: number;
	/** The recogniser's use clock at the last lookup: the least recently used block goes first. */
	usedAt: number;
}

/** The blocks one piece of work (one document's index) read from the cache; see `trackBlocks`. */
export type BlockCacheUse = readonly object[];

/** Default bound of the block cache: room for a document at the entity size limit, plus many small ones. */
export const defaultBlockCacheBytes = 32 * 1048576;

/** What a span costs besides its text: the object and its fields, about. */
const spanBytes = 80;
const entryBytes = 120;

export class SeedEntityRecognizer {
	private readonly _tagger: SeedTagger;
	/**
	 * Per set of options (refine, figures): block text -> spans with offsets relative to the block's start.
	 * Ordered by use (a hit moves its block to the end), so each map's first block is its least recent.
	 */
	private readonly _caches = [0, 1, 2, 3].map(() => new Map<string, BlockEntry>());
	private readonly _cacheBound: number;
	private _cacheBytes = 0;
	private _clock = 0;
	/** The use clock at the last sweep: blocks used since then survive the next one. */
	private _sweptAt = 0;
	/** Where `trackBlocks` collects the blocks read while it runs. */
	private _tracking: BlockEntry[] | undefined;
	private _hits = 0;
	private _misses = 0;

	/** `cacheBytes` bounds the block cache's estimated size (two bytes a character); 0 turns it off. */
	constructor(model: TaggerModelData | SeedTagger, cacheBytes = defaultBlockCacheBytes) {
		this._tagger = model instanceof SeedTagger ? model : new SeedTagger(model);
		this._cacheBound = cacheBytes;
	}

	/**
	 * Entities in `text[start, end)` (one block), with absolute offsets, in order, never overlapping.
	 * Results are cached by the block's text and the options.
	 */
	public recognizeBlock(text: string, start = 0, end = text.length, options: RecognizeOptions = { refine: true, figures: true }): EntitySpan[] {
		if (end - start > chunkLimit) {
			// A very long block (a whole article on one line) is recognised in runs of sentences, each cached on
			// its own, so typing in it re-runs the recogniser on one run only.
			const out: EntitySpan[] = [];
			for (const [from, to] of sentenceChunks(text, start, end)) {
				for (const span of this._recognizeCached(text, from, to, options)) {
					out.push(span);
				}
			}
			return out;
		}
		return this._recognizeCached(text, start, end, options);
	}

	/**
	 * The spans of one block with offsets relative to `start`, shared with the cache (except for a very long
	 * block, recognised in runs): the entity index adds `start` itself instead of copying every span.
	 */
	public recognizeBlockRelative(text: string, start = 0, end = text.length, options: RecognizeOptions = { refine: true, figures: true }): readonly EntitySpan[] {
		if (end - start > chunkLimit) {
			return this.recognizeBlock(text, start, end, options).map(s => ({ ...s, start: s.start - start, end: s.end - start }));
		}
		return this._relative(text, start, end, options);
	}

	/** Spans of `text[start, end)` relative to `start`, from the cache when the block's text was seen. */
	private _relative(text: string, start: number, end: number, options: RecognizeOptions): readonly EntitySpan[] {
		if (this._cacheBound === 0) {
			this._misses++;
			return this._recognize(text, start, end, options);
		}
		const slice = start === 0 && end === text.length ? text : text.slice(start, end);
		const cache = this._cacheFor(options);
		let entry = cache.get(slice);
		if (entry) {
			this._hits++;
			// Moved to the end, under its own key: the least recently used block stays first.
			cache.delete(entry.key);
		} else {
			this._misses++;
			// The whole text and offsets, not the slice: the scanners then read one kind of string (a
			// document's), where slices of every length and width made their character reads megamorphic.
			entry = this._entryOf(slice, this._recognize(text, start, end, options));
		}
		entry.usedAt = ++this._clock;
		cache.set(entry.key, entry);
		this._tracking?.push(entry);
		this._evictPastBound();
		return entry.spans;
	}

	/** A cache entry for `slice`, its key and spans copied so that they keep no document alive. */
	private _entryOf(slice: string, found: EntitySpan[]): BlockEntry {
		let bytes = entryBytes + slice.length * 2;
		for (let i = 0; i < found.length; i++) {
			const span = found[i];
			bytes += spanBytes + span.text.length * 2;
			if (span.text.length >= 13) {
				found[i] = { ...span, text: ownCopy(span.text) };
			}
		}
		this._cacheBytes += bytes;
		return { key: ownCopy(slice), spans: found, bytes, usedAt: 0 };
	}

	/** Drops least recently used blocks, from whichever options' map holds the oldest, until within the bound. */
	private _evictPastBound(): void {
		while (this._cacheBytes > this._cacheBound) {
			let oldest: Map<string, BlockEntry> | undefined;
			let oldestAt = Infinity;
			for (const cache of this._caches) {
				const first = cache.values().next();
				if (!first.done && first.value.usedAt < oldestAt) {
					oldest = cache;
					oldestAt = first.value.usedAt;
				}
			}
			if (!oldest) {
				return;
			}
			const entry = oldest.values().next().value as BlockEntry;
			oldest.delete(entry.key);
			this._cacheBytes -= entry.bytes;
		}
	}

	/**
	 * Runs `work` and returns, with its result, the cached blocks it read: handed back to `sweepBlocks`
	 * while its document is open, they stay cached.
	 */
	public trackBlocks<T>(work: () => T): { readonly result: T; readonly blocks: BlockCacheUse } {
		const outer = this._tracking;
		const blocks: BlockEntry[] = this._tracking = [];
		try {
			return { result: work(), blocks };
		} finally {
			this._tracking = outer;
			outer?.push(...blocks);
		}
	}

	/**
	 * Drops the cached blocks that none of `kept` read and that were not used since the previous sweep:
	 * a block no open document uses goes at the second sweep after its last use, so a document closed
	 * and at once reopened is still warm. Returns how many blocks were dropped.
	 */
	public sweepBlocks(kept: Iterable<BlockCacheUse>): number {
		const keep = new Set<object>();
		for (const blocks of kept) {
			for (const entry of blocks) {
				keep.add(entry);
			}
		}
		const since = this._sweptAt;
		this._sweptAt = this._clock;
		let dropped = 0;
		for (const cache of this._caches) {
			for (const [key, entry] of cache) {
				if (entry.usedAt <= since && !keep.has(entry)) {
					cache.delete(key);
					this._cacheBytes -= entry.bytes;
					dropped++;
				}
			}
		}
		return dropped;
	}

	/** The block cache's estimated size in bytes (tests check it against the bound). */
	public get cacheBytes(): number {
		return this._cacheBytes;
	}

	private _recognizeCached(text: string, start: number, end: number, options: RecognizeOptions): EntitySpan[] {
		const spans = this._relative(text, start, end, options);
		if (start === 0) {
			return spans.slice();
		}
		return spans.map(s => ({ ...s, start: s.start + start, end: s.end + start }));
	}

	/** The generated name lists the tagger was trained with. */
	public get lists(): NameLists {
		return this._tagger.lists;
	}

	/**
	 * What the entity index's name repeats step remembers of this recogniser's cached blocks (see
	 * nameRepeats.ts): it is keyed by the span arrays this cache hands back, so it lives with the cache.
	 */
	public readonly repeatMemo = new NameRepeatMemo();

	/** Whether block results are cached (and so the same span arrays come back for unchanged blocks). */
	public get caches(): boolean {
		return this._cacheBound > 0;
	}

	/** Block cache hits and misses so far (tests and benchmarks check that edits reuse blocks). */
	public get stats(): { readonly hits: number; readonly misses: number } {
		return { hits: this._hits, misses: this._misses };
	}

	/** Forgets every cached block (benchmarks measure cold runs with it). */
	public clearCache(): void {
		this._caches.forEach(c => c.clear());
		this._cacheBytes = 0;
	}

	private _cacheFor(options: RecognizeOptions): Map<string, BlockEntry> {
		return this._caches[(options.refine ? 2 : 0) + (options.figures ? 1 : 0)];
	}

	/** Text-only entry (CLI, benchmarks): every line is a block. */
	public recognizeText(text: string, options?: RecognizeOptions): EntitySpan[] {
		const out: EntitySpan[] = [];
		let lineStart = 0;
		while (lineStart <= text.length) {
			let lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length;
			}
			if (lineEnd > lineStart) {
				for (const s of this.recognizeBlock(text, lineStart, lineEnd, options)) {
					out.push(s);
				}
			}
			lineStart = lineEnd + 1;
		}
		return out;
	}

	/** Tags pre-split sentences sharing one context (the CoNLL bench's gold-token mode). */
	public tagSentences(sentences: readonly (readonly string[])[]): string[][] {
		const tagSentences = sentences.map(words => sentenceOf(words.map(word => this._words.info(word)), 0, words.length, this._tagger.lists));
		const ctx = collectContext(tagSentences);
		return tagSentences.map(s => Array.from(this._tagger.tag(s, ctx), t => tagLabels[t]));
	}

	/** Token offsets of the block being recognised, reused from block to block. */
	private readonly _tokens = new TokenBuffer();
	/** This recogniser's word infos, found straight from the text. */
	private readonly _words = new WordTable();
	/** Word infos of the block's tokens, reused from block to block (sentences take slices). */
	private readonly _infos: WordInfo[] = [];
	/** The block's context: which words it writes in lower case, and which it capitalises mid-sentence. */
	private readonly _context = new BlockWords();
	/** Texts of the names of several words this recogniser found, one string per name. */
	private readonly _phrases = new PhraseTexts();
	/** Tags of the sentence being read, reused from sentence to sentence. */
	private readonly _tags = new Uint8Array(1024);

	/** Spans of `text[start, end)`, with offsets relative to `start`. */
	private _recognize(text: string, start: number, end: number, options: RecognizeOptions): EntitySpan[] {
		const buffer = this._tokens;
		const count = tokenizeInto(text, start, end, buffer);
		const { starts, ends } = buffer;
		// Sentences end at terminal punctuation; each is a range of the block's words, not a copy.
		const sentences: TagSentence[] = [];
		const infos = this._infos;
		const lists = this._tagger.lists;
		let first = 0;
		let figureHints = 0;
		for (let k = 0; k < count; k++) {
			const info = infos[k] = this._words.at(text, starts[k], ends[k]);
			figureHints |= info.figures;
			if (ends[k] - starts[k] === 1 && isSentenceEnd(text.charCodeAt(starts[k]))) {
				sentences.push(sentenceOf(infos, first, k + 1 - first, lists));
				first = k + 1;
			}
		}
		if (first < count) {
			sentences.push(sentenceOf(infos, first, count - first, lists));
		}
		const ctx = this._context.collect(sentences);
		const out: EntitySpan[] = [];
		const toks = new SentenceTokens(starts, ends, sentences[0], start);
		for (let si = 0; si < sentences.length; si++) {
			const sentence = sentences[si];
			const n = sentence.length;
			const first = sentence.start;
			const tags = this._tagger.tag(sentence, ctx, this._tags);
			if (options.refine) {
				joinOrganisationRuns(sentence, tags);
				joinPersonRuns(sentence, tags);
			}
			toks.sentence = sentence;
			let i = 0;
			while (i < n) {
				const tag = tags[i];
				if (tag === 0) {
					i++;
					continue;
				}
				// B-X is odd, I-X is B-X + 1 (see tagLabels).
				const inside = tag % 2 === 1 ? tag + 1 : tag;
				// A run longer than any real name is cut into names of at most that length: sixteen capitalised
				// words are a headline, not one organisation, and the index never holds a page-long mention.
				let j = i + 1;
				while (j < n && tags[j] === inside && j - i < maxNameTokens) {
					j++;
				}
				const type = typeOfTag[tag]!;
				if (options.refine) {
					refineSpan(text, toks, i, j, type, out, this._phrases);
				} else {
					const from = starts[first + i];
					const to = ends[first + j - 1];
					out.push(entitySpan(from - start, to - start, type, text.slice(from, to)));
				}
				i = j;
			}
		}
		if (options.figures) {
			const figures = findFigures(text, start, end, start, figureHints);
			if (figures.length) {
				return mergeSpans(out, figures).slice();
			}
		}
		// A copy without the room a growing array keeps: these arrays live as long as the index (and the
		// block cache), and a block has few spans.
		return out.length ? out.slice() : out;
	}

}

/** The most tokens a name has: CoNLL-2003's train set has none longer than 10 (3 of 23,499 names). */
const maxNameTokens = 10;

/** Blocks longer than this (UTF-16 units) are recognised in runs of whole sentences. */
const chunkLimit = 4000;

/** Splits `text[start, end)` into runs of whole sentences of about `chunkLimit / 2` units or more. */
function sentenceChunks(text: string, start: number, end: number): [number, number][] {
	const chunks: [number, number][] = [];
	let from = start;
	for (const sentence of splitSentences(text, start, end)) {
		if (sentence.end - from >= chunkLimit / 2) {
			chunks.push([from, sentence.end]);
			from = sentence.end;
		}
	}
	if (from < end) {
		chunks.push([from, end]);
	}
	return chunks;
}
