// Drives the Seed Reader preview in the real workbench (code-server + headless chromium, the extension
// loaded from this checkout), for the UI test, the preview screenshots and the edit-to-DOM bench.
//
//   const wb = await openPreviewWorkbench({ theme: 'Default Dark Modern' });
//   await wb.openPreviewToSide();
//   await wb.preview.locator('h2').first().textContent();
//   await wb.close();
//
// The workspace is a temporary copy of seeds/ plus a long generated seed (for scroll sync), so edits
// never touch the checkout. Every wait is on something visible in the page, never on the clock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, newLoopbackPage, startCodeServer } from '../../scripts/realVscode/codeServer.mjs';

export const repo = path.resolve(import.meta.dirname, '../..');
export const realSeedName = '000_b555f2e6071b8337.txt';
export const longSeedName = 'zz_long_for_scroll.txt';

/** A seed of `sections` sections, each a heading and four one-line paragraphs: many short lines to scroll. */
export function longSeed(sections = 40) {
	const lines = [' date 2024-03-26 A long generated seed for scroll tests. It has many short sections.', ''];
	for (let s = 1; s <= sections; s++) {
		lines.push(`Section Number ${s} Of The Report`, '');
		for (let p = 1; p <= 4; p++) {
			lines.push(`Paragraph ${p} of section ${s} says something short enough to stay on one editor line.`, '');
		}
	}
	return lines.join('\n');
}

/** 0-based line of the first line equal to `text` in `content`. */
export function lineOf(content, text) {
	const line = content.split(/\r?\n/).findIndex(l => l.trim() === text);
	if (line < 0) {
		throw new Error(`'${text}' is not a line of the seed`);
	}
	return line;
}

export async function openPreviewWorkbench({ theme = 'Default Light Modern', viewport = { width: 1400, height: 850 }, file = realSeedName, verbose = false } = {}) {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-reader-ui-'));
	const seeds = path.join(tmp, 'seeds');
	fs.cpSync(path.join(repo, 'seeds'), seeds, { recursive: true });
	fs.writeFileSync(path.join(seeds, longSeedName), longSeed());
	// A workspace style sheet for seedReader.preview.styles: an invisible custom property the UI test reads.
	// The remote entry must be ignored (local files only).
	fs.mkdirSync(path.join(tmp, '.vscode'));
	fs.writeFileSync(path.join(tmp, 'preview-test.css'), '#seed-content { --seed-test-marker: applied; }\n');
	fs.writeFileSync(path.join(tmp, '.vscode', 'settings.json'), JSON.stringify({ 'seedReader.preview.styles': ['preview-test.css', 'https://example.com/remote.css'] }));
	let server;
	let browser;
	const close = async () => {
		try { await browser?.close(); } catch { /* already closed */ }
		await server?.stop();
		fs.rmSync(tmp, { recursive: true, force: true });
	};
	try {
		server = await startCodeServer({
			workspace: tmp,
			userSettings: {
				'workbench.colorTheme': theme,
				'editor.minimap.enabled': false,
				'editor.wordWrap': 'on',
				'workbench.editor.enablePreview': false,
				'files.autoSave': 'off',
				// Sticky headings would cover the lines that scroll sync puts at the top.
				'editor.stickyScroll.enabled': false,
			},
		});
		browser = await launchChromium();
		const page = await newLoopbackPage(browser, { viewport, onBlocked: url => verbose && console.log(`[blocked] ${url}`) });
		if (verbose) {
			page.on('console', m => console.log(`[page:${m.type()}] ${m.text()}`));
		}
		const seedPath = path.join(seeds, file);
		await page.goto(server.url({ extensionDevelopmentPath: server.remote(repo), openFile: server.remote(seedPath) }));
		await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
		await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 60000 });
		const preview = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
		const wb = {
			page,
			preview,
			seedPath,
			close,
			/**
			 * Opens a quick input with `key`, types `query` and picks the row showing `row`. Focus can move
			 * into a webview just after a click and close the quick input again, so it is opened once more
			 * when it does not take the query (at most three tries).
			 */
			async quickPick(key, query, row) {
				for (let attempt = 1; ; attempt++) {
					try {
						await page.keyboard.press(key);
						const input = page.locator('.quick-input-widget input');
						await input.waitFor({ state: 'visible', timeout: 5000 });
						await input.fill(query, { timeout: 5000 });
						// Click the row itself: Enter could pick a row left over from before the query.
						await page.locator('.quick-input-widget .monaco-list-row', { hasText: row }).first().click({ timeout: 10000 });
						await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 });
						return;
					} catch (error) {
						if (attempt >= 3) {
							throw error;
						}
						await page.keyboard.press('Escape');
					}
				}
			},
			/** Runs a command through F1 by the title the palette shows. */
			async command(title) {
				await wb.quickPick('F1', `>${title}`, title);
			},
			async openPreviewToSide() {
				await wb.focusEditor();
				await wb.command('Seed Reader: Open Preview to the Side');
				await preview.locator('#seed-content .code-line').first().waitFor({ timeout: 30000 });
				await wb.previewReady();
			},
			/** Resolves once the webview script has run (it saves state and listens for messages). */
			async previewReady() {
				await preview.locator('body').evaluate(() => new Promise(resolve => {
					const check = () => document.readyState === 'complete' ? resolve() : requestAnimationFrame(check);
					check();
				}));
			},
			/** Opens a workspace file through Quick Open (Ctrl+P), as a person would. */
			async quickOpen(name) {
				await wb.quickPick('Control+P', name, name);
				await page.locator(`.tab.active[data-resource-name="${name}"]`).waitFor();
			},
			/** Focuses the seed editor (the first editor group). */
			async focusEditor() {
				await wb.command('View: Focus First Editor Group');
			},
			/** Cursor to a 1-based line of the active editor, through Go to Line. */
			async goToLine(line) {
				await page.keyboard.press('Control+G');
				const input = page.locator('.quick-input-widget input');
				await input.waitFor({ state: 'visible' });
				await input.fill(`:${line}`);
				await page.keyboard.press('Enter');
				await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
				await page.locator('.statusbar', { hasText: `Ln ${line},` }).waitFor();
			},
			/** The 1-based number of the first editor line whose top is inside the seed editor's viewport. */
			async editorTopLine() {
				return page.locator('.editor-group-container').first().locator('.monaco-editor').first().evaluate(editor => {
					const view = editor.querySelector('.monaco-scrollable-element.editor-scrollable') ?? editor;
					const top = view.getBoundingClientRect().top;
					let best;
					for (const el of editor.querySelectorAll('.margin-view-overlays .line-numbers')) {
						const n = Number(el.textContent);
						const rect = el.getBoundingClientRect();
						if (Number.isFinite(n) && n > 0 && rect.top >= top - 2 && (best === undefined || n < best)) {
							best = n;
						}
					}
					return best;
				});
			},
			/** The 0-based source line of the first `.code-line` whose bottom is below the preview's top edge. */
			async previewTopLine() {
				return preview.locator('body').evaluate(() => {
					for (const el of document.querySelectorAll('#seed-content .code-line')) {
						if (el.getBoundingClientRect().bottom > 1) {
							return Number(el.getAttribute('data-line'));
						}
					}
					return undefined;
				});
			},
			async previewScrollY() {
				return preview.locator('body').evaluate(() => window.scrollY);
			},
			/** Waits until `read()` returns a value for which `ok` holds; fails after `timeoutMs`. */
			async until(read, ok, what, timeoutMs = 10000) {
				const started = Date.now();
				let last;
				for (;;) {
					last = await read();
					if (ok(last)) {
						return last;
					}
					if (Date.now() - started > timeoutMs) {
						throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(last)}`);
					}
					// Each read is a round trip to the page; that paces the loop, no sleep needed.
					await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => resolve())));
				}
			},
			/** Records the first and the last mutation time of the preview's article from now on. */
			async watchPreviewMutations() {
				await preview.locator('body').evaluate(() => {
					window.__seedMutatedAt = undefined;
					window.__seedLastMutationAt = undefined;
					window.__seedObserver?.disconnect();
					window.__seedObserver = new MutationObserver(() => {
						window.__seedMutatedAt ??= Date.now();
						window.__seedLastMutationAt = Date.now();
					});
					window.__seedObserver.observe(document.getElementById('seed-content'), { childList: true, subtree: true, characterData: true });
				});
			},
			/**
			 * Presses `key` in the focused editor and resolves with the milliseconds from the workbench's
			 * keydown to the first mutation of the preview's article, both stamped with Date.now() inside
			 * the page (the same clock), once `updated` (a preview locator) is visible.
			 */
			async timeEdit(key, updated) {
				await wb.watchPreviewMutations();
				await page.evaluate(() => {
					window.__seedKeyAt = undefined;
					document.addEventListener('keydown', () => { window.__seedKeyAt ??= Date.now(); }, { capture: true, once: true });
				});
				await page.keyboard.press(key);
				await updated.waitFor({ timeout: 10000 });
				const keyAt = await page.evaluate(() => window.__seedKeyAt);
				const mutatedAt = await preview.locator('body').evaluate(() => window.__seedMutatedAt);
				return mutatedAt - keyAt;
			},
			async settle() {
				await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))));
			},
		};
		return wb;
	} catch (error) {
		await close();
		throw error;
	}
}
