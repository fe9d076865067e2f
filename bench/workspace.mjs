// The workspace index on a corpus of many seeds, in plain Node over the compiled model (what the
// extension's SeedWorkspaceIndex and SeedWorkspaceEntities run per file, without the file reads):
// first index (parse + summary + named-entity summary + merge) of 1,000 and 2,000 seeds, the longest
// single-seed step (how long the extension host is held between yields), a query after the index,
// retained memory, and growth of merge, query and memory from 1,000 to 10,000 seeds.
//
// The corpus is generated from the bundled seeds: seed i is sample i mod n with its own header date
// and a tag on every line, so no two seeds share a block (the recogniser's block cache never helps,
// and it is also switched off: every seed is recognised cold, as a fresh workspace is).
// Standalone: npm run compile-tests && node --expose-gc bench/workspace.mjs [--quick]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { seedTexts } from './corpus.mjs';
import { median, spread } from './stats.mjs';

const require = createRequire(import.meta.url);

function load() {
	const { parseSeed } = require('../out/src/model/parse.js');
	const { summarize } = require('../out/src/model/summary.js');
	const { SeedEntityRecognizer } = require('../out/src/model/entities/recognize.js');
	const { buildEntityIndex } = require('../out/src/model/entities/entityIndex.js');
	const { summarizeEntities, WorkspaceEntityIndex, entityKey } = require('../out/src/model/workspaceEntities.js');
	const { findTaggerWeights } = require('../out/src/cli/taggerWeights.js');
	const weights = JSON.parse(fs.readFileSync(findTaggerWeights(path.join(import.meta.dirname, '..')), 'utf8'));
	return { parseSeed, summarize, SeedEntityRecognizer, buildEntityIndex, summarizeEntities, WorkspaceEntityIndex, entityKey, weights };
}

/** `count` distinct seeds made from the samples. */
export function generateCorpus(count) {
	const samples = seedTexts().map(t => t.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
	const out = [];
	for (let i = 0; i < count; i++) {
		const base = samples[i % samples.length];
		const year = 2019 + (i % 6);
		const month = String(1 + (i % 12)).padStart(2, '0');
		const day = String(1 + (i % 28)).padStart(2, '0');
		const body = base.replace(/^\s*date\s+\S+\s/, '');
		const tagged = body.split('\n').map(line => (line.trim() ? `${line} r${i}` : line)).join('\n');
		out.push({ uri: `file:///bench/seeds/${String(i).padStart(5, '0')}.txt`, text: ` date ${year}-${month}-${day} ${tagged}` });
	}
	return out;
}

/** What the extension keeps per seed: its summary and its entity summary, merged into the entity index. */
function indexCorpus(m, recognizer, corpus) {
	const index = new m.WorkspaceEntityIndex();
	const seeds = new Map();
	let longest = 0;
	const started = performance.now();
	for (const { uri, text } of corpus) {
		const t0 = performance.now();
		const doc = m.parseSeed(text);
		const summary = m.summarize(doc);
		const entities = m.summarizeEntities(doc, m.buildEntityIndex(doc, recognizer));
		index.set(uri, entities);
		seeds.set(uri, { uri, summary });
		longest = Math.max(longest, performance.now() - t0);
	}
	return { index, seeds, ms: performance.now() - started, longest };
}

function query(m, index) {
	// What a hover and the library's entity filter ask: other seeds of one entity, and a name search.
	const austin = index.occurrences(m.entityKey('person', 'Lloyd Austin'), 'file:///bench/seeds/00000.txt');
	const found = index.search('gaza');
	return austin.length + found.length;
}

function heapUsed() {
	global.gc?.();
	global.gc?.();
	return process.memoryUsage().heapUsed;
}

/** Deep copies of entity summaries (new arrays), so a bigger index holds its own memory. */
function cloneEntities(entities) {
	return entities.map(e => ({ ...e, mentions: new Uint32Array(e.mentions) }));
}

/** Builds the structures for `count` seeds in a fresh holder; the heap is measured with only this run's objects live. */
function growthRun(m, analysed, count) {
	const holder = {};
	const before = heapUsed();
	const t0 = performance.now();
	holder.index = new m.WorkspaceEntityIndex();
	holder.seeds = new Map();
	for (let i = 0; i < count; i++) {
		const uri = `file:///bench/seeds/${String(i).padStart(5, '0')}.txt`;
		const a = analysed[i % analysed.length];
		holder.index.set(uri, cloneEntities(a.entities));
		holder.seeds.set(uri, { uri, summary: { ...a.summary, headings: a.summary.headings.map(h => ({ ...h })) } });
	}
	const merged = performance.now() - t0;
	const t1 = performance.now();
	for (let k = 0; k < 20; k++) {
		query(m, holder.index);
	}
	const queried = (performance.now() - t1) * 1000 / 20;
	const heap = (heapUsed() - before) / 1024 / 1024;
	if (holder.index.documentCount !== count || holder.seeds.size !== count) {
		throw new Error('index lost seeds');
	}
	return { merged, queried, heap };
}

export async function rows({ runs, quick }) {
	const m = load();
	const result = [];
	const fullRuns = quick ? 1 : Math.min(runs, 3);

	// First index of 1,000 and 2,000 seeds, cold (no block cache).
	const corpus2k = generateCorpus(2000);
	let built;
	for (const count of [1000, 2000]) {
		const corpus = corpus2k.slice(0, count);
		const times = [];
		const longest = [];
		for (let r = 0; r < fullRuns; r++) {
			const recognizer = new m.SeedEntityRecognizer(m.weights, 0);
			built = indexCorpus(m, recognizer, corpus);
			times.push(built.ms / 1000);
			longest.push(built.longest);
		}
		result.push({ figure: `first index, ${count.toLocaleString('en-US')} seeds (parse, summary, entities, merge; ${fullRuns} run${fullRuns === 1 ? '' : 's'})`, median: median(times), spread: spread(times), unit: 's' });
		result.push({ figure: `  per seed, ${count.toLocaleString('en-US')} seeds`, median: median(times) * 1000 / count, spread: spread(times), unit: 'ms' });
		if (count === 2000) {
			result.push({ figure: '  longest single-seed step (host held between yields), 2,000 seeds', median: median(longest), spread: spread(longest), unit: 'ms' });
		}
	}

	// A query after the index (2,000 seeds).
	const q = [];
	for (let r = 0; r < Math.max(runs, 5); r++) {
		const t0 = performance.now();
		for (let k = 0; k < 100; k++) {
			query(m, built.index);
		}
		q.push((performance.now() - t0) * 1000 / 100);
	}
	result.push({ figure: 'query after the index, 2,000 seeds (other seeds of an entity + name search)', median: median(q), spread: spread(q), unit: 'µs' });

	// Growth 1,000 -> 10,000 seeds: merge, query and retained memory, with entity summaries cloned from
	// the 2,000 analysed seeds (seed i reuses the analysis of seed i mod 2,000, in its own copy).
	const analysed = [...built.seeds.keys()].map(uri => ({ summary: built.seeds.get(uri).summary, entities: built.index.entitiesOf(uri) }));
	built = undefined;
	for (const count of quick ? [1000, 10000] : [1000, 2000, 5000, 10000]) {
		const merges = [];
		const queries = [];
		const heaps = [];
		// One unmeasured warm-up build, so lazily allocated runtime structures do not count as index memory.
		for (let r = -1; r < 3; r++) {
			const { merged, queried, heap } = growthRun(m, analysed, count);
			if (r >= 0) {
				merges.push(merged);
				queries.push(queried);
				heaps.push(heap);
			}
		}
		const label = count.toLocaleString('en-US');
		result.push({ figure: `merge into the entity index, ${label} seeds`, median: median(merges), spread: spread(merges), unit: 'ms' });
		result.push({ figure: `query, ${label} seeds`, median: median(queries), spread: spread(queries), unit: 'µs' });
		result.push({ figure: `retained heap (summaries + entity index), ${label} seeds`, median: median(heaps), spread: spread(heaps), unit: 'MB' });
	}
	return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const quick = process.argv.includes('--quick');
	for (const row of await rows({ runs: quick ? 3 : 5, quick })) {
		console.log(`${row.figure}: ${row.median.toFixed(row.median >= 100 ? 0 : 2)} ${row.unit} (±${(row.spread * 50).toFixed(0)}%)`);
	}
}
