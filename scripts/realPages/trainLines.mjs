#!/usr/bin/env node
// Trains the line classifier (src/model/lineClassifier.ts) on the TUNING split of the real-page corpus
// and writes its weights to src/model/data/lineClassifier.json. The check split is never read here.
//
// usage: npm run compile-tests && node scripts/realPages/trainLines.mjs [--folds 5] [--dry-run]
// A softmax regression over the binary features of lineFeatures.ts, by stochastic gradient descent with
// L2 regularisation and a fixed seed, so the same pages give the same weights. Cross-validation over the
// tuning pages (by page) picks the regularisation and reports line accuracy against the rules alone.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { listGold, readPage, repo } from './corpus.mjs';

const require = createRequire(import.meta.url);
const { lineFeatureRows } = require(path.join(repo, 'out/src/model/parse.js'));
const { blockKindNames } = require(path.join(repo, 'out/src/model/block.js'));

const args = process.argv.slice(2);
const foldsArg = args.indexOf('--folds');
const folds = foldsArg >= 0 ? Number(args[foldsArg + 1]) : 5;
const dryRun = args.includes('--dry-run');
const outFile = path.join(repo, 'src/model/data/lineClassifier.json');

const classOf = kind => blockKindNames.indexOf(kind === 'noise' || kind === 'related' ? 'boilerplate' : kind);
const classes = blockKindNames.length;

/** Examples of one page: each a line's features, its gold class and the rules' class. */
function pageExamples(gold, text) {
	const { featureCount, rows } = lineFeatureRows(text);
	const examples = [];
	for (const row of rows) {
		const kind = gold.lines[row.line];
		if (kind === undefined || row.related) {
			continue;
		}
		// The rules' kind is the feature right after the bias (lineFeatures.ts: group 'rule').
		examples.push({ features: row.features, label: classOf(kind), rule: row.features[1] - 1 });
	}
	return { featureCount, examples };
}

const pages = [];
let featureCount = 0;
for (const gold of listGold()) {
	if (gold.split !== 'tune' || gold.singleLine) {
		continue;
	}
	if (Object.values(gold.lines ?? {}).includes('?')) {
		continue;
	}
	const text = readPage(gold);
	if (text === undefined) {
		continue;
	}
	const page = pageExamples(gold, text);
	featureCount = page.featureCount;
	pages.push({ id: gold.id, examples: page.examples });
}
if (pages.length === 0) {
	console.error('trainLines: no annotated tuning pages present (.cache/real-pages); nothing trained');
	process.exit(2);
}

/** A small deterministic generator (mulberry32), so training is repeatable. */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function train(examples, { l2, epochs = 40, rate = 0.2 }) {
	const w = new Float64Array(featureCount * classes);
	const next = random(12345);
	const order = examples.map((_, i) => i);
	const scores = new Float64Array(classes);
	for (let epoch = 0; epoch < epochs; epoch++) {
		for (let i = order.length - 1; i > 0; i--) {
			const j = Math.floor(next() * (i + 1));
			[order[i], order[j]] = [order[j], order[i]];
		}
		const lr = rate / (1 + epoch * 0.1);
		for (const index of order) {
			const { features, label } = examples[index];
			scores.fill(0);
			for (const f of features) {
				for (let c = 0; c < classes; c++) {
					scores[c] += w[f * classes + c];
				}
			}
			let max = -Infinity;
			for (let c = 0; c < classes; c++) {
				max = Math.max(max, scores[c]);
			}
			let sum = 0;
			for (let c = 0; c < classes; c++) {
				scores[c] = Math.exp(scores[c] - max);
				sum += scores[c];
			}
			for (const f of features) {
				for (let c = 0; c < classes; c++) {
					const g = scores[c] / sum - (c === label ? 1 : 0);
					const k = f * classes + c;
					w[k] -= lr * (g + l2 * w[k]);
				}
			}
		}
	}
	return w;
}

function predict(w, features) {
	let top = 0;
	let topScore = -Infinity;
	for (let c = 0; c < classes; c++) {
		let s = 0;
		for (const f of features) {
			s += w[f * classes + c];
		}
		if (s > topScore) {
			topScore = s;
			top = c;
		}
	}
	return top;
}

/** Line accuracy of the classifier and of the rules alone, over pages held out fold by fold. */
function crossValidate(l2) {
	let right = 0;
	let ruleRight = 0;
	let total = 0;
	for (let fold = 0; fold < folds; fold++) {
		const trainSet = pages.filter((_, i) => i % folds !== fold).flatMap(p => p.examples);
		const held = pages.filter((_, i) => i % folds === fold).flatMap(p => p.examples);
		const w = train(trainSet, { l2 });
		for (const e of held) {
			right += predict(w, e.features) === e.label ? 1 : 0;
			ruleRight += e.rule === e.label ? 1 : 0;
			total++;
		}
	}
	return { accuracy: right / total, rules: ruleRight / total, lines: total };
}

const all = pages.flatMap(p => p.examples);
console.log(`training on ${pages.length} tuning pages, ${all.length} lines, ${featureCount} features × ${classes} classes`);
let bestL2 = 0;
let bestAccuracy = -1;
for (const l2 of [1e-4, 1e-3, 3e-3, 1e-2]) {
	const cv = crossValidate(l2);
	console.log(`  L2 ${l2}: ${folds}-fold line accuracy ${cv.accuracy.toFixed(3)} (rules alone ${cv.rules.toFixed(3)}, ${cv.lines} lines)`);
	if (cv.accuracy > bestAccuracy) {
		bestAccuracy = cv.accuracy;
		bestL2 = l2;
	}
}
const w = train(all, { l2: bestL2 });
const data = {
	trainedOn: `${pages.length} pages of the tuning split, ${all.length} lines; L2 ${bestL2}; cross-validated line accuracy ${bestAccuracy.toFixed(3)}`,
	featureCount,
	classes: blockKindNames,
	weights: Array.from(w, x => Math.round(x * 1000) / 1000),
};
if (dryRun) {
	console.log('dry run: weights not written');
} else {
	fs.writeFileSync(outFile, JSON.stringify(data) + '\n');
	console.log(`wrote ${path.relative(repo, outFile)} (L2 ${bestL2})`);
}
