/* Averaged-perceptron training of the entity tagger (see train.mjs). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectContext, extractFeatures, makeSentence, maxFeatures, startTag, tagCount, tagLabels, type TagContext, type TagSentence } from '../../src/model/entities/features';
import { bestAllowedTag, isScored, SeedTagger } from '../../src/model/entities/tagger';
import { NameLists, type NameListsData } from '../../src/model/entities/nameLists';
import { encodeBase64, type TaggerModelData } from '../../src/model/entities/weightsFile';

interface Example {
	readonly sentence: TagSentence;
	readonly ctx: TagContext;
	readonly gold: Uint8Array;
}

/** Reads a CoNLL-2003 file into documents of sentences of (word, IOB2 label). */
export function readConll(path: string): { words: string[]; labels: string[] }[][] {
	const docs: { words: string[]; labels: string[] }[][] = [];
	let doc: { words: string[]; labels: string[] }[] = [];
	let sent = { words: [] as string[], labels: [] as string[] };
	const flush = (): void => {
		if (sent.words.length) {
			doc.push(sent);
		}
		sent = { words: [], labels: [] };
	};
	for (const line of readFileSync(path, 'utf8').split('\n')) {
		const cols = line.trim().split(' ');
		if (cols[0] === '-DOCSTART-') {
			flush();
			if (doc.length) {
				docs.push(doc);
			}
			doc = [];
		} else if (cols.length < 4) {
			flush();
		} else {
			let label = cols[3];
			// IOB1 -> IOB2: an I- tag that does not continue the same type starts an entity.
			const prev = sent.labels[sent.labels.length - 1] ?? 'O';
			if (label.startsWith('I-') && prev.slice(2) !== label.slice(2)) {
				label = 'B-' + label.slice(2);
			}
			sent.words.push(cols[0]);
			sent.labels.push(label);
		}
	}
	flush();
	if (doc.length) {
		docs.push(doc);
	}
	return docs;
}

/**
 * What the context features (a word seen in lower case, or capitalised mid-sentence, elsewhere) may see.
 * The recogniser collects them per block, a paragraph or a line, never over the whole document, so
 * training sees about as much: two sentences in a row ('pair'). Trained on whole documents instead, the
 * tagger leant on context it never gets: on held-out train, tagged a sentence at a time, 83.9 F1 against
 * 84.8 trained on pairs (two seeds), and tagged two sentences at a time 84.2 against 84.8.
 */
export type ContextScope = 'document' | 'sentence' | 'pair';

function examples(path: string, lists: NameLists, scope: ContextScope): Example[] {
	const out: Example[] = [];
	const size = scope === 'sentence' ? 1 : 2;
	for (const doc of readConll(path)) {
		const sentences = doc.map(s => makeSentence(s.words, lists));
		const whole = scope === 'document' ? collectContext(sentences) : undefined;
		let group: TagContext | undefined;
		doc.forEach((s, i) => {
			if (!whole && i % size === 0) {
				group = collectContext(sentences.slice(i, i + size));
			}
			out.push({
				sentence: sentences[i], ctx: whole ?? group!,
				gold: Uint8Array.from(s.labels.map(l => tagLabels.indexOf(l as typeof tagLabels[number]))),
			});
		});
	}
	return out;
}

class Perceptron {
	public readonly w = new Map<number, Float64Array>();
	private readonly _total = new Map<number, Float64Array>();
	private readonly _stamp = new Map<number, Float64Array>();
	public step = 0;

	public score(feats: Int32Array, n: number, out: Float64Array): void {
		out.fill(0);
		for (let k = 0; k < n; k++) {
			const row = this.w.get(feats[k]);
			if (row) {
				for (let t = 0; t < tagCount; t++) {
					out[t] += row[t];
				}
			}
		}
	}

	public update(feats: Int32Array, n: number, tag: number, delta: number): void {
		for (let k = 0; k < n; k++) {
			const key = feats[k];
			let row = this.w.get(key);
			if (!row) {
				row = new Float64Array(tagCount);
				this.w.set(key, row);
				this._total.set(key, new Float64Array(tagCount));
				this._stamp.set(key, new Float64Array(tagCount));
			}
			const total = this._total.get(key)!;
			const stamp = this._stamp.get(key)!;
			total[tag] += (this.step - stamp[tag]) * row[tag];
			stamp[tag] = this.step;
			row[tag] += delta;
		}
	}

	public averaged(): Map<number, Float64Array> {
		const out = new Map<number, Float64Array>();
		for (const [key, row] of this.w) {
			const total = this._total.get(key)!;
			const stamp = this._stamp.get(key)!;
			const avg = new Float64Array(tagCount);
			for (let t = 0; t < tagCount; t++) {
				avg[t] = (total[t] + (this.step - stamp[t]) * row[t]) / this.step;
			}
			out.set(key, avg);
		}
		return out;
	}
}

function shuffle<T>(items: T[], seed: number): void {
	let s = seed;
	for (let i = items.length - 1; i > 0; i--) {
		s = (Math.imul(s, 1103515245) + 12345) >>> 0;
		const j = s % (i + 1);
		[items[i], items[j]] = [items[j], items[i]];
	}
}

function spans(tags: ArrayLike<number>): string[] {
	const out: string[] = [];
	let start = -1;
	let type = '';
	for (let i = 0; i <= tags.length; i++) {
		const label = i < tags.length ? tagLabels[tags[i]] : 'O';
		if (start >= 0 && !(label.startsWith('I-') && label.slice(2) === type)) {
			out.push(`${start}:${i}:${type}`);
			start = -1;
		}
		if (label.startsWith('B-') || (label.startsWith('I-') && start < 0)) {
			start = i;
			type = label.slice(2);
		}
	}
	return out;
}

export function evaluate(tagger: SeedTagger, data: Example[]): { p: number; r: number; f1: number } {
	let tp = 0, np = 0, ng = 0;
	for (const ex of data) {
		const pred = new Set(spans(tagger.tag(ex.sentence, ex.ctx)));
		const gold = spans(ex.gold);
		np += pred.size;
		ng += gold.length;
		for (const g of gold) {
			if (pred.has(g)) {
				tp++;
			}
		}
	}
	const p = tp / np, r = tp / ng;
	return { p, r, f1: (2 * p * r) / (p + r) };
}

function toModel(weights: Map<number, Float64Array>, threshold: number, lists: NameListsData | undefined): TaggerModelData {
	const keys: number[] = [];
	let maxAbs = 0;
	for (const [key, row] of weights) {
		let m = 0;
		for (const v of row) {
			m = Math.max(m, Math.abs(v));
		}
		if (m >= threshold) {
			keys.push(key);
			maxAbs = Math.max(maxAbs, m);
		}
	}
	keys.sort((a, b) => a - b);
	const scale = maxAbs / 32000;
	const k32 = new Int32Array(keys);
	const q = new Int16Array(keys.length * tagCount);
	keys.forEach((key, r) => {
		const row = weights.get(key)!;
		for (let t = 0; t < tagCount; t++) {
			q[r * tagCount + t] = Math.round(row[t] / scale);
		}
	});
	return {
		format: 'seed-reader-tagger/1', labels: [...tagLabels], scale,
		keys: encodeBase64(new Uint8Array(k32.buffer)), weights: encodeBase64(new Uint8Array(q.buffer)),
		...(lists ? { lists } : {}),
	};
}

export async function main(args: string[]): Promise<void> {
	const dir = process.env.SEED_READER_CONLL;
	if (!dir) {
		throw new Error('Set SEED_READER_CONLL to a folder with CoNLL-2003 train.txt and valid.txt');
	}
	const epochsArg = args.indexOf('--epochs');
	const epochs = epochsArg >= 0 ? Number(args[epochsArg + 1]) : 10;
	const thresholdArg = args.indexOf('--threshold');
	const threshold = thresholdArg >= 0 ? Number(args[thresholdArg + 1]) : 0.1;
	// The shuffle's seed: training twice with other seeds tells a change's effect from the order's noise.
	const seedArg = args.indexOf('--seed');
	const seed = seedArg >= 0 ? Number(args[seedArg + 1]) : 17;
	const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : join(process.cwd(), 'src/model/entities/data/tagger.json');
	// The name lists come from the shipped file (generateNameLists.mjs writes them there), or `--lists FILE`'s,
	// and are written with the new weights; `--no-lists` trains without them.
	const listsFrom = args.includes('--lists') ? args[args.indexOf('--lists') + 1] : join(process.cwd(), 'src/model/entities/data/tagger.json');
	const listsData = args.includes('--no-lists') ? undefined : (JSON.parse(readFileSync(listsFrom, 'utf8')) as TaggerModelData).lists;
	const lists = new NameLists(listsData);
	// --context sets what training sees, --valid-context what the epochs' valid figure is tagged with.
	const scopeArg = (name: string): ContextScope => {
		const value = args.includes(name) ? args[args.indexOf(name) + 1] : 'pair';
		if (value !== 'document' && value !== 'sentence' && value !== 'pair') {
			throw new Error(`${name} takes document, sentence or pair, not ${value}`);
		}
		return value;
	};
	const train = examples(join(dir, 'train.txt'), lists, scopeArg('--context'));
	const valid = examples(join(dir, 'valid.txt'), lists, scopeArg('--valid-context'));
	const model = new Perceptron();
	const feats = new Int32Array(maxFeatures);
	const scores = new Float64Array(tagCount);
	for (let epoch = 0; epoch < epochs; epoch++) {
		shuffle(train, seed + epoch);
		let errors = 0;
		for (const ex of train) {
			let p1: number = startTag, p2: number = startTag;
			for (let i = 0; i < ex.gold.length; i++) {
				model.step++;
				const gold = ex.gold[i];
				let guess = 0;
				if (!isScored(ex.sentence.infos[ex.sentence.start + i], p1)) {
					// Same shortcut as the tagger: not scored, never learned from.
					p2 = p1;
					p1 = 0;
					continue;
				}
				const n = extractFeatures(ex.sentence, ex.ctx, i, p1, p2, feats);
				model.score(feats, n, scores);
				guess = bestAllowedTag(scores, p1);
				if (guess !== gold) {
					errors++;
					model.update(feats, n, gold, 1);
					model.update(feats, n, guess, -1);
				}
				p2 = p1;
				p1 = guess;
			}
		}
		const data = toModel(model.averaged(), threshold, listsData);
		const score = evaluate(new SeedTagger(data), valid);
		console.log(`epoch ${epoch + 1}: ${errors} errors; valid (gold tokens) P ${(100 * score.p).toFixed(2)} R ${(100 * score.r).toFixed(2)} F1 ${(100 * score.f1).toFixed(2)}; ${model.w.size} features`);
	}
	const data = toModel(model.averaged(), threshold, listsData);
	const json = JSON.stringify(data);
	writeFileSync(args.includes('--dry') ? '/dev/null' : out, json);
	console.log(`kept ${data.keys.length * 3 / 4 / 4} features (threshold ${threshold}); ${(json.length / 1e6).toFixed(2)} MB`);
}
