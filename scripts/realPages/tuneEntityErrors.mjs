#!/usr/bin/env node
// The entity errors of the TUNING split, page by page, for error analysis: gold people the index missed
// or typed otherwise, people it invented, roles it got wrong, places and organisations missed or mistyped.
// The check split is only scored (test/realPages/ANNOTATION.md): this script refuses to print its pages.
//
// usage: node scripts/realPages/tuneEntityErrors.mjs [ID…]     (after `npm run compile-tests`)
import { createRequire } from 'node:module';
import path from 'node:path';
import { listGold, readPage, repo } from './corpus.mjs';

const require = createRequire(import.meta.url);
const { normaliseName } = require(path.join(repo, 'out/test/realPages/score.js'));
const { nodeEntityRecognizer } = require(path.join(repo, 'out/src/cli/taggerWeights.js'));
const { parseSeed } = require(path.join(repo, 'out/src/model/parse.js'));
const { buildEntityIndex } = require(path.join(repo, 'out/src/model/entities/entityIndex.js'));

const wanted = process.argv.slice(2);
const recognizer = nodeEntityRecognizer();
const golds = listGold().filter(g => wanted.length === 0 || wanted.includes(g.id));
for (const gold of golds) {
	if (gold.split !== 'tune') {
		if (wanted.includes(gold.id)) {
			console.error(`${gold.id} is in the check split: it is only scored, never listed`);
			process.exitCode = 2;
		}
		continue;
	}
	const text = readPage(gold);
	if (text === undefined) {
		continue;
	}
	const index = buildEntityIndex(parseSeed(text), recognizer);
	const namesOfEntity = e => new Set([e.name, ...e.aliases, ...e.mentions.map(m => m.text)].map(normaliseName));
	const findEntity = names => index.entities.find(e => names.some(n => namesOfEntity(e).has(normaliseName(n))));
	const lines = [];
	const claimed = new Set();
	const golden = (entries, type) => {
		for (const entry of entries ?? []) {
			const names = typeof entry === 'string' ? [entry] : [entry.name, ...(entry.aliases ?? [])];
			const found = findEntity(names);
			if (found) {
				claimed.add(found);
			}
			if (found && typeof entry !== 'string') {
				// An alias the page uses that the entity does not hold: a short form or spelling left as its own card.
				const held = namesOfEntity(found);
				for (const alias of entry.aliases ?? []) {
					if (!held.has(normaliseName(alias))) {
						lines.push(`  alias  ${found.name}: misses "${alias}"`);
					}
				}
			}
			if (!found) {
				lines.push(`  missed ${type.padEnd(12)} ${names.join(' | ')}${entry.role ? `  [role: ${entry.role}]` : ''}`);
			} else if (found.type !== type) {
				lines.push(`  ${type.padEnd(12)} typed ${found.type.padEnd(12)} ${found.name}`);
			} else if (type === 'person' && entry.role && !(found.role && (normaliseName(found.role).includes(normaliseName(entry.role)) || normaliseName(entry.role).includes(normaliseName(found.role))))) {
				lines.push(`  role   ${found.name}: gold "${entry.role}", model "${found.role ?? ''}"`);
			}
		}
	};
	golden(gold.entities?.people, 'person');
	golden(gold.entities?.places, 'place');
	golden(gold.entities?.organisations, 'organization');
	for (const e of index.entities) {
		if (!claimed.has(e)) {
			lines.push(`  extra  ${e.type.padEnd(12)} ${e.name}${e.role ? `  [role: ${e.role}]` : ''}`);
		}
	}
	if (lines.length > 0) {
		console.log(`${gold.id} ${gold.language}`);
		console.log(lines.join('\n'));
	}
}
