// Entity recognition: CoNLL-2003 `valid` F1 (exact span and type, as conlleval counts), ms per 2,000-token
// article, extraction throughput against markdown-it's parse of the same 10 MB, and hover time on 1 MB.
// CoNLL-2003 is licensed text and is never in the repository: set SEED_READER_CONLL to a folder with
// valid.txt (and test.txt for `--test`, run once at the end, never for tuning).
// Standalone: npm run compile-tests && node bench/entities.mjs [--quick] [--test]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus, MB, sizeLabel } from './corpus.mjs';
import { mbPerSecond, median, pairedSpeedRatio, spread, timeOnce, timePair, timeRuns } from './stats.mjs';

const require = createRequire(import.meta.url);
const conllTypes = { person: 'PER', organization: 'ORG', place: 'LOC', group: 'MISC' };

function load() {
	const { SeedEntityRecognizer } = require('../out/src/model/entities/recognize.js');
	const { buildEntityIndex, mentionAt } = require('../out/src/model/entities/entityIndex.js');
	const { entityHoverMarkdown } = require('../out/src/model/entities/hoverText.js');
	const { findTaggerWeights } = require('../out/src/cli/taggerWeights.js');
	const { parseSeed, reparseSeed } = require('../out/src/model/parse.js');
	const weights = JSON.parse(fs.readFileSync(findTaggerWeights(path.join(import.meta.dirname, '..')), 'utf8'));
	return { SeedEntityRecognizer, buildEntityIndex, mentionAt, entityHoverMarkdown, parseSeed, reparseSeed, weights };
}

/** CoNLL-2003 file -> documents -> sentences of { word, label } with IOB2 labels. */
export function readConll(file) {
	const docs = [];
	let doc = [];
	let sent = [];
	const flushSent = () => { if (sent.length) { doc.push(sent); } sent = []; };
	for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
		const cols = line.trim().split(' ');
		if (cols[0] === '-DOCSTART-') {
			flushSent();
			if (doc.length) { docs.push(doc); }
			doc = [];
		} else if (cols.length < 4) {
			flushSent();
		} else {
			let label = cols[3];
			const prev = sent.length ? sent[sent.length - 1].label : 'O';
			if (label.startsWith('I-') && prev.slice(2) !== label.slice(2)) {
				label = 'B-' + label.slice(2);
			}
			sent.push({ word: cols[0], label });
		}
	}
	flushSent();
	if (doc.length) { docs.push(doc); }
	return docs;
}

function goldSpans(sent) {
	const out = [];
	let start = -1;
	let type = '';
	for (let i = 0; i <= sent.length; i++) {
		const label = i < sent.length ? sent[i].label : 'O';
		if (start >= 0 && !(label.startsWith('I-') && label.slice(2) === type)) {
			out.push(`${start}:${i}:${type}`);
			start = -1;
		}
		if (label.startsWith('B-')) {
			start = i;
			type = label.slice(2);
		}
	}
	return out;
}

/**
 * Scores the shipped text pipeline: each document becomes text (tokens joined by spaces, one sentence a
 * line), the recogniser runs on it as the editor does (one line = one block), and a predicted span counts
 * only when its characters start and end exactly on gold token boundaries with the gold type.
 */
export function scoreConll(recognizer, docs, indexer) {
	let tp = 0, np = 0, ng = 0, tokens = 0;
	const texts = [];
	for (const doc of docs) {
		const lines = [];
		const starts = new Map();
		const ends = new Map();
		const gold = new Set();
		let offset = 0;
		doc.forEach((sent, si) => {
			const words = [];
			for (let ti = 0; ti < sent.length; ti++) {
				starts.set(offset, `${si}:${ti}`);
				ends.set(offset + sent[ti].word.length, `${si}:${ti + 1}`);
				words.push(sent[ti].word);
				offset += sent[ti].word.length + 1;
			}
			tokens += sent.length;
			lines.push(words.join(' '));
			for (const g of goldSpans(sent)) {
				gold.add(`${si}:${g}`);
			}
		});
		const text = lines.join('\n');
		texts.push(text);
		ng += gold.size;
		for (const span of indexer ? indexedMentions(text, lines, recognizer, indexer) : recognizer.recognizeText(text, { refine: true, figures: false })) {
			const type = conllTypes[span.type];
			if (!type) {
				continue;
			}
			np++;
			const s = starts.get(span.start);
			const e = ends.get(span.end);
			if (s && e && s.split(':')[0] === e.split(':')[0] && gold.has(`${s}:${e.split(':')[1]}:${type}`)) {
				tp++;
			}
		}
	}
	const p = tp / np, r = tp / ng;
	return { p, r, f1: (2 * p * r) / (p + r), tokens, texts };
}

/**
 * The mentions of the document's entity index, each with its entity's type (what a hover, the Entities view
 * and `entities --json` report), when every line is a paragraph: grouping, surnames and name repeats
 * included, the seed layout rules left out (a CoNLL sentence per line is not a seed's layout).
 */
function indexedMentions(text, lines, recognizer, buildEntityIndex) {
	const blocks = [];
	let start = 0;
	for (const line of lines) {
		blocks.push({ kind: 'paragraph', start, end: start + line.length });
		start += line.length + 1;
	}
	const index = buildEntityIndex({ text, blocks }, recognizer);
	return index.mentions.map(m => ({ start: m.start, end: m.end, type: index.entities[m.entity].type }));
}

export async function rows({ runs, quick, test = false }) {
	const { SeedEntityRecognizer, buildEntityIndex, mentionAt, entityHoverMarkdown, parseSeed, reparseSeed, weights } = load();
	const result = [];
	const conll = process.env.SEED_READER_CONLL;
	const validFile = conll && path.join(conll, test ? 'test.txt' : 'valid.txt');
	if (validFile && fs.existsSync(validFile)) {
		const split = test ? 'test' : 'valid';
		const docs = readConll(validFile);
		const recognizer = new SeedEntityRecognizer(weights, 0);
		const score = scoreConll(recognizer, docs);
		result.push({ figure: `CoNLL-2003 ${split} entity F1 (text pipeline, exact span + type)`, median: 100 * score.f1, unit: 'F1' });
		result.push({ figure: `CoNLL-2003 ${split} precision`, median: 100 * score.p, unit: '%' });
		result.push({ figure: `CoNLL-2003 ${split} recall`, median: 100 * score.r, unit: '%' });
		const indexed = scoreConll(new SeedEntityRecognizer(weights, 0), docs, buildEntityIndex);
		result.push({ figure: `CoNLL-2003 ${split} entity F1 of the entity index (each mention with its entity's type; lines as paragraphs)`, median: 100 * indexed.f1, unit: 'F1' });
		const articles = score.tokens / 2000;
		const samples = timeRuns(() => { for (const t of score.texts) { recognizer.recognizeText(t, { refine: true, figures: true }); } }, quick ? 3 : runs)
			.map(ms => ms / articles);
		result.push({ figure: `entities, ms per 2,000-token article (CoNLL ${split}, ${score.tokens} tokens)`, median: median(samples), spread: spread(samples), unit: 'ms' });
	} else {
		result.push({ figure: `CoNLL-2003 F1: SKIPPED, ${conll ? `no ${validFile}` : 'SEED_READER_CONLL is not set'} (the data is never in the repository)` });
	}

	// Throughput: entity extraction over every block of a parsed seed of 10 MB, no block cache (every
	// paragraph recognised, even the corpus' repeats), against markdown-it's parse of the same text.
	const MarkdownIt = require('markdown-it');
	const md = new MarkdownIt({ html: false });
	const uncached = new SeedEntityRecognizer(weights, 0);
	for (const size of quick ? [MB] : [MB, 10 * MB]) {
		const text = corpus(size);
		const doc = parseSeed(text);
		const bytes = Buffer.byteLength(text);
		const n = runs;
		const t = timePair(() => buildEntityIndex(doc, uncached), () => md.parse(text, {}), n);
		const ours = t.ours.map(ms => mbPerSecond(bytes, ms));
		const peer = t.peer.map(ms => mbPerSecond(bytes, ms));
		result.push({ figure: `entity extraction throughput, ${sizeLabel(size)} (model parsed)`, median: median(ours), spread: spread(ours), unit: 'MB/s',
			peer: 'markdown-it parse', peerMedian: median(peer), ratio: pairedSpeedRatio(t) });
		if (size === (quick ? MB : 10 * MB)) {
			// Where the time goes, each step timed with the ones before it (so the differences are the steps'
			// costs): the tagger over every block, then with the clean-ups and figures, then grouping.
			const blocks = doc.blocks.filter(b => b.kind !== 'boilerplate');
			const recognizeAll = options => () => {
				const kept = [];
				for (const b of blocks) {
					kept.push(uncached.recognizeBlockRelative(text, b.start, b.end, options));
				}
				return kept;
			};
			const steps = [
				['tokens, words and tagger over every block', recognizeAll({ refine: false, figures: false })],
				['+ clean-ups, roles and figures', recognizeAll({ refine: true, figures: true })],
				['+ name repeats and grouping into the index', () => buildEntityIndex(doc, uncached)],
			];
			for (const [name, fn] of steps) {
				const samples = timeRuns(fn, n);
				result.push({ figure: `  entity extraction by step, ${sizeLabel(size)}: ${name}`, median: median(samples), spread: spread(samples), unit: 'ms' });
			}
		}
	}

	// Hover on a 1 MB document: cold (parse, recognise every block, index, card), after a one-paragraph
	// edit (parse and index again; every other paragraph from the block cache), and warm (cached index).
	const text = corpus(MB);
	// Always the card of one entity, Lloyd Austin (the real seed is in every corpus), at its middle mention: the
	// middle mention of the whole index changed entity whenever a clean-up moved mentions.
	const hoverAt = (index, model) => {
		const austin = index.entities.find(e => e.name === 'Lloyd Austin');
		const m = austin ? austin.mentions[austin.mentions.length >> 1] : index.mentions[index.mentions.length >> 1];
		const found = mentionAt(index, m.start + 1);
		return entityHoverMarkdown(model, index, found.entity, { lineLink: l => `file:///doc.txt#L${l + 1}` });
	};
	const cold = [];
	for (let i = 0; i < Math.min(runs, 5); i++) {
		const fresh = new SeedEntityRecognizer(weights);
		cold.push(timeOnce(() => { const model = parseSeed(text); hoverAt(buildEntityIndex(model, fresh), model); }));
	}
	result.push({ figure: 'entity hover, 1 MB document, cold (parse + recognise + index + card)', median: median(cold), spread: spread(cold), unit: 'ms' });
	const cached = new SeedEntityRecognizer(weights);
	const before = parseSeed(text);
	buildEntityIndex(before, cached);
	const mid = text.indexOf('\n', text.length >> 1);
	// The edited texts are made first and flattened (charCodeAt), as the editor's getText() returns
	// them: a concatenated string would charge its flattening to whatever reads it first.
	const typings = Array.from({ length: runs + 1 }, (_, i) => {
		const typed = ` edit${i}`;
		const edited = text.slice(0, mid) + typed + text.slice(mid);
		edited.charCodeAt(0);
		return { edited, typed };
	});
	let edit = 0;
	const afterEdit = timeRuns(() => {
		// As the model cache does it: the new version from the last model and the edit.
		const { edited, typed } = typings[edit++];
		const model = reparseSeed(before, edited, { offset: mid, deleted: 0, inserted: typed.length });
		hoverAt(buildEntityIndex(model, cached), model);
	}, runs);
	result.push({ figure: 'entity hover, 1 MB document, after a keystroke (block cache warm)', median: median(afterEdit), spread: spread(afterEdit), unit: 'ms' });
	const model = parseSeed(text);
	const index = buildEntityIndex(model, cached);
	const warm = timeRuns(() => hoverAt(index, model), runs);
	result.push({ figure: 'entity hover, 1 MB document, warm (cached index)', median: median(warm), spread: spread(warm), unit: 'ms' });
	return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
	const args = process.argv.slice(2);
	const quick = args.includes('--quick');
	for (const row of await rows({ runs: quick ? 3 : 7, quick, test: args.includes('--test') })) {
		const ratio = row.ratio === undefined ? '' : `  (${row.peer}: ${row.peerMedian.toFixed(2)} ${row.unit}; ratio ${row.ratio.toFixed(2)}×)`;
		console.log(`${row.figure}: ${row.median === undefined ? '' : `${row.median.toFixed(2)} ${row.unit}`}${ratio}`);
	}
}
