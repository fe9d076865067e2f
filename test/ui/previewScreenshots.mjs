#!/usr/bin/env node
// The real seed's preview beside its editor, in a light and a dark theme, as README pictures:
// media/screenshots/preview-light.png and preview-dark.png (each kept under 250 KB).
// usage: node test/ui/previewScreenshots.mjs   (run `npm run build` first)
import fs from 'node:fs';
import path from 'node:path';
import { openPreviewWorkbench, repo } from './previewWorkbench.mjs';

const outDir = path.join(repo, 'media', 'screenshots');
const shots = [
	{ name: 'preview-light', theme: 'Default Light Modern' },
	{ name: 'preview-dark', theme: 'Default Dark Modern' },
];
const maxBytes = 250 * 1024;

fs.mkdirSync(outDir, { recursive: true });
let failed = false;
for (const shot of shots) {
	const wb = await openPreviewWorkbench({ theme: shot.theme, viewport: { width: 1280, height: 720 } });
	try {
		await wb.command('View: Close Primary Side Bar');
		await wb.openPreviewToSide();
		const headings = await wb.preview.locator('#seed-content h2').allTextContents();
		if (headings.length !== 3) {
			throw new Error(`expected the three section headings in the preview, saw ${JSON.stringify(headings)}`);
		}
		// Show an entity card, as a reader hovering a name would see it.
		await wb.preview.locator('.entity', { hasText: 'Lloyd Austin' }).first().hover();
		await wb.preview.locator('#seed-card:not([hidden])').waitFor();
		await wb.settle();
		const file = path.join(outDir, `${shot.name}.png`);
		let scale = 1;
		for (;;) {
			// CSS-pixel scale keeps the file small; shrink further only if it is still too big.
			await wb.page.screenshot({ path: file, scale: 'css', clip: { x: 0, y: 0, width: 1280 * scale, height: 720 * scale } });
			if (fs.statSync(file).size <= maxBytes || scale < 0.6) {
				break;
			}
			scale -= 0.1;
			await wb.page.setViewportSize({ width: Math.round(1280 * scale), height: Math.round(720 * scale) });
			await wb.settle();
		}
		console.log(`[screenshots] wrote ${path.relative(repo, file)} (${Math.round(fs.statSync(file).size / 1024)} KB)`);
	} catch (error) {
		failed = true;
		console.error(`[screenshots] ${shot.name} FAILED: ${error.stack ?? error}`);
	} finally {
		await wb.close();
	}
}
process.exit(failed ? 1 : 0);
