#!/usr/bin/env node
// Checks every gold file against ANNOTATION.md and its page, then writes test/realPages/manifest.json.
// usage: node scripts/realPages/validate.mjs [--no-manifest]
// Exit 1 when a gold file breaks a rule; pages absent from the pages folder are named, not errors.
import fs from 'node:fs';
import { KINDS, headerTextStart, listGold, manifestFile, pageLines, readPage, splitOf } from './corpus.mjs';

const problems = [];
const missing = [];
const perQuery = new Map();
const golds = listGold();
for (const gold of golds) {
	const say = message => problems.push(`${gold.id}: ${message}`);
	perQuery.set(gold.source.query, (perQuery.get(gold.source.query) ?? 0) + 1);
	if (gold.split !== splitOf(gold.source.sha256)) {
		say(`split is ${gold.split}, the hash says ${splitOf(gold.source.sha256)}`);
	}
	let text;
	try {
		text = readPage(gold);
	} catch (error) {
		say(error.message);
		continue;
	}
	if (text === undefined) {
		missing.push(gold.id);
		continue;
	}
	const lines = pageLines(text);
	const kinds = [];
	if (gold.singleLine) {
		let last = -1;
		for (const [start, kind] of gold.segments ?? []) {
			if (!(start > last && start < text.length)) {
				say(`segment start ${start} out of order or outside the text`);
			}
			last = start;
			kinds.push(kind);
		}
		if ((gold.segments?.[0]?.[0]) !== headerTextStart(lines[0])) {
			say('the first segment does not start where the text after the header does');
		}
	} else {
		lines.forEach((line, index) => {
			const content = index === 0 ? line.slice(headerTextStart(line)) : line;
			const kind = gold.lines?.[index];
			if (content.trim() === '') {
				if (kind !== undefined) {
					say(`line ${index} is blank but has kind ${kind}`);
				}
			} else if (kind === undefined) {
				say(`line ${index} has no kind`);
			} else {
				kinds.push(kind);
			}
		});
		for (const key of Object.keys(gold.lines ?? {})) {
			if (!(Number(key) < lines.length)) {
				say(`line ${key} is past the page's end`);
			}
		}
	}
	for (const kind of kinds) {
		if (!KINDS.includes(kind)) {
			say(`unknown kind "${kind}"`);
		}
	}
	if (kinds.filter(k => k === 'title').length > 1) {
		say('more than one title');
	}
	if (kinds.filter(k => k === 'subtitle').length > 1) {
		say('more than one subtitle');
	}
	const entities = gold.entities ?? {};
	for (const person of entities.people ?? []) {
		for (const name of [person.name, ...(person.aliases ?? [])]) {
			if (!text.includes(name)) {
				say(`person "${name}" is not written so in the text`);
			}
		}
		if (person.role !== undefined && person.role !== null && !text.toLowerCase().includes(person.role.toLowerCase())) {
			say(`role "${person.role}" of ${person.name} is not written so in the text`);
		}
	}
	for (const key of ['places', 'organisations']) {
		for (const entry of entities[key] ?? []) {
			const names = typeof entry === 'string' ? [entry] : [entry.name, ...(entry.aliases ?? [])];
			for (const name of names) {
				if (!text.includes(name)) {
					say(`${key.slice(0, -1)} "${name}" is not written so in the text`);
				}
			}
		}
	}
}
for (const [query, count] of perQuery) {
	if (count > 3) {
		problems.push(`query "${query}" gives ${count} pages (at most 3)`);
	}
}

const languages = new Map();
for (const gold of golds) {
	languages.set(gold.language, (languages.get(gold.language) ?? 0) + 1);
}
console.log(`${golds.length} pages from ${perQuery.size} queries; ${golds.filter(g => g.split === 'check').length} in the check split`);
console.log(`languages: ${[...languages].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(', ')}`);
if (missing.length > 0) {
	console.log(`pages absent from the pages folder (${missing.length}): ${missing.join(' ')}`);
}
if (!process.argv.includes('--no-manifest')) {
	const manifest = golds.map(g => ({ id: g.id, split: g.split, language: g.language, ...g.source }));
	fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, '\t') + '\n');
}
if (problems.length > 0) {
	console.log(`\n${problems.length} problems:\n${problems.join('\n')}`);
	process.exit(1);
}
