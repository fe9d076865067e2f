import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeOutput } from '../../src/cli/io';
import { renderCommand } from '../../src/cli/renderCommand';
import { nodeEntityRecognizer } from '../../src/cli/taggerWeights';
import { buildEntityIndex } from '../../src/model/entities/entityIndex';
import { parseSeed } from '../../src/model/parse';
import { previewEntities } from '../../src/preview/previewEntities';
import { articleStats, formatHeaderDate, renderBody } from '../../src/preview/renderBody';
import { renderStandaloneHtml } from '../../src/preview/standalone';
import { readSeed, realSeedName, repoRoot } from './helpers';

/** `data-line` values of elements whose opening tag matches `tag`, in document order. */
function dataLines(html: string, tag = '[a-z0-9]+'): { tag: string; line: number; text: string }[] {
	const out: { tag: string; line: number; text: string }[] = [];
	const re = new RegExp(`<(${tag})\\b[^>]*\\bdata-line="(\\d+)"[^>]*>(.*?)</\\1>`, 'g');
	for (const m of html.matchAll(re)) {
		out.push({ tag: m[1], line: Number(m[2]), text: m[3] });
	}
	return out;
}

suite('renderBody: the real seed', () => {
	const doc = parseSeed(readSeed(realSeedName));
	const html = renderBody(doc);

	test('shows the header date as a readable dateline', () => {
		assert.match(html, /<p class="code-line seed-dateline" data-line="0"><time datetime="2024-03-26">March 26, 2024<\/time><\/p>/);
	});

	test('renders the three sections as <h2> with ids, in order, linked from the table of contents', () => {
		const headings = dataLines(html, 'h2');
		assert.deepEqual(headings.map(h => h.text), [
			'Strategic Dialogue Amidst Crisis',
			'Humanitarian Concerns and Political Discord',
			'Forging a Path to Peace',
		]);
		for (const id of ['strategic-dialogue-amidst-crisis', 'humanitarian-concerns-and-political-discord', 'forging-a-path-to-peace']) {
			assert.ok(html.includes(`<h2 id="${id}"`), `heading id ${id}`);
			assert.ok(html.includes(`<a href="#${id}">`), `toc link to ${id}`);
		}
	});

	test('every block carries its source line from the model, in ascending order', () => {
		const stamped = dataLines(html).filter(e => e.tag !== 'p' || !e.text.startsWith('<time'));
		const expected = doc.blocks.filter(b => b.kind !== 'boilerplate').map(b => b.range.start.line);
		assert.deepEqual(stamped.map(e => e.line), expected);
		// The source line of each heading is the line its text is on.
		const lines = doc.text.split('\n');
		for (const h of dataLines(html, 'h2')) {
			assert.equal(lines[h.line].trim(), h.text);
		}
		const all = [...html.matchAll(/data-line="(\d+)"/g)].map(m => Number(m[1]));
		assert.deepEqual(all, [...all].sort((a, b) => a - b));
	});

	test('every paragraph of the article is there, escaped', () => {
		assert.equal(dataLines(html, 'p').filter(p => !p.text.startsWith('<time')).length, 5);
		assert.ok(html.includes('Israel&#39;s proposed invasion of Rafah'));
	});

	test('word count and reading time', () => {
		const stats = articleStats(doc);
		assert.ok(stats.words > 400 && stats.words < 460, `words: ${stats.words}`);
		assert.equal(stats.label, `${stats.words} words · 2 min read`);
		assert.ok(html.includes(`<p class="seed-stats">${stats.words} words · 2 min read</p>`));
	});

	test('the table of contents can be left out', () => {
		assert.ok(html.includes('id="seed-toc"'));
		assert.ok(!renderBody(doc, { showToc: false }).includes('seed-toc'));
	});
});

suite('renderBody: structure from the model', () => {
	test('month-only header', () => {
		assert.equal(formatHeaderDate({ date: '2024-06', precision: 'month' }), 'June 2024');
		assert.equal(formatHeaderDate({ date: '2024-03-26', precision: 'day' }), 'March 26, 2024');
		assert.equal(formatHeaderDate({ date: '2024-13-01', precision: 'day' }), null);
		assert.equal(formatHeaderDate({ date: null, precision: null }), null);
		assert.match(renderBody(parseSeed(readSeed('004_month_only.txt'))), /<time datetime="2024-06">June 2024<\/time>/);
	});

	test('no header: no dateline, the text is kept', () => {
		const html = renderBody(parseSeed('Just a paragraph of text.\nAnd another one.'));
		assert.ok(!html.includes('seed-dateline'));
		assert.ok(html.includes('Just a paragraph of text.'));
	});

	test('title, subtitle, byline and captions get their own elements', () => {
		const html = renderBody(parseSeed(readSeed('002_headline_deck_byline.txt')));
		assert.match(html, /<h1 class="code-line seed-title" data-line="1"[^>]*>Heatwave Pushes Power Grid/);
		assert.match(html, /<p class="code-line seed-subtitle" data-line="2"/);
		assert.match(html, /<p class="code-line seed-byline"[^>]*>By Press Association<\/p>/);
		assert.match(html, /class="code-line seed-caption"[^>]*>Workers repair a transformer/);
	});

	test('a story appended after the article is folded away, outside the contents and the word count', () => {
		const doc = parseSeed(readSeed('010_related_story.txt'));
		const html = renderBody(doc);
		assert.match(html, /<details class="seed-related">\n<summary><span class="seed-related-label">Related story<\/span> <h2 id="cardinals-win-third-straight-at-home" class="code-line" data-line="6"/);
		assert.ok(html.indexOf('Goldschmidt') > html.indexOf('<details class="seed-related">') && html.indexOf('Goldschmidt') < html.lastIndexOf('</details>'));
		assert.ok(!html.includes('id="seed-toc"'), 'no contents for the article without sections of its own');
		assert.match(renderBody(doc, { hideBoilerplate: false }), /<details class="seed-related" open>/);
		const article = doc.blocks.slice(0, doc.relatedStoriesFrom).reduce((n, b) => n + b.text.split(/\s+/).filter(Boolean).length, 0);
		assert.equal(articleStats(doc).words, article);
	});

	test('a caption printed twice in a row is shown once, unless the page noise is shown', () => {
		const doc = parseSeed(readSeed('002_headline_deck_byline.txt'));
		assert.equal(doc.blocks.filter(b => b.kind === 'caption').length, 2, 'the fixture repeats its caption');
		const captions = (html: string) => (html.match(/seed-caption/g) ?? []).length;
		assert.equal(captions(renderBody(doc)), 1);
		assert.equal(captions(renderBody(doc, { hideBoilerplate: false })), 2);
		assert.equal(captions(renderBody(parseSeed(' date 2024-03-26 Some article text here today.\nSoldiers stand guard in Rafah on Monday (Photo: AP)\nPeople walk past a market in Gaza City (Photo: Reuters)\nMore text.\n'))), 2, 'two different captions');
	});

	test('lists are grouped; numbered headings nest under their section as <h3>', () => {
		const html = renderBody(parseSeed(readSeed('003_listicle.txt')));
		assert.match(html, /<h3 id="1-eggs"/);
		assert.match(html, /<ul>\n<li class="code-line" data-line="19" dir="auto">sugary drinks and sodas<\/li>/);
		assert.equal((html.match(/<ul>/g) ?? []).length, 1);
	});

	test('boilerplate is hidden by default and dimmed when shown', () => {
		const doc = parseSeed(readSeed('005_noise_first.txt'));
		const noise = doc.blocks.filter(b => b.kind === 'boilerplate');
		assert.ok(noise.length > 0, 'the fixture has page noise');
		const hidden = renderBody(doc);
		const shown = renderBody(doc, { hideBoilerplate: false });
		assert.ok(!hidden.includes('seed-boilerplate'));
		assert.equal((shown.match(/seed-boilerplate/g) ?? []).length, noise.length);
		for (const block of noise) {
			assert.ok(!hidden.includes(`data-line="${block.range.start.line}" dir="auto">`) || doc.blocks.some(b => b !== block && b.kind !== 'boilerplate' && b.range.start.line === block.range.start.line));
		}
	});

	test('http(s) URLs become links; other schemes and markdown syntax stay text', () => {
		const html = renderBody(parseSeed(' date 2024-01-01 See https://example.com/a?b=1&c=2 and ftp://x.org or *not emphasis* `nor code` [x](https://e.com).'));
		assert.ok(html.includes('<a href="https://example.com/a?b=1&amp;c=2">https://example.com/a?b=1&amp;c=2</a>'));
		assert.ok(html.includes('ftp://x.org'));
		assert.ok(!html.includes('href="ftp'));
		assert.ok(html.includes('*not emphasis* `nor code` [x]('));
		assert.ok(!html.includes('<em>') && !html.includes('<code>'));
	});

	test('right-to-left and Devanagari text pass through with dir="auto"', () => {
		for (const name of ['006_hindi.txt', '007_rtl_arabic.txt']) {
			const doc = parseSeed(readSeed(name));
			const html = renderBody(doc);
			const first = doc.blocks.find(b => b.kind === 'paragraph');
			assert.ok(first && html.includes(first.text.slice(0, 20)), name);
			assert.ok(html.includes('dir="auto"'));
		}
		// Heading ids keep the vowel signs (combining marks) of Devanagari.
		assert.match(renderBody(parseSeed(readSeed('006_hindi.txt'))), /<h2 id="मौसम-विभाग-का-अनुमान"/);
	});

	test('CRLF and BOM seeds keep correct source lines', () => {
		for (const name of ['011_crlf.txt', '012_bom.txt']) {
			const doc = parseSeed(readSeed(name));
			const lines = dataLines(renderBody(doc)).filter(e => !e.text.startsWith('<time')).map(e => e.line);
			assert.deepEqual(lines, doc.blocks.filter(b => b.kind !== 'boilerplate').map(b => b.range.start.line), name);
		}
	});
});

suite('renderBody: entities', () => {
	const text = ' date 2024-03-26 Defense Secretary Lloyd Austin met Yoav Gallant at the Pentagon.';
	const doc = parseSeed(text);
	const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

	test('mentions are wrapped with type and id; cards travel as escaped text', () => {
		const html = renderBody(doc, {
			entities: [
				{ ...at('Yoav Gallant'), type: 'person', id: 'yoav-gallant' },
				{ ...at('Lloyd Austin'), type: 'person', id: 'lloyd-austin' },
				{ ...at('Pentagon'), type: 'organization', id: 'pentagon"><script>' },
			],
			card: id => id === 'lloyd-austin' ? '**Lloyd Austin** <img src=x onerror=alert(1)> [x](javascript:alert(1))\n\nperson' : undefined,
		});
		assert.ok(html.includes('<span class="entity entity-person" data-entity="lloyd-austin">Lloyd Austin</span>'));
		assert.ok(html.includes('<span class="entity entity-person" data-entity="yoav-gallant">Yoav Gallant</span>'));
		assert.ok(html.includes('data-entity="pentagon&quot;&gt;&lt;script&gt;"'));
		assert.ok(html.includes('<div data-card-for="lloyd-austin"><p><strong>Lloyd Austin</strong> &lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1))</p>\n<p>person</p>\n</div>'), html);
		assert.ok(!html.includes('<img') && !html.includes('<script') && !html.includes('href="javascript'));
		assert.ok(!html.includes('data-card-for="yoav-gallant"'), 'no card for an entity without one');
	});

	test('overlapping and out-of-range mentions are skipped, never break the text', () => {
		const html = renderBody(doc, {
			entities: [
				{ ...at('Lloyd Austin'), type: 'person', id: 'a' },
				{ start: at('Austin').start, end: at('Austin').end + 4, type: 'person', id: 'b' },
				{ start: text.length - 2, end: text.length + 50, type: 'place', id: 'c' },
				{ start: 5, end: 3, type: 'place', id: 'd' },
			],
		});
		assert.ok(html.includes('data-entity="a"'));
		assert.ok(!html.includes('data-entity="b"') && !html.includes('data-entity="c"') && !html.includes('data-entity="d"'));
		assert.ok(html.replace(/<[^>]+>/g, '').includes('Defense Secretary Lloyd Austin met Yoav Gallant at the Pentagon.'));
	});

	test('title mode puts the card in a tooltip attribute for static pages', () => {
		const html = renderBody(doc, {
			entities: [{ ...at('Lloyd Austin'), type: 'person', id: 'la' }],
			card: () => '**Lloyd "Lloyd" Austin** · person\n\n> He met \\*Gallant\\*',
			cardMode: 'title',
		});
		assert.ok(html.includes('title="Lloyd &quot;Lloyd&quot; Austin · person\nHe met *Gallant*"'), html);
		assert.ok(!html.includes('entity-cards'));
	});
});

suite('renderStandaloneHtml', () => {
	test('a static page: CSP meta, inline CSS, no script, the same body', () => {
		const doc = parseSeed(readSeed(realSeedName));
		const page = renderStandaloneHtml(doc, { css: 'body { color: red; } </style><script>x</script>', title: 'a<b' });
		assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';/);
		assert.ok(!/<script/i.test(page));
		assert.ok(page.includes('<title>a&lt;b</title>'));
		assert.ok(page.includes(renderBody(doc, { cardMode: 'title' })));
		assert.ok(page.includes('--vscode-editor-foreground'));
	});
});

suite('renderBody with the real entity index', () => {
	test('the real seed: people, places and organisations marked, each with the editor hover card', () => {
		const doc = parseSeed(readSeed(realSeedName));
		const entities = previewEntities(doc, buildEntityIndex(doc, nodeEntityRecognizer()));
		const html = renderBody(doc, { entities: entities.mentions, card: entities.card });
		const marked = [...html.matchAll(/<span class="entity entity-(\w+)" data-entity="(e\d+)">([^<]*)<\/span>/g)].map(m => ({ type: m[1], id: m[2], text: m[3] }));
		assert.ok(marked.some(m => m.type === 'person' && m.text === 'Lloyd Austin'), JSON.stringify(marked.slice(0, 10)));
		assert.ok(marked.some(m => m.type === 'place' && m.text === 'Gaza'));
		const austin = marked.find(m => m.text === 'Lloyd Austin')!;
		assert.ok(marked.some(m => m.id === austin.id && m.text === 'Austin'), 'the surname mentions share the entity id');
		assert.match(html, new RegExp(`<div data-card-for="${austin.id}"><p><strong>Lloyd Austin</strong>`));
		// Marking entities changes no text.
		assert.equal(html.replace(/<span class="entity[^>]*>|<\/span>/g, '').replace(/<div class="entity-cards"[\s\S]*$/, ''),
			renderBody(doc).replace(/<div class="entity-cards"[\s\S]*$/, ''));
	});
});

suite('CLI render', () => {
	test('render FILE -o OUT.html writes the static article; without -o it prints it', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-render-'));
		try {
			const out = path.join(dir, 'a.html');
			const file = path.join(repoRoot, 'seeds', realSeedName);
			// The command gives the page in pieces, and the CLI writes them to OUT one after another.
			await writeOutput(renderCommand.run({ file, json: false, output: out }, readSeed(realSeedName)), out);
			const html = fs.readFileSync(out, 'utf8');
			assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
			assert.match(html, /<h2 id="strategic-dialogue-amidst-crisis"/);
			assert.ok(html.includes('<title>000_b555f2e6071b8337.txt</title>'));
			assert.ok(!/<script/i.test(html));
			assert.ok(html.includes('class="entity entity-person"'), 'entities are marked, with their card as a tooltip');
			assert.equal([...renderCommand.run({ file, json: false, output: undefined }, readSeed(realSeedName))].join(''), html);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
