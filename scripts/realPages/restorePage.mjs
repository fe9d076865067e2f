#!/usr/bin/env node
// Re-creates one page text of the corpus from a search excerpt, as a later session has to (the texts are
// never committed): the excerpt is decoded as savePage does, and written to the pages folder only when
// its sha256 is one the manifest names. A copy that differs is refused, and that page is dropped.
//
// usage: node scripts/realPages/restorePage.mjs JSONFILE   (the excerpt's JSON string literal, as saved)
import fs from 'node:fs';
import path from 'node:path';
import { listGold, pagesDir, sha256 } from './corpus.mjs';

const file = process.argv[2];
if (!file) {
	console.error('usage: restorePage.mjs JSONFILE');
	process.exit(2);
}
const text = JSON.parse(fs.readFileSync(file, 'utf8').trim());
const sha = sha256(text);
const gold = listGold().find(g => g.source.sha256 === sha);
if (!gold) {
	console.error(`restorePage: no page of the manifest has this text's sha256 (${sha.slice(0, 12)}, ${Buffer.byteLength(text, 'utf8')} bytes): not the same copy`);
	process.exit(1);
}
fs.mkdirSync(pagesDir, { recursive: true });
fs.writeFileSync(path.join(pagesDir, `${gold.id}.txt`), text, 'utf8');
console.log(`restored ${gold.id} (${gold.source.url})`);
