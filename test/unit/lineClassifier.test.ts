import * as assert from 'node:assert/strict';
import { blockKindCode, blockKindNames } from '../../src/model/block';
import { decideKinds } from '../../src/model/decideKinds';
import { reviseKinds, weightTable } from '../../src/model/lineClassifier';
import { featureCount, featureId, lineFeatures, maxActiveFeatures } from '../../src/model/lineFeatures';
import { lineFeatureRows, parseSeed } from '../../src/model/parse';
import { newSourceLines, readLines, type SourceLines } from '../../src/model/sourceLines';

const classes = blockKindNames.length;

function ruledLines(text: string): SourceLines {
	const lines = newSourceLines(text);
	readLines(lines);
	decideKinds(lines);
	return lines;
}

function features(lines: SourceLines, i: number): number[] {
	const out = new Int32Array(maxActiveFeatures);
	return Array.from(out.subarray(0, lineFeatures(lines, i, out)));
}

/** A table that adds `amount` to class `kind` whenever feature `id` is on. */
function table(entries: [number, keyof typeof blockKindCode, number][]): Float32Array {
	const t = new Float32Array(featureCount * classes);
	for (const [id, kind, amount] of entries) {
		t[id * classes + blockKindCode[kind]] += amount;
	}
	return t;
}

const page = [
	' date 2024-05-02 Council Approves New Bridge',
	'Follow @rivertonnews for updates',
	'The council voted on Tuesday to build a new bridge over the river, the mayor said.',
	'What Happens Next',
	'Work starts in June, and the bridge should open two years later.',
].join('\n');

suite('line classifier', () => {
	test('features are ids below featureCount, one per group, and the same for the same line', () => {
		const lines = ruledLines(page);
		for (let i = 0; i < lines.count; i++) {
			const ids = features(lines, i);
			assert.ok(ids.every(id => id >= 0 && id < featureCount), `line ${i}: ${ids.join(',')}`);
			assert.equal(new Set(ids).size, ids.length, 'no feature twice');
			assert.deepEqual(features(lines, i), ids);
		}
	});

	test('what a line looks like changes its features: an @ handle, a final stop', () => {
		const lines = ruledLines(page);
		assert.ok(features(lines, 1).includes(featureId('marks', 0)), 'the @ mark on the follow line');
		assert.ok(!features(lines, 3).includes(featureId('marks', 0)));
		assert.ok(features(lines, 2).includes(featureId('lastChar', 0)), 'a final full stop');
		assert.ok(features(lines, 3).includes(featureId('lastChar', 8)), 'a heading ends with a letter');
	});

	test('the classifier revises the rules where its weights say so', () => {
		const lines = ruledLines(page);
		assert.notEqual(lines.kind[1], blockKindCode.boilerplate, 'the rules alone keep the follow line');
		reviseKinds(lines, lines.count, table([
			[featureId('rule', blockKindCode.title), 'title', 5],
			[featureId('rule', blockKindCode.heading), 'heading', 5],
			[featureId('rule', blockKindCode.paragraph), 'paragraph', 5],
			[featureId('marks', 0), 'boilerplate', 20],
		]));
		assert.equal(lines.kind[1], blockKindCode.boilerplate);
		assert.equal(lines.kind[0], blockKindCode.title);
		assert.equal(lines.kind[3], blockKindCode.heading);
	});

	test('one title at most: the line it is surest of; the others take their next kind', () => {
		const lines = ruledLines(page);
		reviseKinds(lines, lines.count, table([
			[featureId('bias'), 'title', 5],
			[featureId('bias'), 'paragraph', 4],
			[featureId('position', 0), 'title', 3],
		]));
		const titles = Array.from(lines.kind.subarray(0, lines.count)).filter(k => k === blockKindCode.title);
		assert.equal(titles.length, 1);
		assert.equal(lines.kind[0], blockKindCode.title);
		assert.equal(lines.kind[2], blockKindCode.paragraph);
	});

	test('lines of an appended story are left alone', () => {
		const lines = ruledLines(page);
		const before = Array.from(lines.kind.subarray(0, lines.count));
		reviseKinds(lines, 2, table([[featureId('bias'), 'boilerplate', 50]]));
		assert.deepEqual(Array.from(lines.kind.subarray(2, lines.count)), before.slice(2));
		assert.equal(lines.kind[1], blockKindCode.boilerplate);
	});

	test('weights of another feature set are not used', () => {
		assert.equal(weightTable({ featureCount: featureCount + 1, classes: blockKindNames, weights: [] }), undefined);
		assert.equal(weightTable({ featureCount, classes: [...blockKindNames].reverse(), weights: new Array(featureCount * classes).fill(0) }), undefined);
		assert.ok(weightTable({ featureCount, classes: blockKindNames, weights: new Array(featureCount * classes).fill(0) }));
	});

	test('training rows are the features parsing uses, one per non-blank line, with their line numbers', () => {
		const { rows } = lineFeatureRows(page);
		assert.deepEqual(rows.map(r => r.line), [0, 1, 2, 3, 4]);
		const lines = ruledLines(page);
		assert.deepEqual(rows[3].features, features(lines, 3));
		assert.equal(parseSeed(page).blocks.length, rows.length);
	});
});
