#!/usr/bin/env node
// `npm run screenshots`: opens the real seed in the real workbench (code-server + headless chromium,
// the extension loaded from this checkout) and writes PNGs to screenshots/ (git-ignored).
//
// Each entry of `steps` drives the workbench as a person would (command palette, keys, clicks), checks
// that what it shows is right, and saves one picture. To add a shot (a hover, the preview), append a step;
// the helpers on `ui` cover the common moves. `--only NAME[,NAME]` runs some steps; `--verbose` logs more.
// Run `npm run build` first (npm run screenshots does).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, newLoopbackPage, startCodeServer } from './realVscode/codeServer.mjs';
import { entitySteps } from './entityScreenshots.mjs';
import { librarySteps } from './libraryScreenshots.mjs';

const repo = path.resolve(import.meta.dirname, '..');
const seeds = path.join(repo, 'seeds');
const realSeed = path.join(seeds, '000_b555f2e6071b8337.txt');
const outDir = path.join(repo, 'screenshots');
const realSeedHeadings = ['Strategic Dialogue Amidst Crisis', 'Humanitarian Concerns and Political Discord', 'Forging a Path to Peace'];

/** Moves a person makes in the workbench; every wait is on something visible, never on the clock. */
function makeUi(page) {
	const ui = {
		page,
		/** Runs a command through F1, by its title as the palette shows it. */
		async command(title) {
			await page.keyboard.press('F1');
			const input = page.locator('.quick-input-widget input');
			await input.waitFor({ state: 'visible' });
			await input.fill(`>${title}`);
			const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
			await row.waitFor({ state: 'visible' });
			await page.keyboard.press('Enter');
			await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
		},
		/** Clicks at the start of the first editor line showing `text`: the cursor goes there, the view does not scroll. */
		async clickLine(text) {
			const line = page.locator('.monaco-editor .view-line', { hasText: text }).first();
			await line.click({ position: { x: 2, y: 5 } });
		},
		/** Texts of the rows the Outline view shows, once it shows at least `min` rows. */
		async outlineRows(min = 1) {
			await page.locator('.outline-pane .monaco-list-row').nth(min - 1).waitFor();
			return page.locator('.outline-pane .monaco-list-row').allTextContents();
		},
		async breadcrumbs() {
			const items = page.locator('.breadcrumbs-control .monaco-breadcrumb-item');
			await items.last().waitFor();
			return items.allTextContents();
		},
		/** Lets running animations and the cursor blink settle into a still frame. */
		async settle() {
			await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		},
		async shot(name, options = {}) {
			await ui.settle();
			const file = path.join(outDir, `${name}.png`);
			await page.screenshot({ path: file, ...options });
			console.log(`[screenshots] wrote ${path.relative(repo, file)}`);
			return file;
		},
	};
	return ui;
}

function check(condition, message) {
	if (!condition) {
		throw new Error(`check failed: ${message}`);
	}
}

/** The shots, in order. Each `run(ui)` leaves the workbench as the next step expects it (the seed open). */
export const steps = [
	{
		name: 'outline',
		describe: 'the real seed with the Outline view and breadcrumbs, cursor on the second section heading',
		async run(ui) {
			await ui.command('Explorer: Focus on Outline View');
			const rows = await ui.outlineRows(realSeedHeadings.length + 1);
			console.log(`[screenshots] outline rows: ${JSON.stringify(rows)}`);
			for (const heading of realSeedHeadings) {
				check(rows.some(r => r.includes(heading)), `the Outline shows '${heading}'`);
			}
			const line = fs.readFileSync(realSeed, 'utf8').split(/\r?\n/).findIndex(l => l.trim() === realSeedHeadings[1]) + 1;
			await ui.clickLine(realSeedHeadings[1]);
			await ui.page.locator('.statusbar', { hasText: `Ln ${line},` }).waitFor();
			const crumbs = await ui.breadcrumbs();
			console.log(`[screenshots] breadcrumbs: ${JSON.stringify(crumbs)}`);
			check(crumbs.some(c => c.includes(realSeedHeadings[1])), `the breadcrumbs name the section '${realSeedHeadings[1]}'`);
			await ui.shot('outline');
		},
	},
	...librarySteps,
	...entitySteps,
];

const { values } = parseArgs({ options: { only: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
const only = values.only?.split(',');
const chosen = steps.filter(s => !only || only.includes(s.name));
if (chosen.length === 0) {
	console.error(`no step named ${values.only}; steps: ${steps.map(s => s.name).join(', ')}`);
	process.exit(2);
}

fs.mkdirSync(outDir, { recursive: true });
let server;
let browser;
let failed = false;
try {
	server = await startCodeServer({ workspace: seeds, userSettings: { 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false, 'editor.wordWrap': 'on' } });
	browser = await launchChromium();
	const page = await newLoopbackPage(browser, { viewport: { width: 1200, height: 720 }, onBlocked: url => values.verbose && console.log(`[blocked] ${url}`) });
	if (values.verbose) {
		page.on('console', m => console.log(`[page:${m.type()}] ${m.text()}`));
	}
	await page.goto(server.url({ extensionDevelopmentPath: server.remote(repo), openFile: server.remote(realSeed) }));
	await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
	await page.locator('.monaco-editor .view-lines', { hasText: 'Strategic Dialogue' }).first().waitFor({ timeout: 60000 });
	const ui = makeUi(page);
	for (const step of chosen) {
		console.log(`[screenshots] ${step.name}: ${step.describe}`);
		try {
			await step.run(ui);
		} catch (error) {
			failed = true;
			console.error(`[screenshots] ${step.name} FAILED: ${error.message}`);
			await page.screenshot({ path: path.join(outDir, `${step.name}.failed.png`) }).catch(() => undefined);
		}
	}
} catch (error) {
	failed = true;
	console.error(`[screenshots] could not open the workbench: ${error.stack ?? error}`);
} finally {
	try { await browser?.close(); } catch { /* closed */ }
	await server?.stop();
}
process.exit(failed ? 1 : 0);
