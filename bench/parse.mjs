// Model parse throughput against markdown-it's parse of the same text; outline time; retained memory.
import { createRequire } from 'node:module';
import { corpus, KB, MB, sizeLabel } from './corpus.mjs';
import { mbPerSecond, median, pairedSpeedRatio, spread, timePair, timeRuns } from './stats.mjs';

const require = createRequire(import.meta.url);

export async function rows({ runs, quick }) {
	const { parseSeed, reparseSeed } = require('../out/src/model/parse.js');
	const { buildOutline } = require('../out/src/model/outline.js');
	const MarkdownIt = require('markdown-it');
	const md = new MarkdownIt({ html: false });
	const result = [];

	for (const size of quick ? [100 * KB, MB] : [100 * KB, MB, 10 * MB]) {
		const text = corpus(size);
		const bytes = Buffer.byteLength(text);
		const n = size >= 10 * MB ? Math.max(5, Math.round(runs / 2)) : runs;
		const t = timePair(() => parseSeed(text), () => md.parse(text, {}), n);
		const ours = t.ours.map(ms => mbPerSecond(bytes, ms));
		const peer = t.peer.map(ms => mbPerSecond(bytes, ms));
		result.push({ figure: `parse throughput, ${sizeLabel(size)}`, median: median(ours), spread: spread(ours), unit: 'MB/s',
			peer: 'markdown-it parse', peerMedian: median(peer), ratio: pairedSpeedRatio(t) });
	}

	// Block objects are made on first use of `blocks` (the outline needs only the headings); the preview
	// and the entities touch every block, so this row is the parse as they see it.
	{
		const text = corpus(quick ? MB : 10 * MB);
		const bytes = Buffer.byteLength(text);
		const t = timePair(() => parseSeed(text).blocks, () => md.parse(text, {}), quick ? runs : Math.max(5, Math.round(runs / 2)));
		const ours = t.ours.map(ms => mbPerSecond(bytes, ms));
		const peer = t.peer.map(ms => mbPerSecond(bytes, ms));
		result.push({ figure: `parse + every block object, ${sizeLabel(bytes)}`, median: median(ours), spread: spread(ours), unit: 'MB/s',
			peer: 'markdown-it parse', peerMedian: median(peer), ratio: pairedSpeedRatio(t) });
	}

	const mb = corpus(MB);
	const cold = timeRuns(() => buildOutline(parseSeed(mb)), runs);
	result.push({ figure: 'outline, 1 MB, cold (parse + outline)', median: median(cold), spread: spread(cold), unit: 'ms' });
	const doc = parseSeed(mb);
	const warm = timeRuns(() => buildOutline(doc), runs);
	result.push({ figure: 'outline, 1 MB, warm (cached model)', median: median(warm), spread: spread(warm), unit: 'ms' });

	// A keystroke in the middle of a 1 MB seed: the new version's model from the last one, then its outline.
	const at = mb.indexOf('\n', mb.length >> 1) - 5;
	const edited = `${mb.slice(0, at)}x${mb.slice(at)}`;
	const keystroke = { offset: at, deleted: 0, inserted: 1 };
	const incremental = timeRuns(() => buildOutline(reparseSeed(doc, edited, keystroke)), runs);
	const full = timeRuns(() => buildOutline(parseSeed(edited)), runs);
	result.push({ figure: 'outline after a keystroke, 1 MB (incremental parse + outline)', median: median(incremental), spread: spread(incremental), unit: 'ms',
		peer: 'full parse + outline', peerMedian: median(full), ratio: median(full) / median(incremental) });

	if (global.gc) {
		const text = corpus(10 * MB);
		const samples = [];
		for (let i = 0; i < 3; i++) {
			global.gc();
			const before = process.memoryUsage().heapUsed;
			let model = parseSeed(text);
			// Retained as the features use it, with every block object made.
			void model.blocks.length;
			global.gc();
			const after = process.memoryUsage().heapUsed;
			samples.push((after - before) / Buffer.byteLength(text));
			model = null;
		}
		result.push({ figure: 'retained model heap, 10 MB document (text excluded)', median: median(samples), spread: spread(samples), unit: '× size' });
	}
	return result;
}
