import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors } from './helpers';

// The common real-page form: a sentence-case headline on the header line, no final stop, then the story.
const headline = 'Amid rumours about the merger, the council finds a new partner for the bridge';
const text = [
	` date 2024-05-02 ${headline}`,
	'The city council voted on Tuesday to build a new bridge over the river with a private partner, the mayor said after the meeting.',
	'Work is to start in June and should take two years, according to the city engineer.',
].join('\n');

suite('A headline on the header line', () => {
	suiteSetup(async () => {
		await activateExtension();
	});

	teardown(closeAllEditors);

	test('is the Outline\'s first symbol and the article\'s H1', async () => {
		const doc = await vscode.workspace.openTextDocument({ language: 'seed', content: text });
		await vscode.window.showTextDocument(doc);
		const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
		assert.ok(symbols && symbols.length > 0, 'no document symbols');
		assert.strictEqual(symbols[0].name, headline);
		assert.strictEqual(doc.getText(symbols[0].selectionRange), headline);

		// The export renders the body the preview shows.
		const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'export-header-headline.html');
		try {
			await vscode.commands.executeCommand<vscode.Uri>('seedReader.exportHtml', doc.uri, target);
			const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
			const h1 = /<h1\b[^>]*>([^<]*)<\/h1>/.exec(html);
			assert.ok(h1, 'the article has an H1');
			assert.strictEqual(h1[1], headline);
		} finally {
			await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
		}
	});
});
