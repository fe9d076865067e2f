import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SeedDiagnosticsApi } from '../../src/diagnostics';
import { activateExtension, closeAllEditors, nextEvent, openRealSeed, sampleSeedUri } from './helpers';

const viewTypeSuffix = 'seedReader.preview';

function previewTabs(): vscode.Tab[] {
	return vscode.window.tabGroups.all.flatMap(g => g.tabs)
		.filter(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(viewTypeSuffix));
}

/** Runs `command` and resolves once a preview tab matching `predicate` exists. */
async function expectPreviewTab(run: () => Thenable<unknown>, predicate: (tab: vscode.Tab) => boolean, what: string): Promise<vscode.Tab> {
	const changed = nextEvent(vscode.window.tabGroups.onDidChangeTabs, () => previewTabs().some(predicate), what);
	await run();
	const already = previewTabs().find(predicate);
	if (already) {
		changed.cancel();
		return already;
	}
	await changed.promise;
	return previewTabs().find(predicate)!;
}

suite('Preview', () => {
	suiteSetup(async () => {
		await activateExtension();
	});

	teardown(closeAllEditors);

	test('showPreviewToSide opens a seedReader.preview webview beside the editor', async () => {
		const doc = await openRealSeed();
		const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
		const title = `Preview ${doc.uri.path.split('/').pop()}`;
		const tab = await expectPreviewTab(() => vscode.commands.executeCommand('seedReader.showPreviewToSide'), t => t.label === title, `a tab titled '${title}'`);
		assert.ok((tab.input as vscode.TabInputWebview).viewType.endsWith(viewTypeSuffix));
		assert.notStrictEqual(tab.group.viewColumn, editor.viewColumn, 'the preview opened in the editor column, not beside it');
		assert.strictEqual(previewTabs().length, 1);
	});

	test('showPreview opens the preview in the active column; running it again reuses the panel', async () => {
		const doc = await openRealSeed();
		await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
		const tab = await expectPreviewTab(() => vscode.commands.executeCommand('seedReader.showPreview', doc.uri), () => true, 'a preview tab');
		assert.strictEqual(tab.group.viewColumn, vscode.ViewColumn.One);
		await vscode.commands.executeCommand('seedReader.showPreview', doc.uri);
		assert.strictEqual(previewTabs().length, 1, 'a second panel was opened for the same document');
	});

	test('toggleLock locks the active preview (its title changes) and unlocks it again', async () => {
		const doc = await openRealSeed();
		await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
		const name = doc.uri.path.split('/').pop();
		await expectPreviewTab(() => vscode.commands.executeCommand('seedReader.showPreviewToSide', doc.uri), () => true, 'a preview tab');
		const locked = await expectPreviewTab(() => vscode.commands.executeCommand('seedReader.toggleLock'), t => t.label === `[Preview] ${name}`, 'the locked title');
		assert.ok(locked);
		const unlocked = await expectPreviewTab(() => vscode.commands.executeCommand('seedReader.toggleLock'), t => t.label === `Preview ${name}`, 'the unlocked title');
		assert.ok(unlocked);
	});

	test('toggleToc and showSource run against the active preview', async () => {
		const doc = await openRealSeed();
		await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
		await expectPreviewTab(() => vscode.commands.executeCommand('seedReader.showPreview', doc.uri), () => true, 'a preview tab');
		await vscode.commands.executeCommand('seedReader.toggleToc');
		await vscode.commands.executeCommand('seedReader.showSource');
		assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString(), 'showSource did not bring the source editor forward');
	});

	test('exportHtml writes a static article: CSP, headings, no script', async () => {
		const doc = await openRealSeed();
		await vscode.window.showTextDocument(doc);
		const folder = vscode.workspace.workspaceFolders![0].uri;
		const target = vscode.Uri.joinPath(folder, 'export-test.html');
		try {
			const written = await vscode.commands.executeCommand<vscode.Uri>('seedReader.exportHtml', doc.uri, target);
			assert.strictEqual(written?.toString(), target.toString());
			const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
			assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
			assert.match(html, /<h2 id="strategic-dialogue-amidst-crisis"/);
			assert.match(html, /March 26, 2024/);
			assert.ok(!/<script/i.test(html), 'the export contains a script');
		} finally {
			await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
		}
	});

	test('a caption the page printed twice in a row is in the article once', async () => {
		const uri = await sampleSeedUri('002_headline_deck_byline.txt');
		const doc = await vscode.workspace.openTextDocument(uri);
		const twice = doc.getText().match(/^Workers repair a transformer.*$/gm) ?? [];
		assert.strictEqual(twice.length, 2, 'the seed prints its caption twice');
		const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'export-caption-test.html');
		try {
			await vscode.commands.executeCommand<vscode.Uri>('seedReader.exportHtml', doc.uri, target);
			const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
			assert.strictEqual((html.match(/class="[^"]*seed-caption/g) ?? []).length, 1, 'one caption element');
		} finally {
			await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
		}
	});

	test('changing seedReader.preview.maxDocumentSize re-renders an open preview', async () => {
		const { diagnostics } = (await activateExtension()).exports as SeedDiagnosticsApi;
		const doc = await openRealSeed();
		await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
		const isThisDoc = (e: { resource: vscode.Uri }) => e.resource.toString() === doc.uri.toString();
		const first = nextEvent(diagnostics.onDidRenderPreview, isThisDoc, 'the first render', 30000);
		await vscode.commands.executeCommand('seedReader.showPreviewToSide', doc.uri);
		await first.promise;
		const settings = vscode.workspace.getConfiguration('seedReader.preview');
		const again = nextEvent(diagnostics.onDidRenderPreview, isThisDoc, 'a render after the setting changed');
		try {
			await settings.update('maxDocumentSize', 0.5, vscode.ConfigurationTarget.Global);
			await again.promise;
		} finally {
			again.cancel();
			await settings.update('maxDocumentSize', undefined, vscode.ConfigurationTarget.Global);
		}
	});

	test('exportHtml keeps to seedReader.preview.maxDocumentSize: the first part, a notice, contents cut too', async () => {
		const folder = vscode.workspace.workspaceFolders![0].uri;
		const source = vscode.Uri.joinPath(folder, 'export-size-test.txt');
		const target = vscode.Uri.joinPath(folder, 'export-size-test.html');
		let text = ' date 2024-03-26 A Long Day of Talks\n\nThe talks began early on Tuesday and went on into the night.\n\n';
		for (let i = 1; text.length < 300_000; i++) {
			text += `Part ${i} of the Talks\n\n` + `The delegates met again for round ${i} and said little to the press afterwards, officials said.\n\n`.repeat(20);
		}
		const lastRound = /round (\d+) and said little[^\n]*\n\n$/.exec(text)![1];
		const settings = vscode.workspace.getConfiguration('seedReader.preview');
		try {
			await vscode.workspace.fs.writeFile(source, new TextEncoder().encode(text));
			await settings.update('maxDocumentSize', 0.1, vscode.ConfigurationTarget.Global);
			await vscode.commands.executeCommand<vscode.Uri>('seedReader.exportHtml', source, target);
			const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
			assert.match(html, /class="seed-notice"[^>]*>This seed is 0\.3 MB; this export holds its first 0\.1 MB \(seedReader\.preview\.maxDocumentSize\)\./);
			assert.ok(html.includes('round 1 and'), 'the beginning is exported');
			assert.ok(!html.includes(`round ${lastRound} and`), 'the end is past the cap');
			assert.match(html, /class="seed-toc-more">\d+ more sections are past the part shown/);
			assert.ok(html.length < text.length, `the export (${html.length} characters) is bounded by the cap, not the seed (${text.length})`);
		} finally {
			await settings.update('maxDocumentSize', undefined, vscode.ConfigurationTarget.Global);
			await vscode.workspace.fs.delete(source).then(undefined, () => undefined);
			await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
		}
	});
});
