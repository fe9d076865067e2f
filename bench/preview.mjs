// Preview render time: the pure renderer (model -> article HTML) on 100 KB and 1 MB seeds, against
// markdown-it rendering the same text as markdown. Goal: 1 MB in under 100 ms.
// Standalone: `node bench/preview.mjs` (needs `npm run compile-tests` for out/); bench/run.mjs imports it.
import fs from 'node:fs';
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
	const { previewEntities } = require('../out/src/preview/previewEntities.js');
	const text = corpus(MB);
	const doc = parseSeed(text);
	const entities = previewEntities(doc, buildEntityIndex(doc, nodeEntityRecognizer()));
	const withEntities = timeRuns(() => renderBody(doc, { entities: entities.mentions, card: entities.card }), runs);
	result.push({ figure: `preview render with ${entities.mentions.length} entity mentions + cards, 1 MB`, median: median(withEntities), spread: spread(withEntities), unit: 'ms' });
	result.push(...await workbenchRows(runs));
	return result;
}

/**
 * Edit to updated DOM in the real workbench (code-server + headless chromium, the real seed): from the
 * workbench's keydown to the first mutation of the preview's article, both stamped with Date.now() in
 * the page. "first change" waits 0.5 s between keys, so each takes the render-at-once path; "burst"
 * types 5 keys at once and times the last keydown to the one debounced render that shows all of them.
 */
async function workbenchRows(runs) {
	const { cachePaths } = await import('../scripts/realVscode/cache.mjs');
	if (!fs.existsSync(cachePaths().marker) || !fs.existsSync(new URL('../dist/webview/preview.js', import.meta.url))) {
		return [{ figure: 'preview edit to DOM, real workbench: not measured (code-server not installed or not built)' }];
	}
	const { openPreviewWorkbench, realSeedName } = await import('../test/ui/previewWorkbench.mjs');
	const wb = await openPreviewWorkbench({ file: realSeedName });
	try {
		await wb.openPreviewToSide();
		await wb.focusEditor();
		await wb.goToLine(3);
		await wb.page.keyboard.press('End');
		const first = [];
		let typed = '';
		for (let i = 0; i < runs; i++) {
			await wb.page.waitForTimeout(500); // a bench, not a test: idle time is what makes this the first change
			typed += 'x';
			first.push(await wb.timeEdit('x', wb.preview.locator('h2', { hasText: `Crisis${typed}` })));
		}
		const burst = [];
		for (let i = 0; i < Math.max(3, Math.round(runs / 2)); i++) {
			await wb.page.waitForTimeout(500);
			await wb.watchPreviewMutations();
			await wb.page.evaluate(() => {
				window.__seedLastKeyAt = undefined;
				document.addEventListener('keydown', () => { window.__seedLastKeyAt = Date.now(); }, { capture: true });
			});
			await wb.page.keyboard.type('yyyyy');
			typed += 'yyyyy';
			await wb.preview.locator('h2', { hasText: `Crisis${typed}` }).waitFor({ timeout: 10000 });
			const lastKey = await wb.page.evaluate(() => window.__seedLastKeyAt);
			// The mutation that shows the whole burst is the last one so far.
			const shown = await wb.preview.locator('body').evaluate(() => window.__seedLastMutationAt);
			burst.push(shown - lastKey);
		}
		return [
			{ figure: 'preview edit to DOM, real workbench, first change (keydown to DOM)', median: median(first), spread: spread(first), unit: 'ms' },
			{ figure: 'preview edit to DOM, real workbench, after a 5-key burst (last keydown to DOM)', median: median(burst), spread: spread(burst), unit: 'ms' },
		];
	} finally {
		await wb.close();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	for (const row of await rows({ runs: 7 })) {
		const peer = row.peer ? `; ${row.peer} ${row.peerMedian.toFixed(1)} ms (ratio ${row.ratio.toFixed(2)}×)` : '';
		console.log(`${row.figure}: median ${row.median.toFixed(1)} ${row.unit} ±${(row.spread * 50).toFixed(0)}%${peer}`);
	}
}
