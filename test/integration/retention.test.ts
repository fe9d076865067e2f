// What long-lived structures keep after documents and editors go away, read through the extension's
// diagnostics (`retained()`): the Seed Library's URIs, the workspace index's seeds, a hidden preview's
// edit times and the preview manager's last seed editor.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SeedReaderApi } from '../../src/corpus/corpusSupport';
import type { SeedDiagnostics, SeedDiagnosticsApi } from '../../src/diagnostics';
import type { LibraryGroup, LibraryNode } from '../../src/model/library';
import { activateExtension, closeAllEditors, nextEvent } from './helpers';

function documentIds(nodes: readonly LibraryNode[]): string[] {
	return nodes.flatMap(n => n.kind === 'document' ? [n.entry.id] : documentIds((n as LibraryGroup).children));
}

function seedText(n: number): string {
	return ` date 2024-03-26 Retention Test Page ${n}\nMinister Anna Berg met the council of Northwind on Tuesday, page ${n}.\n`;
}

/** Opens an untitled seed and waits until the workspace index has heard of it (the library's next listing). */
async function openUntitledSeeds(count: number): Promise<vscode.TextDocument[]> {
	const docs: vscode.TextDocument[] = [];
	for (let n = 0; n < count; n++) {
		docs.push(await vscode.workspace.openTextDocument({ language: 'seed', content: seedText(n) }));
	}
	return docs;
}

/** Reverts and closes every editor, and waits until each of `docs` has been closed. */
async function closeAll(docs: readonly vscode.TextDocument[]): Promise<void> {
	const open = () => docs.filter(d => !d.isClosed);
	const closed = open().length === 0 ? undefined : nextEvent(vscode.workspace.onDidCloseTextDocument, () => open().length === 0, 'the documents to close');
	for (const doc of open()) {
		await vscode.window.showTextDocument(doc);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	}
	await closed?.promise;
}

suite('Memory given back', () => {
	let seeds: SeedReaderApi;
	let diagnostics: SeedDiagnostics;

	suiteSetup(async () => {
		const extension = await activateExtension();
		seeds = extension.exports as SeedReaderApi;
		diagnostics = (extension.exports as SeedDiagnosticsApi).diagnostics;
		assert.ok(diagnostics?.retained, 'the extension API has no retained counts');
	});

	teardown(closeAllEditors);

	test('the Seed Library forgets the URIs of seeds that left the index', async () => {
		await closeAllEditors();
		const baseline = documentIds(await seeds.library.refresh()).length;
		assert.strictEqual(diagnostics.retained().libraryUris, baseline);
		const docs = await openUntitledSeeds(5);
		const listed = await seeds.library.refresh();
		assert.strictEqual(documentIds(listed).length, baseline + 5, 'the untitled seeds are listed while open');
		await closeAll(docs);
		const after = await seeds.library.refresh();
		assert.strictEqual(documentIds(after).length, baseline, 'the closed untitled seeds are no longer listed');
		assert.strictEqual(diagnostics.retained().libraryUris, baseline, 'the library remembers only the URIs it lists');
	});

	test('the workspace index leaves out seeds of schemes it cannot read again, and drops opened ones when they close', async () => {
		await closeAllEditors();
		const scheme = 'seed-reader-retention';
		const provider = vscode.workspace.registerTextDocumentContentProvider(scheme, { provideTextDocumentContent: () => seedText(99) });
		const folder = vscode.workspace.workspaceFolders![0].uri;
		// A file of the workspace that the seed globs do not match: indexed while it is open as a seed.
		const loose = vscode.Uri.joinPath(folder, 'notes', 'retention_loose.txt');
		await vscode.workspace.fs.writeFile(loose, new TextEncoder().encode(seedText(98)));
		try {
			const baseline = documentIds(await seeds.library.refresh());
			const virtual = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(vscode.Uri.parse(`${scheme}:/virtual.txt`)), 'seed');
			const opened = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(loose), 'seed');
			const listed = documentIds(await seeds.library.refresh());
			assert.ok(!listed.includes(virtual.uri.toString()), `a ${scheme}: document is not indexed`);
			assert.ok(listed.includes(opened.uri.toString()), 'an opened workspace file is indexed while open');
			// Changing its language closes the seed document.
			const closed = nextEvent(vscode.workspace.onDidCloseTextDocument, d => d.uri.toString() === loose.toString(), 'the loose seed to close');
			await vscode.languages.setTextDocumentLanguage(opened, 'plaintext');
			await closed.promise;
			const after = documentIds(await seeds.library.refresh());
			assert.deepStrictEqual(after, baseline, 'the index is back to the workspace\'s seeds');
			assert.strictEqual(diagnostics.retained().indexedSeeds, baseline.length);
		} finally {
			provider.dispose();
			await closeAllEditors();
			await vscode.workspace.fs.delete(loose);
		}
	});

	test('a hidden preview keeps a bounded number of edit times', async function () {
		this.timeout(120000);
		await closeAllEditors();
		const [doc] = await openUntitledSeeds(1);
		const editor = await vscode.window.showTextDocument(doc);
		const opened = nextEvent(diagnostics.onDidChangePreviewCount, count => count === 1, 'the preview');
		await vscode.commands.executeCommand('seedReader.showPreview', doc.uri);
		await opened.promise;
		// The editor shown again in the same group hides the preview behind it.
		await vscode.window.showTextDocument(doc, editor.viewColumn);
		const previewTab = vscode.window.tabGroups.all.flatMap(g => g.tabs).find(t => t.input instanceof vscode.TabInputWebview);
		assert.ok(previewTab && !previewTab.isActive, 'the preview is open behind the editor');
		const edits = 300;
		for (let i = 0; i < edits; i++) {
			const edit = new vscode.WorkspaceEdit();
			edit.insert(doc.uri, new vscode.Position(1, 0), 'x');
			assert.ok(await vscode.workspace.applyEdit(edit), `edit ${i} applied`);
		}
		const pending = diagnostics.retained().pendingPreviewChanges;
		assert.ok(pending > 0 && pending < edits / 2, `after ${edits} edits to a hidden preview's document it keeps ${pending} edit times`);
		await closeAll([doc]);
	});

	test('the preview manager lets go of a seed editor once it is closed', async () => {
		await closeAllEditors();
		const [doc] = await openUntitledSeeds(1);
		const shown = nextEvent(vscode.window.onDidChangeActiveTextEditor, e => e?.document === doc, 'the seed editor');
		await vscode.window.showTextDocument(doc);
		if (vscode.window.activeTextEditor?.document === doc) {
			shown.cancel();
		} else {
			await shown.promise;
		}
		assert.strictEqual(diagnostics.retained().lastSeedEditor, true, 'the manager follows the seed editor');
		const hidden = nextEvent(vscode.window.onDidChangeVisibleTextEditors, editors => !editors.some(e => e.document === doc), 'the seed editor to close');
		await closeAll([doc]);
		await hidden.promise;
		assert.strictEqual(diagnostics.retained().lastSeedEditor, false, 'no seed editor is held after it closed');
	});
});
