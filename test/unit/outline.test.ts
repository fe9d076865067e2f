import * as assert from 'node:assert/strict';
import { buildFoldingRegions } from '../../src/model/folding';
import { buildOutline, type OutlineSymbol } from '../../src/model/outline';
import { parseSeed } from '../../src/model/parse';
import { containsRange } from '../../src/model/positions';
import { matchesQuery, summarize } from '../../src/model/summary';
import { readSeed, realSeedName } from './helpers';

function assertNested(symbols: readonly OutlineSymbol[], parent?: OutlineSymbol): void {
	for (const s of symbols) {
		assert.ok(containsRange(s.range, s.selectionRange), `${s.name}: selectionRange outside range`);
		if (parent) {
			assert.ok(containsRange(parent.range, s.range), `${s.name}: outside parent ${parent.name}`);
		}
		assertNested(s.children, s);
	}
}

suite('buildOutline', () => {
	test('real seed: a lede, then the three sections, each selection inside its range', () => {
		const symbols = buildOutline(parseSeed(readSeed(realSeedName)));
		assert.deepEqual(symbols.map(s => s.kind), ['Namespace', 'String', 'String', 'String']);
		assert.match(symbols[0].name, /^As tensions between the United States/);
		assert.equal(symbols[0].detail, 'lede · 2024-03-26');
		assert.deepEqual(symbols.slice(1).map(s => s.name), ['Strategic Dialogue Amidst Crisis', 'Humanitarian Concerns and Political Discord', 'Forging a Path to Peace']);
		assert.deepEqual(symbols[0].range, { start: { line: 0, character: 17 }, end: { line: 0, character: 535 } });
		assertNested(symbols);
	});

	test('a story appended after the article is a symbol of its own, marked as a related story', () => {
		const symbols = buildOutline(parseSeed(readSeed('010_related_story.txt')));
		assert.deepEqual(symbols.map(s => [s.name.slice(0, 20), s.detail]), [['ST. CHARLES, Mo. – A', 'lede · 2024-07-30'], ['Cardinals Win Third ', 'related story']]);
	});

	test('a titled page: the title symbol covers everything before the first section', () => {
		const doc = parseSeed(readSeed('002_headline_deck_byline.txt'));
		const [title, ...sections] = buildOutline(doc);
		assert.equal(title.kind, 'File');
		assert.equal(title.name, doc.title?.text);
		assert.equal(title.detail, '2024-06-21');
		assert.equal(title.range.start.line, 0);
		assert.equal(title.range.end.line, sections[0].range.start.line - 1);
		assertNested([title, ...sections]);
	});

	test('a section name first on the page and a teaser for another story are not the title', () => {
		const doc = parseSeed(' date 2024-04-02 World\n'
			+ 'WASHINGTON, April 1 (Reuters) - Earlier: Senators weigh new aid package for Ukraine as deadline nears\n'
			+ 'Senate Leaders Clash Over Border Deal as Shutdown Looms\n'
			+ 'Negotiators say a vote could come as early as Thursday, but key Republicans remain opposed.\n'
			+ 'What Is In The Deal?\n'
			+ 'The package would pair new border rules with aid for Ukraine and Israel, aides said on Monday.\n');
		assert.equal(doc.title?.text, 'Senate Leaders Clash Over Border Deal as Shutdown Looms');
		assert.deepEqual(buildOutline(doc).map(s => s.name), ['Senate Leaders Clash Over Border Deal as Shutdown Looms', 'What Is In The Deal?']);
		assert.deepEqual(doc.blocks.slice(0, 2).map(b => b.kind), ['boilerplate', 'dateline']);
		// A lede that opens with a dateline and ends with a full stop is the story itself.
		const lede = parseSeed(' date 2024-04-02 WASHINGTON, April 1 (Reuters) - Senators weighed a new aid package on Monday.\nWhat Is In The Deal?\nThe package would pair new border rules with aid.\n');
		assert.equal(lede.blocks[0].kind, 'paragraph');
	});

	test('French and Spanish pages: a dateline and a byline are not sections; a question opened by ¿ is one', () => {
		const french = parseSeed(' date 2024-05-03 Le gouvernement annonce un plan pour l’hôpital public\n'
			+ 'Par Claire Dubois\n'
			+ 'Publié le 3 mai 2024 à 10h12\n'
			+ 'Le gouvernement a présenté vendredi un plan pour les hôpitaux, qui manquent de personnel depuis des années.\n'
			+ 'Un Plan Pour Les Urgences\n'
			+ 'Les urgences recevront des moyens supplémentaires dès le mois de juin, selon le ministère.\n');
		assert.deepEqual(buildOutline(french).map(s => s.name), ['Le gouvernement annonce un plan pour l’hôpital public', 'Un Plan Pour Les Urgences']);
		assert.deepEqual(french.blocks.slice(1, 3).map(b => b.kind), ['byline', 'dateline']);
		const spanish = parseSeed(' date 2024-07 Incendios forestales\n'
			+ 'Por EFE\n'
			+ 'Los bomberos trabajan desde el domingo para controlar el fuego, que ya ha quemado miles de hectáreas.\n'
			+ '¿Qué Se Sabe Del Origen Del Fuego?\n'
			+ 'La policía investiga si el incendio fue provocado, según fuentes de la investigación.\n');
		assert.deepEqual(buildOutline(spanish).map(s => s.name), ['Incendios forestales', '¿Qué Se Sabe Del Origen Del Fuego?']);
	});

	test('numbered sections are children', () => {
		const symbols = buildOutline(parseSeed(readSeed('003_listicle.txt')));
		const parent = symbols.find(s => s.name.endsWith('lose weight:'));
		assert.deepEqual(parent?.children.map(c => c.name), ['1. Eggs', '2. Leafy greens', '3. Oats']);
		assertNested(symbols);
	});

	test('empty and noise-only documents have no symbols', () => {
		assert.deepEqual(buildOutline(parseSeed('')), []);
		assert.deepEqual(buildOutline(parseSeed('Advertisement\nShare')), []);
	});
});

suite('buildFoldingRegions', () => {
	test('sections fold from heading to their last line', () => {
		const regions = buildFoldingRegions(parseSeed(readSeed(realSeedName)));
		assert.deepEqual(regions.filter(r => r.kind === 'region').map(r => [r.start, r.end]), [[2, 4], [6, 8], [10, 14]]);
	});

	test('runs of noise lines fold as comments', () => {
		const regions = buildFoldingRegions(parseSeed(readSeed('005_noise_first.txt')));
		assert.ok(regions.some(r => r.kind === 'comment' && r.start === 0 && r.end === 4), JSON.stringify(regions));
	});
});

suite('summaries for workspace features', () => {
	test('label, headings and word count', () => {
		const summary = summarize(parseSeed(readSeed(realSeedName)));
		assert.equal(summary.hasTitle, false);
		assert.match(summary.label, /^As tensions between/);
		assert.equal(summary.headings.length, 3);
		assert.ok(summary.wordCount > 400 && summary.wordCount < 500, String(summary.wordCount));
	});

	test('query matching is a case-insensitive subsequence', () => {
		assert.ok(matchesQuery('Humanitarian Concerns', 'humcon'));
		assert.ok(matchesQuery('Humanitarian Concerns', ''));
		assert.ok(!matchesQuery('Humanitarian Concerns', 'xyz'));
	});
});
