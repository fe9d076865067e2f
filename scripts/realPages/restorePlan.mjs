#!/usr/bin/env node
// What a new machine has to fetch again: the pages of the manifest whose texts are missing, grouped by
// the query that finds them, split into N batches of whole queries (one per helper, since each page is
// copied from a search result by hand). Writes each batch as JSON: [{ query, pages: [{ rank, id, url, length }] }].
//
// usage: node scripts/realPages/restorePlan.mjs [--batches N] [--out DIR]
import fs from 'node:fs';
import path from 'node:path';
import { listGold, pagesDir } from './corpus.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const at = args.indexOf(name);
	return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const batchCount = Math.max(1, Number(option('--batches', '4')) || 1);
const outDir = path.resolve(option('--out', 'restore-plan'));

const byQuery = new Map();
let missing = 0;
for (const gold of listGold()) {
	if (fs.existsSync(path.join(pagesDir, `${gold.id}.txt`))) {
		continue;
	}
	missing++;
	const { query, rank, url, length } = gold.source;
	if (!byQuery.has(query)) {
		byQuery.set(query, []);
	}
	byQuery.get(query).push({ rank, id: gold.id, url, length });
}
if (missing === 0) {
	console.log(`every page of the manifest is in ${pagesDir}: nothing to restore`);
	process.exit(0);
}
const batches = Array.from({ length: batchCount }, () => []);
[...byQuery].forEach(([query, pages], i) => batches[i % batchCount].push({ query, pages }));
fs.mkdirSync(outDir, { recursive: true });
batches.forEach((batch, i) => fs.writeFileSync(path.join(outDir, `batch${i + 1}.json`), JSON.stringify(batch, null, 1) + '\n'));
console.log(`${missing} pages missing from ${pagesDir}, from ${byQuery.size} queries: ${batchCount} batches in ${outDir}`);
