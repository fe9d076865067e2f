// The corpus features in a real VS Code: the Seed Library and Entities trees through their tree data
// providers (returned by activate()), cross-document hovers, references and symbols over the sample
// seeds (23 in the test workspace), the reading-time status bar item and the timeline panel.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SeedReaderApi } from '../../src/corpus/corpusSupport';
import type { EntitiesNode } from '../../src/corpus/entitiesView';
import type { LibraryDocument, LibraryGroup, LibraryNode } from '../../src/model/library';
import { closeAllEditors, corpusApi, nextEvent, realSeedName, realSeedUri } from './helpers';

function documents(nodes: readonly LibraryNode[]): LibraryDocument[] {
	return nodes.flatMap(n => n.kind === 'document' ? [n] : documents((n as LibraryGroup).children));
}

function fileName(uri: vscode.Uri): string {
	return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

async function seedUri(name: string): Promise<vscode.Uri> {
	const found = await vscode.workspace.findFiles(`seeds/**/${name}`);
	assert.strictEqual(found.length, 1, `seeds/**/${name} is not in the test workspace`);
	return found[0];
}

/** Shows a seed and waits until the Entities view shows its entities. */
async function showInEntitiesView(seeds: SeedReaderApi, uri: vscode.Uri): Promise<vscode.TextEditor> {
	const updated = nextEvent(seeds.entities.onDidUpdate, u => u?.toString() === uri.toString(), `the Entities view to show ${uri.path}`);
	const editor = await vscode.window.showTextDocument(uri);
	if (seeds.entities.document?.uri.toString() === uri.toString()) {
		updated.cancel();
		await seeds.entities.ready();
	} else {
		await updated.promise;
	}
	return editor;
}

function treeLabel(item: vscode.TreeItem): string {
	return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

suite('Seed Library view', () => {
	let seeds: SeedReaderApi;

	suiteSetup(async () => {
		seeds = await corpusApi();
	});

	teardown(async () => {
		await vscode.commands.executeCommand('seedReader.library.clearFilter');
		seeds.library.setGroupBy('date');
		seeds.library.setSortBy('date');
		await closeAllEditors();
	});

	test('lists every sample seed, by year then month, newest first, with date and word count', async () => {
		const tree = await seeds.library.refresh();
		const all = documents(tree);
		assert.ok(all.length >= 20, `only ${all.length} seeds listed`);
		assert.deepStrictEqual(tree.map(g => g.kind === 'group' ? g.label : '?'), ['2024', '2023', 'No date']);
		const march = (tree[0] as LibraryGroup).children.find(g => g.kind === 'group' && g.label === 'March 2024') as LibraryGroup;
		assert.ok(march, 'a March 2024 group');
		const real = documents([march]).find(d => d.entry.fileName === realSeedName);
		assert.ok(real, 'the real seed is under March 2024');
		const item = seeds.library.getTreeItem(real);
		assert.match(treeLabel(item), /^As tensions between the United States/);
		assert.match(String(item.description), /^2024-03-26 · \d{3} words$/);
		assert.strictEqual(item.command?.command, 'vscode.open');
		const noDate = documents([tree[2]]);
		assert.deepStrictEqual(noDate.map(d => d.entry.fileName), ['008_no_header.txt']);
	});

	test('groups by folder and sorts by title through its commands', async () => {
		const refreshed = nextEvent(seeds.library.onDidRefresh, nodes => nodes.some(n => n.kind === 'group' && n.id.startsWith('folder:')), 'the library grouped by folder');
		await vscode.commands.executeCommand('seedReader.library.groupByFolder');
		const tree = await refreshed.promise;
		assert.deepStrictEqual(tree.map(g => g.kind === 'group' ? g.label : '?'), ['seeds', 'seeds/archive']);
		assert.deepStrictEqual(documents([tree[1]]).map(d => d.entry.fileName), ['022_election_turnout.txt', '021_flood_relief.txt'], 'newest first');
		const sorted = nextEvent(seeds.library.onDidRefresh, () => seeds.library.sortBy === 'title', 'the library sorted by title');
		await vscode.commands.executeCommand('seedReader.library.sortByTitle');
		const labels = documents([(await sorted.promise)[0]]).map(d => d.entry.label);
		assert.deepStrictEqual(labels, [...labels].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
	});

	test('filters by text and by entity, and the filter clears', async () => {
		await vscode.commands.executeCommand('seedReader.library.filter', 'budget');
		const byText = documents(await seeds.library.getChildren()).map(d => d.entry.fileName).sort();
		assert.deepStrictEqual(byText, ['014_senate_budget.txt', '020_city_budget.txt']);
		await vscode.commands.executeCommand('seedReader.library.filter', '@Lloyd Austin');
		const byEntity = documents(await seeds.library.getChildren()).map(d => d.entry.fileName).sort();
		assert.deepStrictEqual(byEntity, [realSeedName, '013_aid_corridor.txt', '015_rafah_talks.txt', '019_gallant_washington.txt'].sort());
		await vscode.commands.executeCommand('seedReader.library.clearFilter');
		assert.ok(documents(await seeds.library.getChildren()).length >= 20);
	});

	test('an entry opens its document; the inline action opens its preview', async () => {
		const real = documents(await seeds.library.refresh()).find(d => d.entry.fileName === realSeedName)!;
		const item = seeds.library.getTreeItem(real);
		await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
		assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), (await realSeedUri()).toString());
		// The tab's title is set once the preview has loaded the document (later in the web host): wait for it.
		const isPreview = (t: vscode.Tab) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('seedReader.preview') && t.label === `Preview ${realSeedName}`;
		const previewTab = () => vscode.window.tabGroups.all.flatMap(g => g.tabs).find(isPreview);
		const opened = nextEvent(vscode.window.tabGroups.onDidChangeTabs, () => previewTab() !== undefined, 'a preview tab of the real seed');
		await vscode.commands.executeCommand('seedReader.library.openPreview', real);
		if (previewTab()) {
			opened.cancel();
		} else {
			await opened.promise;
		}
		assert.strictEqual(previewTab()?.label, `Preview ${realSeedName}`);
	});

	test('follows file changes: a new seed appears, a deleted one goes', async () => {
		const folder = vscode.workspace.workspaceFolders![0].uri;
		const uri = vscode.Uri.joinPath(folder, 'seeds', 'archive', 'zz_added_during_test.txt');
		const added = nextEvent(seeds.library.onDidRefresh, nodes => documents(nodes).some(d => d.entry.fileName === 'zz_added_during_test.txt'), 'the new seed in the library');
		await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(' date 2022-05-01 Harbour Reopens After Storm\nThe harbour reopened on Sunday.\n'));
		try {
			const tree = await added.promise;
			const entry = documents(tree).find(d => d.entry.fileName === 'zz_added_during_test.txt')!;
			assert.strictEqual(entry.entry.label, 'Harbour Reopens After Storm');
			assert.ok(tree.some(g => g.kind === 'group' && g.label === '2022'));
		} finally {
			const removed = nextEvent(seeds.library.onDidRefresh, nodes => !documents(nodes).some(d => d.entry.fileName === 'zz_added_during_test.txt'), 'the deleted seed to leave the library');
			await vscode.workspace.fs.delete(uri);
			await removed.promise;
		}
	});
});

suite('Entities view', () => {
	let seeds: SeedReaderApi;

	suiteSetup(async () => {
		seeds = await corpusApi();
	});

	teardown(closeAllEditors);

	async function groups(): Promise<Map<string, EntitiesNode>> {
		const roots = await seeds.entities.getChildren();
		return new Map(roots.map(n => [treeLabel(seeds.entities.getTreeItem(n)), n]));
	}

	test('the active seed\'s entities by type, with counts; a mention reveals itself', async () => {
		await showInEntitiesView(seeds, await realSeedUri());
		const byType = await groups();
		for (const label of ['People', 'Organisations', 'Places', 'Groups and other names', 'Figures']) {
			assert.ok(byType.has(label), `a ${label} group in ${[...byType.keys()]}`);
		}
		const people = await seeds.entities.getChildren(byType.get('People'));
		const items = people.map(p => seeds.entities.getTreeItem(p));
		const austin = items.findIndex(i => treeLabel(i) === 'Lloyd Austin');
		assert.ok(austin >= 0, `Lloyd Austin among ${items.map(treeLabel)}`);
		assert.strictEqual(items[austin].description, '5 mentions · Defense Secretary');
		const mentions = await seeds.entities.getChildren(people[austin]);
		assert.strictEqual(mentions.length, 5);
		const last = seeds.entities.getTreeItem(mentions[4]);
		assert.match(String(last.description), /^line \d+$/);
		assert.match(treeLabel(last), /Austin/);
		const range = seeds.entities.rangeOf(mentions[4])!;
		await vscode.commands.executeCommand(last.command!.command, ...(last.command!.arguments ?? []));
		const editor = vscode.window.activeTextEditor!;
		assert.strictEqual(fileName(editor.document.uri), realSeedName);
		assert.ok(editor.selection.isEqual(new vscode.Selection(range.start, range.end)), `selection ${JSON.stringify(editor.selection)} is the mention`);
		assert.match(editor.document.getText(editor.selection), /Austin/);
	});

	test('follows the active editor and its edits', async () => {
		await showInEntitiesView(seeds, await seedUri('017_marathon.txt'));
		const people = await seeds.entities.getChildren((await groups()).get('People'));
		assert.ok(people.map(p => treeLabel(seeds.entities.getTreeItem(p))).includes('Kelvin Kiptum'));
		const editor = vscode.window.activeTextEditor!;
		const updated = nextEvent(seeds.entities.onDidUpdate, u => u?.toString() === editor.document.uri.toString(), 'the Entities view after an edit');
		await editor.edit(b => b.insert(new vscode.Position(editor.document.lineCount, 0), '\nSenate Majority Leader Chuck Schumer congratulated the runners in Washington.\n'));
		await updated.promise;
		const after = await seeds.entities.getChildren((await groups()).get('People'));
		assert.ok(after.map(p => treeLabel(seeds.entities.getTreeItem(p))).includes('Chuck Schumer'), 'the edit\'s person is listed');
	});
});

suite('Across seeds', () => {
	let seeds: SeedReaderApi;

	suiteSetup(async () => {
		seeds = await corpusApi();
		await seeds.workspaceEntities.refresh();
	});

	teardown(async () => {
		await vscode.workspace.getConfiguration('seedReader').update('references.includeOtherSeeds', undefined, vscode.ConfigurationTarget.Global);
		await closeAllEditors();
	});

	async function austinPosition(): Promise<{ doc: vscode.TextDocument; position: vscode.Position }> {
		const doc = await vscode.workspace.openTextDocument(await realSeedUri());
		const offset = doc.getText().indexOf('Lloyd Austin');
		return { doc, position: doc.positionAt(offset + 7) };
	}

	test('the entity hover says in which other seeds it is mentioned, with links', async () => {
		const { doc, position } = await austinPosition();
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
		const text = hovers.flatMap(h => h.contents.map(c => typeof c === 'string' ? c : c.value)).join('\n');
		assert.match(text, /Mentioned in 3 other seeds: /);
		for (const name of ['013_aid_corridor.txt', '015_rafah_talks.txt', '019_gallant_washington.txt']) {
			const uri = (await seedUri(name)).with({ fragment: '' }).toString();
			assert.ok(text.includes(`](${uri}#L`), `a link to ${name} in ${text}`);
		}
		assert.ok(!text.includes(`](${doc.uri.toString()}#L1) (`), 'no link to the hovered seed itself');
	});

	test('a new seed that mentions the entity updates the hover count; deleting it restores it', async () => {
		const { doc, position } = await austinPosition();
		const folder = vscode.workspace.workspaceFolders![0].uri;
		const uri = vscode.Uri.joinPath(folder, 'seeds', 'archive', 'zz_austin_during_test.txt');
		const mentioned = () => seeds.workspaceEntities.index.occurrences('person:lloyd austin').some(o => o.doc === uri.toString());
		const added = nextEvent(seeds.workspaceEntities.onDidChange, mentioned, 'the entity index to take in the new seed');
		await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(' date 2024-07-02 Defense Secretary Lloyd Austin visited troops in Germany on Tuesday. Austin thanked them.\n'));
		try {
			await added.promise;
			const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
			assert.match(hovers.flatMap(h => h.contents.map(c => typeof c === 'string' ? c : c.value)).join('\n'), /Mentioned in 4 other seeds: /);
		} finally {
			const removed = nextEvent(seeds.workspaceEntities.onDidChange, () => !mentioned(), 'the entity index to drop the deleted seed');
			await vscode.workspace.fs.delete(uri);
			await removed.promise;
		}
	});

	test('Find All References includes other seeds only when the setting is on', async () => {
		const { doc, position } = await austinPosition();
		const local = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, position);
		assert.ok(local.length >= 5);
		assert.ok(local.every(l => l.uri.toString() === doc.uri.toString()), 'the setting is off by default');
		await vscode.workspace.getConfiguration('seedReader').update('references.includeOtherSeeds', true, vscode.ConfigurationTarget.Global);
		const all = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, position);
		const files = new Set(all.map(l => fileName(l.uri)));
		assert.deepStrictEqual([...files].sort(), [realSeedName, '013_aid_corridor.txt', '015_rafah_talks.txt', '019_gallant_washington.txt'].sort());
		for (const location of all.filter(l => fileName(l.uri) === '019_gallant_washington.txt')) {
			const other = await vscode.workspace.openTextDocument(location.uri);
			assert.match(other.getText(location.range), /^(Lloyd )?Austin$/);
		}
	});

	test('workspace symbols include entities, in every seed that mentions them', async () => {
		const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Yoav Gallant');
		const gallant = symbols.filter(s => s.name === 'Yoav Gallant' && s.kind === vscode.SymbolKind.Variable);
		assert.deepStrictEqual(gallant.map(s => fileName(s.location.uri)).sort(), [realSeedName, '015_rafah_talks.txt', '019_gallant_washington.txt'].sort());
	});
});

suite('Reading time and timeline', () => {
	let seeds: SeedReaderApi;

	suiteSetup(async () => {
		seeds = await corpusApi();
	});

	teardown(closeAllEditors);

	test('the status bar shows words and reading time, then the selection\'s', async () => {
		const uri = await realSeedUri();
		const shown = nextEvent(seeds.readingStatus.onDidUpdate, t => t !== undefined, 'the status bar text');
		const editor = await vscode.window.showTextDocument(uri);
		if (seeds.readingStatus.text === undefined) {
			await shown.promise;
		} else {
			shown.cancel();
		}
		if (seeds.readingStatus.text?.includes(' of ')) {
			// The editor came back with the selection an earlier test left: clear it first.
			const cleared = nextEvent(seeds.readingStatus.onDidUpdate, t => t !== undefined && !t.includes(' of '), 'the document word count');
			editor.selection = new vscode.Selection(0, 0, 0, 0);
			await cleared.promise;
		}
		const entry = documents(await seeds.library.refresh()).find(d => d.entry.fileName === realSeedName)!;
		const words = entry.entry.wordCount.toLocaleString('en-US');
		assert.strictEqual(seeds.readingStatus.text, `${words} words · ${Math.round(entry.entry.wordCount / 230)} min read`);
		const selected = nextEvent(seeds.readingStatus.onDidUpdate, t => t?.includes(' of ') ?? false, 'the selection\'s word count');
		editor.selection = new vscode.Selection(0, 17, 0, 17 + 'As tensions between the United States and Israel'.length);
		assert.strictEqual(await selected.promise, `8 of ${words} words · < 1 min`);
		const hidden = nextEvent(seeds.readingStatus.onDidUpdate, t => t === undefined, 'the status bar item to hide');
		await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'json', content: '{}' }));
		await hidden.promise;
	});

	test('the timeline lists the corpus by date with main entities; a row opens its seed', async () => {
		await vscode.commands.executeCommand('seedReader.showTimeline');
		const timeline = seeds.timeline;
		assert.ok(timeline.panel, 'the timeline panel is open');
		assert.strictEqual(timeline.panel.viewType, 'seedReader.timeline');
		const rows = timeline.rows;
		assert.ok(rows.length >= 20);
		const dated = rows.filter(r => r.date !== null).map(r => r.date!);
		assert.deepStrictEqual(dated, [...dated].sort());
		assert.strictEqual(rows[rows.length - 1].date, null);
		const real = rows.findIndex(r => r.fileName === realSeedName);
		assert.ok(rows[real].entities.some(e => e.name === 'Gaza'), JSON.stringify(rows[real].entities));
		assert.match(timeline.html, /default-src 'none'/);
		assert.ok(timeline.html.includes(`data-row="${real}"`));
		await timeline.handleMessage({ type: 'open', row: 'x' });
		await timeline.handleMessage({ type: 'open', row: real });
		assert.strictEqual(fileName(vscode.window.activeTextEditor!.document.uri), realSeedName);
	});
});
