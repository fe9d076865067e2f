// What the entity index is shown as: hover cards, semantic tokens and the command line's output.
import * as assert from 'node:assert/strict';
import { entitiesCommand } from '../../src/cli/entitiesCommand';
import { nodeEntityRecognizer } from '../../src/cli/taggerWeights';
import { buildEntityIndex } from '../../src/model/entities/entityIndex';
import { entityHoverMarkdown, escapeMarkdown, headerDateMarkdown, timeAgo } from '../../src/model/entities/hoverText';
import { semanticTokenData, entityTokenTypes } from '../../src/model/entities/semanticTokens';
import { parseSeed } from '../../src/model/parse';
import { readSeed } from './helpers';

const header = ' date 2024-03-26 ';

suite('entities: hover text', () => {
	test('the card: name, type, role, aliases, first sentence, count, links', () => {
		const text = `${header}Defense Secretary Lloyd Austin met reporters.\nAustin said more.`;
		const doc = parseSeed(text);
		const idx = buildEntityIndex(doc, nodeEntityRecognizer());
		const i = idx.entities.findIndex(e => e.name === 'Lloyd Austin');
		const md = entityHoverMarkdown(doc, idx, i, { lineLink: l => `file:///x.txt#L${l + 1}` });
		assert.match(md, /^\*\*Lloyd Austin\*\* · person · Defense Secretary/);
		assert.match(md, /Also written: Austin/);
		assert.match(md, /> Defense Secretary Lloyd Austin met reporters\\\./);
		assert.match(md, /2 mentions on lines \[1\]\(file:\/\/\/x\.txt#L1\), \[2\]\(file:\/\/\/x\.txt#L2\)/);
	});

	test('the card quotes the sentence that introduced the name, not a headline before it', () => {
		const doc = parseSeed(readSeed('019_gallant_washington.txt'));
		const idx = buildEntityIndex(doc, nodeEntityRecognizer());
		const md = entityHoverMarkdown(doc, idx, idx.entities.findIndex(e => e.name === 'Yoav Gallant'));
		assert.match(md, /\n> Israeli Defense Minister Yoav Gallant met Defense Secretary Lloyd Austin/);
	});

	test('document text is escaped: no links, HTML or emphasis come from the seed', () => {
		assert.equal(escapeMarkdown('[x](javascript:alert(1)) <img src=x> *b* _i_ `c`'),
			'\\[x\\]\\(javascript:alert\\(1\\)\\) &lt;img src=x&gt; \\*b\\* \\_i\\_ \\`c\\`');
		const text = `${header}Defense Secretary Lloyd Austin said [click](command:evil) <b>now</b>.`;
		const doc = parseSeed(text);
		const idx = buildEntityIndex(doc, nodeEntityRecognizer());
		const md = entityHoverMarkdown(doc, idx, idx.entities.findIndex(e => e.name === 'Lloyd Austin'));
		assert.ok(!md.includes('[click]') && !md.includes('<b>'), md);
	});

	test('the header date spelled out, with how long ago', () => {
		const now = new Date(Date.UTC(2025, 10, 25));
		assert.equal(headerDateMarkdown(parseSeed(`${header}Text.`), now)?.split('\n')[0], '**Tuesday, 26 March 2024** · 1 year and 7 months ago');
		assert.equal(headerDateMarkdown(parseSeed(' date 2024-06 Cinema'), now)?.split('\n')[0], '**June 2024** · 1 year and 5 months ago');
		assert.equal(headerDateMarkdown(parseSeed('No header here.'), now), null);
		assert.equal(timeAgo(new Date(Date.UTC(2025, 10, 20)), now), '5 days ago');
		assert.equal(timeAgo(new Date(Date.UTC(2025, 10, 25)), now), 'today');
		assert.equal(timeAgo(new Date(Date.UTC(2025, 11, 1)), now), 'in 6 days');
	});
});

suite('entities: semantic tokens', () => {
	test('one token per mention, typed, on the right line and column; the definition is marked', () => {
		const text = `${header}Defense Secretary Lloyd Austin met in Gaza.\r\nAustin left Gaza.`;
		const doc = parseSeed(text);
		const idx = buildEntityIndex(doc, nodeEntityRecognizer());
		const data = semanticTokenData(doc, idx);
		assert.equal(data.length, idx.mentions.length * 5);
		let line = 0;
		let char = 0;
		for (let i = 0; i < idx.mentions.length; i++) {
			const [dl, dc, len, type, mods] = data.slice(i * 5, i * 5 + 5);
			line += dl;
			char = dl ? dc : char + dc;
			const m = idx.mentions[i];
			const e = idx.entities[m.entity];
			assert.equal(doc.lineStarts[line] + char, m.start);
			assert.equal(len, m.end - m.start);
			assert.equal(entityTokenTypes[type], e.type);
			assert.equal(mods, e.mentions[e.definition] === m ? 1 : 0);
		}
	});
});

suite('entities: CLI', () => {
	test('entities --json prints names, types, roles, aliases and UTF-16 mention offsets', () => {
		const text = readSeed('000_b555f2e6071b8337.txt');
		const out = JSON.parse(entitiesCommand.run({ file: 'x', json: true, output: undefined }, text)) as { entities: { name: string; type: string; role: string | null; aliases: string[]; mentions: { start: number; end: number }[] }[] };
		const austin = out.entities.find(e => e.name === 'Lloyd Austin');
		assert.ok(austin);
		assert.equal(austin.role, 'Defense Secretary');
		for (const e of out.entities) {
			assert.ok(['person', 'organization', 'place', 'group', 'date', 'number'].includes(e.type));
			for (const m of e.mentions) {
				assert.ok(e.name === text.slice(m.start, m.end) || e.aliases.includes(text.slice(m.start, m.end)) || e.type === 'group', `${e.name}: ${text.slice(m.start, m.end)}`);
			}
		}
	});

	test('the table lists one entity per row', () => {
		const table = entitiesCommand.run({ file: 'x', json: false, output: undefined }, readSeed('000_b555f2e6071b8337.txt'));
		assert.match(table.split('\n')[0], /^NAME\s+TYPE\s+ROLE\s+MENTIONS\s+ALIASES$/);
		assert.ok(table.split('\n').some(l => /^Lloyd Austin\s+person\s+Defense Secretary\s+\d+\s+Austin$/.test(l)));
	});
});
