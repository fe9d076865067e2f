import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, documentMatching, realSeedUri } from './helpers';

suite('Seed language', () => {
	suiteSetup(async () => {
		await activateExtension();
	});

	teardown(closeAllEditors);

	test('the extension activates', async () => {
		const extension = await activateExtension();
		assert.strictEqual(extension.isActive, true);
	});

	test('seeds/*.txt opens as a seed', async () => {
		const files = await vscode.workspace.findFiles('seeds/*.txt');
		assert.ok(files.length > 0, 'no seeds/*.txt in the test workspace');
		for (const uri of files) {
			const doc = await vscode.workspace.openTextDocument(uri);
			assert.strictEqual(doc.languageId, 'seed', `${uri.path} opened as '${doc.languageId}'`);
		}
	});

	test('seeds read as prose: wrapped lines, no source-code warnings on curly quotes and dashes, no word suggestions', async () => {
		const editor = await vscode.window.showTextDocument(await realSeedUri());
		const config = vscode.workspace.getConfiguration('editor', editor.document);
		assert.strictEqual(config.get('wordWrap'), 'on');
		assert.strictEqual(config.get('unicodeHighlight.ambiguousCharacters'), false);
		assert.strictEqual(config.get('unicodeHighlight.invisibleCharacters'), false);
		assert.deepStrictEqual(config.get('quickSuggestions'), { comments: 'off', strings: 'off', other: 'off' });
	});

	test('the real seed opens as a seed in an editor', async () => {
		const editor = await vscode.window.showTextDocument(await realSeedUri());
		assert.strictEqual(editor.document.languageId, 'seed');
		assert.ok(editor.document.lineAt(0).text.startsWith(' date 2024-03-26 '));
	});

	test('a plain-text document that starts with a seed header becomes a seed', async () => {
		const content = ' date 2024-01-02 A lede sentence about the news of the day.\n\nA Heading Line\n\nA paragraph under the heading.\n';
		const doc = await documentMatching(
			d => d.isUntitled && d.languageId === 'seed' && d.getText() === content,
			'the untitled plain-text seed to switch to the seed language',
			() => vscode.workspace.openTextDocument({ language: 'plaintext', content }),
		);
		assert.strictEqual(doc.languageId, 'seed');
	});
});
