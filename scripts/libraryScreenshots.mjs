// Screenshot steps for the Seed Reader side bar (used by scripts/screenshots.mjs): the Seed Library and
// the Entities view beside the real seed, saved as README pictures in media/screenshots/ (each < 200 KB).
import fs from 'node:fs';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..');
const outDir = path.join(repo, 'media', 'screenshots');
const maxBytes = 200 * 1024;

function check(condition, message) {
	if (!condition) {
		throw new Error(`check failed: ${message}`);
	}
}

/** Rows of the side bar pane titled `title`, once it shows at least `min`. */
async function paneRows(page, title, min) {
	const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: title }) });
	await pane.locator('.monaco-list-row').nth(min - 1).waitFor();
	return { pane, texts: await pane.locator('.monaco-list-row').allTextContents() };
}

/** Saves a CSS-pixel screenshot, shrinking the viewport until it fits the size budget. */
async function save(ui, name) {
	fs.mkdirSync(outDir, { recursive: true });
	const file = path.join(outDir, `${name}.png`);
	const original = ui.page.viewportSize();
	let scale = 1;
	for (;;) {
		await ui.settle();
		await ui.page.screenshot({ path: file, scale: 'css' });
		if (fs.statSync(file).size <= maxBytes || scale < 0.6) {
			break;
		}
		scale -= 0.1;
		await ui.page.setViewportSize({ width: Math.round(original.width * scale), height: Math.round(original.height * scale) });
	}
	await ui.page.setViewportSize(original);
	console.log(`[screenshots] wrote ${path.relative(repo, file)} (${Math.round(fs.statSync(file).size / 1024)} KB)`);
}

/** Drags the sash between the side bar and the editor to `x`. */
async function widenSideBar(page, x) {
	const sidebar = await page.locator('.part.sidebar').boundingBox();
	const edge = sidebar.x + sidebar.width;
	const y = sidebar.y + sidebar.height / 2;
	await page.mouse.move(edge + 1, y);
	await page.mouse.down();
	await page.mouse.move(x, y, { steps: 5 });
	await page.mouse.up();
}

export const librarySteps = [
	{
		name: 'library',
		describe: 'the Seed Library: the sample seeds by year and month, with dates and word counts',
		async run(ui) {
			await ui.command('Seed Reader: Show Seed Library');
			const { pane, texts } = await paneRows(ui.page, 'Seed Library', 6);
			console.log(`[screenshots] library rows: ${JSON.stringify(texts.slice(0, 8))}`);
			check(texts.some(t => t.includes('2024')), 'the library shows the 2024 group');
			// The library gets the whole side bar, made wider so titles show.
			await ui.page.locator('.pane-header', { hasText: 'Entities' }).first().click();
			await widenSideBar(ui.page, 560);
			for (const month of ['June 2024', 'May 2024', 'April 2024']) {
				await pane.locator('.monaco-list-row', { hasText: month }).first().click();
			}
			await pane.locator('.monaco-list-row', { hasText: 'Springfield Council' }).first().waitFor();
			await save(ui, 'library');
			await ui.page.locator('.pane-header', { hasText: 'Entities' }).first().click();
		},
	},
	{
		name: 'entities',
		describe: 'the Entities view of the real seed, Lloyd Austin expanded to his mentions',
		async run(ui) {
			await ui.command('Seed Reader: Show Seed Library');
			await ui.page.locator('.pane-header', { hasText: 'Seed Library' }).first().click();
			await ui.clickLine('Strategic Dialogue Amidst Crisis');
			const { pane, texts } = await paneRows(ui.page, 'Entities', 4);
			console.log(`[screenshots] entities rows: ${JSON.stringify(texts)}`);
			check(texts.some(t => t.includes('People')), 'the Entities view shows People');
			await pane.locator('.monaco-list-row', { hasText: 'Lloyd Austin' }).first().locator('.monaco-tl-twistie').click();
			await pane.locator('.monaco-list-row', { hasText: 'line ' }).first().waitFor();
			await save(ui, 'entities');
		},
	},
	{
		name: 'timeline',
		describe: 'the timeline webview: rows by date with main entities; clicking a row opens its seed',
		async run(ui) {
			await ui.command('Seed Reader: Show Timeline of Seeds');
			const frame = ui.page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
			const row = frame.locator('button.row', { hasText: 'Turnout Falls in Regional Elections' });
			await row.waitFor();
			const rows = await frame.locator('button.row .date').allTextContents();
			console.log(`[screenshots] timeline dates: ${JSON.stringify(rows)}`);
			const dated = rows.filter(d => d !== 'no date');
			check(rows.length >= 20, `at least 20 rows (saw ${rows.length})`);
			check(JSON.stringify(dated) === JSON.stringify([...dated].sort()), 'rows are in date order');
			check((await frame.locator('button.row', { hasText: 'Gallant Meets Austin' }).locator('.entity').allTextContents()).includes('Yoav Gallant'), 'a row shows its main entities');
			await ui.shot('timeline');
			await row.click();
			await ui.page.locator('.tab', { hasText: '022_election_turnout.txt' }).waitFor();
			await ui.page.locator('.monaco-editor .view-lines', { hasText: 'Fewer than half of registered voters' }).first().waitFor();
		},
	},
];
