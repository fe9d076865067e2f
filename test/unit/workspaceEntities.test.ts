import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { nodeEntityRecognizer } from '../../src/cli/taggerWeights';
import { buildEntityIndex } from '../../src/model/entities/entityIndex';
import type { EntityIndex } from '../../src/model/entities/types';
import { parseSeed } from '../../src/model/parse';
import { crossDocumentMarkdown, entityKey, mainEntities, mentionContext, mentionRanges, summarizeEntities, WorkspaceEntityIndex, type DocumentEntities } from '../../src/model/workspaceEntities';
import { readSeed, realSeedName, repoRoot } from './helpers';

function summaryOf(text: string): DocumentEntities {
	const doc = parseSeed(text);
	return summarizeEntities(doc, buildEntityIndex(doc, nodeEntityRecognizer()));
}

suite('summarizeEntities', () => {
	test('the real seed: named types only, most mentioned first, mentions at the right text', () => {
		const text = readSeed(realSeedName);
		const summary = summaryOf(text);
		assert.ok(summary.every(e => ['person', 'organization', 'place', 'group'].includes(e.type)), 'figures and dates are left out');
		for (let i = 1; i < summary.length; i++) {
			assert.ok(summary[i - 1].count >= summary[i].count, 'sorted by count');
		}
		const austin = summary.find(e => e.key === entityKey('person', 'Lloyd Austin'));
		assert.ok(austin, JSON.stringify(summary.map(e => e.key)));
		const lines = text.split('\n');
		const written = mentionRanges(austin).map(r => lines[r.start.line].slice(r.start.character, r.end.character));
		assert.deepEqual([...new Set(written)].sort(), ['Austin', 'Lloyd Austin']);
		assert.equal(austin.count, written.length);
	});

	test('two entities that fold to one key merge their mentions', () => {
		const lineStarts = [0, 20];
		const index: EntityIndex = {
			entities: [
				{ name: 'Gaza', type: 'place', role: null, aliases: [], definition: 0, mentions: [{ start: 21, end: 25, text: 'Gaza', entity: 0 }] },
				{ name: 'GAZA', type: 'place', role: null, aliases: [], definition: 0, mentions: [{ start: 2, end: 6, text: 'GAZA', entity: 1 }] },
				{ name: '12', type: 'number', role: null, aliases: [], definition: 0, mentions: [{ start: 8, end: 10, text: '12', entity: 2 }] },
			],
			mentions: [],
		};
		const [gaza, ...rest] = summarizeEntities({ lineStarts }, index);
		assert.equal(rest.length, 0);
		assert.equal(gaza.count, 2);
		assert.deepEqual(mentionRanges(gaza), [
			{ start: { line: 0, character: 2 }, end: { line: 0, character: 6 } },
			{ start: { line: 1, character: 1 }, end: { line: 1, character: 5 } },
		]);
	});

	test('keys fold case, spacing and a possessive', () => {
		assert.equal(entityKey('person', 'Lloyd  Austin'), entityKey('person', 'lloyd austin'));
		assert.equal(entityKey('person', "Austin's"), entityKey('person', 'Austin'));
		assert.notEqual(entityKey('place', 'Georgia'), entityKey('person', 'Georgia'));
	});
});

suite('WorkspaceEntityIndex', () => {
	const seeds = ['000_b555f2e6071b8337.txt', '013_aid_corridor.txt', '015_rafah_talks.txt', '019_gallant_washington.txt', '017_marathon.txt'];
	const build = () => {
		const index = new WorkspaceEntityIndex();
		for (const name of seeds) {
			index.set(name, summaryOf(readSeed(name)));
		}
		return index;
	};

	test('an entity across the sample seeds: other documents, most mentions first, never the asking one', () => {
		const index = build();
		const others = index.occurrences(entityKey('person', 'Lloyd Austin'), realSeedName);
		assert.deepEqual(others.map(o => o.doc).sort(), ['013_aid_corridor.txt', '015_rafah_talks.txt', '019_gallant_washington.txt']);
		for (let i = 1; i < others.length; i++) {
			assert.ok(others[i - 1].entity.count >= others[i].entity.count);
		}
		const text = readSeed(others[0].doc).split('\n');
		assert.match(text[others[0].first.line].slice(others[0].first.character), /^(Lloyd )?Austin/);
		assert.deepEqual(index.occurrences(entityKey('person', 'Kelvin Kiptum'), '017_marathon.txt'), []);
	});

	test('set replaces a document, delete removes it, and keys with no document disappear', () => {
		const index = build();
		const key = entityKey('person', 'Kelvin Kiptum');
		assert.equal(index.occurrences(key).length, 1);
		index.set('017_marathon.txt', summaryOf(' date 2024-01-01 Nothing named here at all.'));
		assert.equal(index.occurrences(key).length, 0);
		assert.equal(index.search('kiptum').length, 0);
		index.delete('000_b555f2e6071b8337.txt');
		assert.equal(index.documentCount, seeds.length - 1);
		assert.ok(!index.has('000_b555f2e6071b8337.txt'));
		assert.equal(index.occurrences(entityKey('person', 'Lloyd Austin')).length, 3);
	});

	test('search ranks by documents, then mentions; mentionsName matches a part of a name', () => {
		const index = build();
		const found = index.search('');
		for (let i = 1; i < found.length; i++) {
			assert.ok(found[i - 1].documents >= found[i].documents);
		}
		assert.equal(found[0].documents, 4, JSON.stringify(found.slice(0, 3)));
		const gallant = index.search('gallant');
		assert.deepEqual(gallant.map(g => [g.name, g.documents]), [['Yoav Gallant', 3]]);
		assert.ok(index.mentionsName('019_gallant_washington.txt', 'hezbollah'));
		assert.ok(!index.mentionsName('017_marathon.txt', 'hezbollah'));
		assert.equal(index.search('', 2).length, 2);
	});

	test('mainEntities takes the most mentioned', () => {
		const summary = summaryOf(readSeed('019_gallant_washington.txt'));
		assert.deepEqual(mainEntities(summary, 2).map(e => e.name), ['Yoav Gallant', 'Lloyd Austin']);
		assert.deepEqual(mainEntities(undefined), []);
	});

	test('every sample seed summarises without throwing, mentions inside the document', () => {
		const dir = path.join(repoRoot, 'seeds');
		for (const name of fs.readdirSync(dir).filter(f => f.endsWith('.txt'))) {
			const text = fs.readFileSync(path.join(dir, name), 'utf8');
			const doc = parseSeed(text);
			for (const e of summaryOf(text)) {
				for (const r of mentionRanges(e)) {
					assert.ok(r.start.line < doc.lineCount, `${name}: ${e.name} line ${r.start.line}`);
					assert.ok(r.end.character > r.start.character);
				}
			}
		}
	});
});

suite('cross-document text', () => {
	const entity = (count: number) => ({ key: 'person:x', name: 'X', type: 'person' as const, count, mentions: new Uint32Array([2, 4, 9]) });

	test('hover line: count, escaped labels, encoded link targets, a cap on links', () => {
		assert.equal(crossDocumentMarkdown([], () => ({ label: '', link: '' })), undefined);
		const one = crossDocumentMarkdown([{ doc: 'a', entity: entity(2), first: { line: 2, character: 4 } }], () => ({ label: 'A [title](evil) *bold*', link: 'file:///w/a b(1).txt#L3' }));
		assert.equal(one, 'Mentioned in 1 other seed: [A \\[title\\]\\(evil\\) \\*bold\\*](file:///w/a%20b%281%29.txt#L3) (2)');
		const many = Array.from({ length: 10 }, (_, i) => ({ doc: String(i), entity: entity(1), first: { line: 0, character: 0 } }));
		const text = crossDocumentMarkdown(many, o => ({ label: `S${o.doc}`, link: `file:///${o.doc}` }), 3)!;
		assert.match(text, /^Mentioned in 10 other seeds: /);
		assert.equal(text.match(/\]\(/g)?.length, 3);
		assert.ok(text.endsWith(', …'));
	});

	test('hover line: a right-to-left title is isolated, so its count stays after it', () => {
		const line = crossDocumentMarkdown([{ doc: 'a', entity: entity(1), first: { line: 0, character: 0 } }], () => ({ label: 'افتتاح معرض الكتاب', link: 'file:///w/a.txt' }));
		assert.equal(line, 'Mentioned in 1 other seed: [\u2068افتتاح معرض الكتاب\u2069](file:///w/a.txt) (1)');
	});

	test('mention context: cut at word edges, ellipses only where text was cut', () => {
		const line = 'The heart of the discussions between Austin and Gallant focused on identifying precision-targeted military strategies';
		const start = line.indexOf('Austin');
		const context = mentionContext(line, start, start + 6, 16, 20);
		assert.equal(context, '…between Austin and Gallant focused…', 'the half word "discussions" is dropped');
		assert.equal(mentionContext('Austin spoke.', 0, 6), 'Austin spoke.');
	});
});
