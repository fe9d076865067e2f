import { blockKindNames } from './block';
import { featureCount, lineFeatures, maxActiveFeatures } from './lineFeatures';
import { subtitle, title, type SourceLines } from './sourceLines';
import trained from './data/lineClassifier.json';

/**
 * The learned line classifier: a softmax over block kinds, trained on the tuning split of the real-page
 * corpus (scripts/realPages/trainLines.mjs) from features of each line and its neighbours, the rules'
 * kinds among them (lineFeatures.ts). It runs after the rules and revises their kinds where it has
 * learned better, so the rules stay exact where they are exact and real pages decide the rest.
 */
export interface LineClassifierWeights {
	readonly featureCount: number;
	readonly classes: readonly string[];
	/** Row-major: feature × class. */
	readonly weights: readonly number[];
}

const classes = blockKindNames.length;

/** The weights as a table, or undefined when they were trained on another feature set. */
export function weightTable(data: LineClassifierWeights): Float32Array | undefined {
	if (data.featureCount !== featureCount || data.classes.length !== classes || data.classes.some((c, i) => c !== blockKindNames[i])
		|| data.weights.length !== featureCount * classes) {
		// Weights of another feature set: the rules alone are better than wrong numbers.
		return undefined;
	}
	return Float32Array.from(data.weights);
}

const weights = weightTable(trained as LineClassifierWeights);
const active = new Int32Array(maxActiveFeatures);

/** Class scores of line `i` into `scores` (length = number of block kinds). */
export function scoreLine(lines: SourceLines, i: number, table: Float32Array, scores: Float32Array): void {
	scores.fill(0);
	const n = lineFeatures(lines, i, active);
	for (let f = 0; f < n; f++) {
		const row = active[f] * classes;
		for (let c = 0; c < classes; c++) {
			scores[c] += table[row + c];
		}
	}
}

function best(scores: Float32Array, except: number, except2: number): number {
	let top = -1;
	for (let c = 0; c < classes; c++) {
		if (c !== except && c !== except2 && (top < 0 || scores[c] > scores[top])) {
			top = c;
		}
	}
	return top;
}

/**
 * Revises the rules' kinds of lines [0, end) with the classifier. One title at most (the line the
 * classifier is surest of), and a subtitle only right after it. Lines of appended stories (from `end`
 * on) keep their kinds.
 */
export function reviseKinds(lines: SourceLines, end: number, table: Float32Array | undefined = weights): void {
	if (!table || end <= 0) {
		return;
	}
	const { kind } = lines;
	const revised = new Uint8Array(end);
	const scores = new Float32Array(classes);
	let titleLine = -1;
	let titleMargin = -Infinity;
	const titleRunnerUp = new Map<number, number>();
	for (let i = 0; i < end; i++) {
		scoreLine(lines, i, table, scores);
		const top = best(scores, -1, -1);
		revised[i] = top;
		if (top === title) {
			const second = best(scores, title, subtitle);
			titleRunnerUp.set(i, second);
			const margin = scores[title] - scores[second];
			if (margin > titleMargin) {
				titleMargin = margin;
				titleLine = i;
			}
		} else if (top === subtitle) {
			titleRunnerUp.set(i, best(scores, title, subtitle));
		}
	}
	for (let i = 0; i < end; i++) {
		let k = revised[i];
		if ((k === title && i !== titleLine) || (k === subtitle && (titleLine < 0 || i !== titleLine + 1))) {
			k = titleRunnerUp.get(i) ?? k;
		}
		kind[i] = k;
	}
}
