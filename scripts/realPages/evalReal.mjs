#!/usr/bin/env node
// `npm run eval:real`: scores the parser and the entities on the real pages present in the pages folder,
// each split apart (test/realPages/ANNOTATION.md). Needs `npm run compile-tests` first (the npm script
// does it). Pages absent from the folder are named and left out; with none present it says so and exits 0.
//
// usage: node scripts/realPages/evalReal.mjs [--json]
//   --json   the summaries as JSON on stdout (for `npm run bench`)
// The check split is only scored: its totals are printed, never its pages, so no rule is tuned to them.
import { createRequire } from 'node:module';
import path from 'node:path';
import { listGold, pagesDir, readPage, repo } from './corpus.mjs';
import { grammarAgreement } from './grammarAgreement.mjs';

const require = createRequire(import.meta.url);
const { scorePage, summarise, GOLD_KINDS } = require(path.join(repo, 'out/test/realPages/score.js'));
const { nodeEntityRecognizer } = require(path.join(repo, 'out/src/cli/taggerWeights.js'));
const { parseSeed } = require(path.join(repo, 'out/src/model/parse.js'));

const json = process.argv.includes('--json');
const golds = listGold();
const missing = [];
const unfinished = [];
const scores = [];
const texts = [];
const recognizer = nodeEntityRecognizer();
for (const gold of golds) {
	const kinds = gold.singleLine ? (gold.segments ?? []).map(([, kind]) => kind) : Object.values(gold.lines ?? {});
	if (kinds.includes('?')) {
		unfinished.push(gold.id);
		continue;
	}
	const text = readPage(gold);
	if (text === undefined) {
		missing.push(gold.id);
		continue;
	}
	scores.push(scorePage(gold, text, recognizer));
	texts.push(text);
}

const splits = ['tune', 'check'].map(split => ({ split, scores: scores.filter(s => s.split === split) }))
	.map(({ split, scores: own }) => ({ split, summary: summarise(own) }));

const grammar = await grammarAgreement(texts, parseSeed);
if (json) {
	console.log(JSON.stringify({ present: scores.length, missing: missing.length, unfinished: unfinished.length, splits, grammar }, null, '\t'));
	process.exit(0);
}

const pct = x => x.toFixed(3);
const say = line => console.log(line);
say(`real pages: ${golds.length} annotated, ${scores.length} present in ${path.relative(process.cwd(), pagesDir) || pagesDir}`);
if (unfinished.length > 0) {
	say(`not yet annotated, left out (${unfinished.length}): ${unfinished.join(' ')}`);
}
if (missing.length > 0) {
	say(`missing (${missing.length}): ${missing.join(' ')}`);
	say('  re-create them from the manifest\'s queries: test/realPages/ANNOTATION.md');
}
if (scores.length === 0) {
	say('no page texts present, so nothing was scored (the texts are never committed)');
	process.exit(0);
}

for (const { split, summary: s } of splits) {
	say(`\n== ${split} split: ${s.pages} pages ==`);
	if (s.pages === 0) {
		continue;
	}
	say(`title accuracy   ${pct(s.titleAccuracy)}`);
	say(`headings         P ${pct(s.headings.precision)}  R ${pct(s.headings.recall)}  F1 ${pct(s.headings.f1)}`);
	say(`noise lines      P ${pct(s.noise.precision)}  R ${pct(s.noise.recall)}  F1 ${pct(s.noise.f1)}`);
	say(`people           P ${pct(s.people.precision)}  R ${pct(s.people.recall)}  F1 ${pct(s.people.f1)}`);
	say(`roles ${pct(s.roles)}   aliases linked ${pct(s.aliases)}   places+orgs found ${pct(s.placesOrgsFound)} (precision ${pct(s.placesOrgsPrecision)})`);
	say(`gold places typed as people: ${s.placesAsPeople.length}`);
	const modelKinds = [...GOLD_KINDS, 'none'];
	const abbreviation = k => ({ 'list-item': 'list', subtitle: 'subt', paragraph: 'para', dateline: 'dline', caption: 'capt', byline: 'byln', heading: 'head', related: 'relat' })[k] ?? k;
	say(`confusion (rows gold, columns model): ${'gold'.padEnd(9)}${modelKinds.map(k => abbreviation(k).padStart(6)).join('')}`);
	for (const kind of GOLD_KINDS) {
		const row = s.confusion[kind];
		if (row) {
			say(`${''.padEnd(38)}${abbreviation(kind).padEnd(9)}${modelKinds.map(k => String(row[k] ?? 0).padStart(6)).join('')}`);
		}
	}
}

say(`\neditor heading colour vs the Outline (all ${texts.length} pages): ${grammar.agree} of ${grammar.lines} lines agree (${pct(grammar.agree / Math.max(1, grammar.lines))}); ` +
	`${grammar.outlineOnly} in the Outline only, ${grammar.grammarOnly} coloured only`);

const worst = scores.filter(s => s.split === 'tune').map(s => ({ s, share: s.lineErrors / Math.max(1, s.units) }))
	.sort((a, b) => b.s.lineErrors - a.s.lineErrors || b.share - a.share).slice(0, 10);
say('\nworst ten pages of the tuning split (lines whose class is wrong: title, heading, text, noise):');
for (const { s } of worst) {
	say(`  ${s.id}  ${String(s.lineErrors).padStart(3)} of ${String(s.units).padEnd(3)} ${s.language}${s.titleRight ? '' : '  title wrong'}`);
}
say('(the check split\'s pages are never listed: it is only scored)');
