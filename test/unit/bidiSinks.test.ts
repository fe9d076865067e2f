import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { renderTimelineBody } from '../../src/corpus/timelineHtml';
import { neutralizeBidi } from '../../src/model/bidi';
import { renderCardMarkdown } from '../../src/preview/markdownEngine';
import { repoRoot } from './helpers';

/** Any bidi embedding, override or isolate control, raw. */
const rawBidi = /[\u202A-\u202E\u2066-\u2069]/;
const cli = path.join(repoRoot, 'dist', 'cli.js');

// A seed whose title and an entity's name carry a right-to-left override.
const seed = ' date 2024-03-26 Talks on \u202Egnp.exe\u202C files\n\nDefense Secretary Lloyd \u202EAustin\u202C met Israeli Defense Minister Yoav Gallant in Washington.\n';

suite('bidi controls in every sink', () => {
	test('neutralizeBidi writes each control as its code and leaves other text alone', () => {
		assert.equal(neutralizeBidi('a\u202Eb\u2066c'), 'aU+202EbU+2066c');
		assert.equal(neutralizeBidi('plain عربي text'), 'plain عربي text');
	});

	test('the webview\'s hover card', () => {
		const html = renderCardMarkdown('**Lloyd \u202EAustin** · person\n\n> He met \u2067Gallant\u2069.');
		assert.ok(!rawBidi.test(html), html);
		assert.match(html, /U\+202E/);
	});

	test('the timeline\'s rows', () => {
		const html = renderTimelineBody([{ date: '2024-03-26', title: 'Talks \u202Efdp.exe', fileName: 'a\u202E.txt', wordCount: 3, entities: [{ name: 'Lloyd \u202EAustin', type: 'person' }] }]);
		assert.ok(!rawBidi.test(html), html);
	});

	test('render: page title, tooltips and body; entities: the terminal table', () => {
		const file = path.join(os.tmpdir(), `seed-bidi-${process.pid}.txt`);
		const out = path.join(os.tmpdir(), `seed-bidi-${process.pid}.html`);
		fs.writeFileSync(file, seed);
		try {
			assert.equal(spawnSync(process.execPath, [cli, 'render', file, '-o', out]).status, 0);
			const html = fs.readFileSync(out, 'utf8');
			const raw = [...html].map((c, i) => rawBidi.test(c) ? html.slice(Math.max(0, i - 40), i + 10) : undefined).filter(Boolean);
			assert.deepEqual(raw, [], 'no raw control anywhere in the page');
			assert.match(html, /<title>[^<]*U\+202E/);
			const table = spawnSync(process.execPath, [cli, 'entities', file], { encoding: 'utf8' }).stdout;
			assert.ok(!rawBidi.test(table), table);
		} finally {
			fs.rmSync(file, { force: true });
			fs.rmSync(out, { force: true });
		}
	});
});
