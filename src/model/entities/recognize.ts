/**
 * The entity recogniser: tokens -> sentences -> tagger -> typed spans, plus roles before people's names,
 * gazetteer types and canonical names, and figures and dates. Works on one block (paragraph) at a time,
 * with results cached by the block's text, so an edit re-runs it on the edited block only.
 */
import { collectContext, makeSentence, sentenceOf, tagLabels, type TagSentence } from './features';
import type { WordInfo } from './wordInfo';
import type { NameLists } from './nameLists';
import { findFigures } from './figures';
import { joinOrganisationRuns } from './organisationRuns';
import { joinPersonRuns } from './personRuns';
import { refineSpan } from './refine';
import { SentenceTokens } from './sentenceTokens';
import { entitySpan, mergeSpans } from './spans';
import { SeedTagger } from './tagger';
import type { TaggerModelData } from './weightsFile';
import { splitSentences } from '../sentences';
import { tokenizeInto, TokenBuffer } from './tokenize';
import { BlockWords } from './blockWords';
import { wordAt } from './wordTable';
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

export class SeedEntityRecognizer {
	private readonly _tagger: SeedTagger;
	/**
	 * Per set of options (refine, figures): block text -> spans with offsets relative to the block's start.
	 * Insertion-ordered, so the oldest go first.
	 */
	private readonly _caches = [0, 1, 2, 3].map(() => new Map<string, readonly EntitySpan[]>());
	private readonly _cacheLimit: number;
	private _hits = 0;
	private _misses = 0;

	constructor(model: TaggerModelData | SeedTagger, cacheLimit = 20_000) {
		this._tagger = model instanceof SeedTagger ? model : new SeedTagger(model);
		this._cacheLimit = cacheLimit;
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
		if (this._cacheLimit === 0) {
			this._misses++;
			return this._recognize(text, start, end, options);
		}
		const slice = start === 0 && end === text.length ? text : text.slice(start, end);
		const cache = this._cacheFor(options);
		let spans = cache.get(slice);
		if (spans) {
			this._hits++;
		} else {
			this._misses++;
			// The whole text and offsets, not the slice: the scanners then read one kind of string (a
			// document's), where slices of every length and width made their character reads megamorphic.
			spans = this._recognize(text, start, end, options);
			if (cache.size >= this._cacheLimit) {
				cache.delete(cache.keys().next().value as string);
			}
			cache.set(slice, spans);
		}
		return spans;
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

	/** Whether block results are cached (and so the same span arrays come back for unchanged blocks). */
	public get caches(): boolean {
		return this._cacheLimit > 0;
	}

	/** Block cache hits and misses so far (tests and benchmarks check that edits reuse blocks). */
	public get stats(): { readonly hits: number; readonly misses: number } {
		return { hits: this._hits, misses: this._misses };
	}

	/** Forgets every cached block (benchmarks measure cold runs with it). */
	public clearCache(): void {
		this._caches.forEach(c => c.clear());
	}

	private _cacheFor(options: RecognizeOptions): Map<string, readonly EntitySpan[]> {
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
		const tagSentences = sentences.map(words => makeSentence(words, this._tagger.lists));
		const ctx = collectContext(tagSentences);
		return tagSentences.map(s => Array.from(this._tagger.tag(s, ctx), t => tagLabels[t]));
	}

	/** Token offsets of the block being recognised, reused from block to block. */
	private readonly _tokens = new TokenBuffer();
	/** Word infos of the block's tokens, reused from block to block (sentences take slices). */
	private readonly _infos: WordInfo[] = [];
	/** The block's context: which words it writes in lower case, and which it capitalises mid-sentence. */
	private readonly _context = new BlockWords();
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
			const info = infos[k] = wordAt(text, starts[k], ends[k]);
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
					refineSpan(text, toks, i, j, type, out);
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
