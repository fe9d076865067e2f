#!/usr/bin/env node
// Saves one search excerpt as a corpus page, byte-exact, and writes its gold skeleton.
//
// usage: node scripts/realPages/savePage.mjs --query Q --rank N --url URL --lang xx JSONFILE
//   JSONFILE holds the excerpt exactly as the search result's JSON gave it: one JSON string literal,
//   quotes and escapes included. It is decoded with JSON.parse and written as UTF-8, adding nothing.
// The page goes to .cache/real-pages/<id>.txt; the skeleton to test/realPages/gold/<id>.json, one entry
// per non-blank line (kind "?"), to be filled in by hand as ANNOTATION.md says.
import fs from 'node:fs';
import path from 'node:path';
import { goldDir, headerTextStart, pageId, pageLines, pagesDir, sha256, splitOf } from './corpus.mjs';

function fail(message) {
	process.stderr.write(`savePage: ${message}\n`);
	process.exit(2);
}

const args = { query: undefined, rank: undefined, url: undefined, lang: undefined, file: undefined };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
	const flag = argv[i];
	if (flag.startsWith('--')) {
		args[flag.slice(2)] = argv[++i];
	} else {
		args.file = flag;
	}
}
for (const key of ['query', 'rank', 'url', 'lang', 'file']) {
	if (args[key] === undefined) {
		fail(`missing ${key === 'file' ? 'JSONFILE' : `--${key}`}`);
	}
}

let text;
try {
	text = JSON.parse(fs.readFileSync(args.file, 'utf8').trim());
} catch (error) {
	fail(`${args.file} is not one JSON string literal: ${error.message}`);
}
if (typeof text !== 'string') {
	fail('the JSON value is not a string');
}
if (!/^ date \d{4}-\d{2}(-\d{2})? /.test(text)) {
	fail('not a seed page: the text does not begin with " date YYYY-MM-DD "');
}

const id = pageId(text);
const sha = sha256(text);
const goldFile = path.join(goldDir, `${id}.json`);
if (fs.existsSync(goldFile)) {
	fail(`page ${id} is already in the corpus (${goldFile})`);
}
fs.mkdirSync(pagesDir, { recursive: true });
fs.mkdirSync(goldDir, { recursive: true });
fs.writeFileSync(path.join(pagesDir, `${id}.txt`), text, 'utf8');

const lines = pageLines(text);
const kinds = {};
lines.forEach((line, index) => {
	const content = index === 0 ? line.slice(headerTextStart(line)) : line;
	if (content.trim() !== '') {
		kinds[index] = '?';
	}
});
const singleLine = lines.length === 1;
const gold = {
	id,
	source: { query: args.query, rank: Number(args.rank), url: args.url, sha256: sha, length: Buffer.byteLength(text, 'utf8') },
	split: splitOf(sha),
	language: args.lang,
	singleLine,
	// Single-line pages are annotated by segments: [startOffset, kind], each running to the next start.
	...(singleLine ? { segments: [[headerTextStart(lines[0]), '?']] } : { lines: kinds }),
	entities: { people: [], places: [], organisations: [] },
};
fs.writeFileSync(goldFile, JSON.stringify(gold, null, '\t') + '\n');
console.log(`saved ${id} (${gold.source.length} bytes, ${lines.length} lines${singleLine ? ', single line' : ''})`);
