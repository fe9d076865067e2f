#!/usr/bin/env node
// The structure errors of the TUNING split, page by page, for error analysis: each line whose reader-level
// class (title, subtitle, heading, text, noise) the parser gets wrong, as "line gold->model text". Single-line
// pages are listed by segment. The check split is only scored (test/realPages/ANNOTATION.md): this script
// refuses to print its pages.
//
// usage: node scripts/realPages/tuneLineErrors.mjs [--kind noise|heading|title|text] [ID…]   (after `npm run compile-tests`)
import { createRequire } from 'node:module';
import path from 'node:path';
import { headerTextStart, listGold, pageLines, readPage, repo } from './corpus.mjs';

const require = createRequire(import.meta.url);
const { coarse, pairs } = require(path.join(repo, 'out/test/realPages/score.js'));
const { parseSeed } = require(path.join(repo, 'out/src/model/parse.js'));

const args = process.argv.slice(2);
const kindAt = args.indexOf('--kind');
const onlyKind = kindAt >= 0 ? args[kindAt + 1] : undefined;
const wanted = args.filter((a, i) => a !== '--kind' && i !== kindAt + 1);
let pages = 0;
let errors = 0;
for (const gold of listGold()) {
	if (wanted.length > 0 && !wanted.includes(gold.id)) {
		continue;
	}
	if (gold.split === 'check') {
		if (wanted.includes(gold.id)) {
			console.error(`${gold.id} is in the check split: it is only scored, never read`);
		}
		continue;
	}
	const text = readPage(gold);
	if (text === undefined) {
		continue;
	}
	pages++;
	const doc = parseSeed(text);
	const lines = pageLines(text);
	const keys = gold.singleLine ? (gold.segments ?? []).map(([start]) => `@${start}`) : Object.keys(gold.lines ?? {});
	const out = [];
	pairs(gold, doc).forEach(([goldKind, modelKind], i) => {
		const g = coarse(goldKind);
		const m = coarse(modelKind);
		if (g === m || (onlyKind && g !== onlyKind && m !== onlyKind)) {
			return;
		}
		const key = keys[i];
		const line = gold.singleLine ? '' : lines[Number(key)];
		const shown = gold.singleLine ? '' : (Number(key) === 0 ? line.slice(headerTextStart(line)) : line);
		out.push(`  ${key.padStart(4)} ${goldKind}->${modelKind}  ${shown.slice(0, 150)}`);
	});
	if (out.length) {
		errors += out.length;
		console.log(`${gold.id} (${gold.language ?? gold.source.language ?? '?'})`);
		console.log(out.join('\n'));
	}
}
console.log(`${errors} wrong lines on ${pages} tuning pages present`);
