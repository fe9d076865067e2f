// Preview render time: the pure renderer (model -> article HTML) on 100 KB and 1 MB seeds, against
// markdown-it rendering the same text as markdown. Goal: 1 MB in under 100 ms.
// Standalone: `node bench/preview.mjs` (needs `npm run compile-tests` for out/); bench/run.mjs imports it.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { corpus, KB, MB, sizeLabel } from './corpus.mjs';
import { median, spread, timePair, timeRuns } from './stats.mjs';

const require = createRequire(import.meta.url);

export async function rows({ runs = 7 } = {}) {
	const { parseSeed } = require('../out/src/model/parse.js');
	const { renderBody } = require('../out/src/preview/renderBody.js');
	const MarkdownIt = require('markdown-it');
	const md = new MarkdownIt({ html: false, linkify: true });
	const result = [];
	for (const size of [100 * KB, MB]) {
		const text = corpus(size);
		const doc = parseSeed(text);
		// Warm: the model is cached per (uri, version), so an update renders a model that exists.
		const t = timePair(() => renderBody(doc), () => md.render(text), runs);
		result.push({ figure: `preview render, ${sizeLabel(size)} (cached model)`, median: median(t.ours), spread: spread(t.ours), unit: 'ms',
			peer: 'markdown-it render', peerMedian: median(t.peer), ratio: median(t.ours) / median(t.peer) });
		const cold = timeRuns(() => renderBody(parseSeed(text)), runs);
		result.push({ figure: `preview parse + render, ${sizeLabel(size)}`, median: median(cold), spread: spread(cold), unit: 'ms' });
	}
	// With entity markup and hover cards, as the preview renders once the entity index is built
	// (the index itself is the entity bench's figure; here it is built once, outside the timing).
	const { nodeEntityRecognizer } = require('../out/src/cli/taggerWeights.js');
	const { buildEntityIndex } = require('../out/src/model/entities/entityIndex.js');
	const { previewEntities } = require('../out/src/preview/entityMarkup.js');
	const text = corpus(MB);
	const doc = parseSeed(text);
	const entities = previewEntities(doc, buildEntityIndex(doc, nodeEntityRecognizer()));
	const withEntities = timeRuns(() => renderBody(doc, { entities: entities.mentions, card: entities.card }), runs);
	result.push({ figure: `preview render with ${entities.mentions.length} entity mentions + cards, 1 MB`, median: median(withEntities), spread: spread(withEntities), unit: 'ms' });
	return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	for (const row of await rows({ runs: 7 })) {
		const peer = row.peer ? `; ${row.peer} ${row.peerMedian.toFixed(1)} ms (ratio ${row.ratio.toFixed(2)}×)` : '';
		console.log(`${row.figure}: median ${row.median.toFixed(1)} ${row.unit} ±${(row.spread * 50).toFixed(0)}%${peer}`);
	}
}
