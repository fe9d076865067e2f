import * as assert from 'node:assert/strict';
import { buildLibraryTree, formatReadingStats, formatReadingTime, selectionWords, type LibraryEntry, type LibraryGroup, type LibraryNode } from '../../src/model/library';
import { englishTimelineStrings, renderTimelineBody, renderTimelineDocument } from '../../src/corpus/timelineHtml';
import { escapeHtml } from '../../src/model/escapeHtml';
import { sortTimeline } from '../../src/model/timeline';
import { isFromTimelineMessage } from '../../src/protocol/timelineMessages';

const entries: LibraryEntry[] = [
	{ id: 'a', folder: 'seeds', fileName: 'a.txt', date: '2024-03-26', label: 'Austin meets Gallant', wordCount: 500 },
	{ id: 'b', folder: 'seeds', fileName: 'b.txt', date: '2024-03-02', label: 'Budget vote', wordCount: 200 },
	{ id: 'c', folder: 'seeds/archive', fileName: 'c.txt', date: '2023-07-14', label: 'Camps open', wordCount: 120 },
	{ id: 'd', folder: 'seeds', fileName: 'd.txt', date: null, label: 'Distant planet', wordCount: 300 },
	{ id: 'e', folder: 'seeds', fileName: 'e.txt', date: '2024-06', label: 'Cinema', wordCount: 400 },
];

function ids(nodes: readonly LibraryNode[]): unknown[] {
	return nodes.map(n => n.kind === 'document' ? n.entry.id : { [n.label]: ids(n.children) });
}

suite('buildLibraryTree', () => {
	test('by date: years newest first, then months, undated last', () => {
		const tree = buildLibraryTree(entries, { groupBy: 'date', sortBy: 'date' });
		assert.deepEqual(ids(tree), [
			{ 2024: [{ 'June 2024': ['e'] }, { 'March 2024': ['a', 'b'] }] },
			{ 2023: [{ 'July 2023': ['c'] }] },
			{ 'No date': ['d'] },
		]);
		assert.deepEqual(tree.map(g => g.count), [3, 1, 1]);
		assert.deepEqual(tree.map(g => g.id), ['date:2024', 'date:2023', 'date:none']);
	});

	test('by folder, sorted by title', () => {
		const tree = buildLibraryTree(entries, { groupBy: 'folder', sortBy: 'title' });
		assert.deepEqual(ids(tree), [{ seeds: ['a', 'b', 'e', 'd'] }, { 'seeds/archive': ['c'] }]);
	});

	test('the text filter matches title, file name and folder; empty groups disappear', () => {
		assert.deepEqual(ids(buildLibraryTree(entries, { groupBy: 'folder', sortBy: 'title', filter: { text: 'BUDGET' } })), [{ seeds: ['b'] }]);
		assert.deepEqual(ids(buildLibraryTree(entries, { groupBy: 'folder', sortBy: 'title', filter: { text: 'archive' } })), [{ 'seeds/archive': ['c'] }]);
		assert.deepEqual(buildLibraryTree(entries, { groupBy: 'date', sortBy: 'date', filter: { text: 'nothing like this' } }), []);
	});

	test('the entity filter asks the given lookup', () => {
		const asked: string[] = [];
		const tree = buildLibraryTree(entries, {
			groupBy: 'date', sortBy: 'date', filter: { entity: 'Austin' },
			mentions: (id, entity) => { asked.push(`${id}:${entity}`); return id === 'a' || id === 'c'; },
		});
		assert.deepEqual(ids(tree), [{ 2024: [{ 'March 2024': ['a'] }] }, { 2023: [{ 'July 2023': ['c'] }] }]);
		assert.equal(asked.length, entries.length);
		const none = buildLibraryTree(entries, { groupBy: 'date', sortBy: 'date', filter: { entity: 'Austin' } });
		assert.deepEqual(none, [], 'no lookup: nothing matches an entity');
	});

	test('group ids are stable and distinct', () => {
		const tree = buildLibraryTree(entries, { groupBy: 'date', sortBy: 'title' });
		const all: string[] = [];
		const walk = (nodes: readonly LibraryNode[]) => nodes.forEach(n => { if (n.kind === 'group') { all.push(n.id); walk((n as LibraryGroup).children); } });
		walk(tree);
		assert.equal(new Set(all).size, all.length);
		assert.ok(all.includes('date:2024-03'));
	});
});

suite('reading stats', () => {
	test('reading time at 230 words a minute', () => {
		assert.equal(formatReadingTime(0), '< 1 min');
		assert.equal(formatReadingTime(114), '< 1 min');
		assert.equal(formatReadingTime(115), '1 min');
		assert.equal(formatReadingTime(2300), '10 min');
		assert.equal(formatReadingTime(230 * 59), '59 min');
		assert.equal(formatReadingTime(230 * 60), '1 h');
		assert.equal(formatReadingTime(230 * 3261), '54 h 21 min');
	});

	test('status bar text for a document and a selection', () => {
		assert.equal(formatReadingStats({ words: 1234 }), '1,234 words · 5 min read');
		assert.equal(formatReadingStats({ words: 1 }), '1 word · < 1 min read');
		assert.equal(formatReadingStats({ words: 1234, selectionWords: 460 }), '460 of 1,234 words · 2 min');
	});

	test('selection words count across lines and scripts', () => {
		assert.equal(selectionWords('Lloyd Austin met\nYoav Gallant.'), 5);
		assert.equal(selectionWords('  '), 0);
		assert.equal(selectionWords('नई दिल्ली: राजधानी'), 3);
	});
});

suite('timeline', () => {
	test('rows by date, oldest first, undated last', () => {
		const rows = sortTimeline([{ date: '2024-03-26' }, { date: null }, { date: '2023-07-14' }, { date: '2024-03' }]);
		assert.deepEqual(rows.map(r => r.date), ['2023-07-14', '2024-03', '2024-03-26', null]);
	});

	test('document text is escaped; rows carry their index', () => {
		const html = renderTimelineBody([{ date: '2024-01-01', title: '<script>alert(1)</script> & "x"', fileName: "a'b.txt", wordCount: 3, entities: [{ name: '<b>Evil</b>', type: 'person' }] }]);
		assert.ok(!html.includes('<script>'));
		assert.ok(!html.includes('<b>'));
		assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;'));
		assert.ok(html.includes('a&#39;b.txt'));
		assert.ok(html.includes('data-row="0"'));
		assert.equal(escapeHtml('<>&"\''), '&lt;&gt;&amp;&quot;&#39;');
		assert.match(renderTimelineBody([]), /No seed documents/);
	});

	test('the page: its words as given (localised), its script only by nonce, nothing inline', () => {
		const strings = { ...englishTimelineStrings, heading: (n: number) => `Zeitleiste · ${n}`, words: (n: number) => `${n} Wörter`, noDate: 'ohne Datum' };
		const html = renderTimelineDocument({
			rows: [{ date: null, title: 'T', fileName: 'a.txt', wordCount: 4, entities: [] }],
			strings, csp: "default-src 'none'; script-src 'nonce-abc'", nonce: 'abc',
			styleUri: 'https://file+.vscode-resource/media/timeline.css', scriptUri: 'https://file+.vscode-resource/dist/webview/timeline.js',
		});
		assert.ok(html.includes('<h1>Zeitleiste · 1</h1>'));
		assert.ok(html.includes('a.txt · 4 Wörter'));
		assert.ok(html.includes('ohne Datum'));
		assert.ok(html.includes(`content="default-src 'none'; script-src 'nonce-abc'"`));
		assert.deepEqual(html.match(/<script[^>]*>/g), ['<script nonce="abc" src="https://file+.vscode-resource/dist/webview/timeline.js">']);
		assert.ok(!/<style/.test(html), 'styles come from media/timeline.css');
	});

	test('only well-formed open messages are accepted', () => {
		assert.ok(isFromTimelineMessage({ type: 'open', row: 3 }));
		for (const bad of [null, 1, {}, { type: 'open' }, { type: 'open', row: -1 }, { type: 'open', row: 1.5 }, { type: 'open', row: '1' }, { type: 'run', row: 1 }]) {
			assert.ok(!isFromTimelineMessage(bad), JSON.stringify(bad));
		}
	});
});
