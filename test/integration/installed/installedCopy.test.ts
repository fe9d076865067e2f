// Added to the suite only by the `installed` stage (scripts/realVscode/installedTests.mjs), which
// installs the packaged .vsix into a temporary extensions folder and sets
// SEED_READER_INSTALLED_EXTENSIONS_DIR to it. Proves that every other test in that run exercised the
// installed copy, not the repository.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, extensionId } from '../helpers';

const repo = path.resolve(__dirname, '../../../..');

suite('Installed .vsix', () => {
	test('the extension under test is the copy installed from the .vsix, not the repository', async () => {
		const extensionsDir = process.env.SEED_READER_INSTALLED_EXTENSIONS_DIR;
		assert.ok(extensionsDir, 'SEED_READER_INSTALLED_EXTENSIONS_DIR is not set in the extension host');
		const extension = await activateExtension();
		const installed = path.resolve(extension.extensionPath);
		assert.strictEqual(path.dirname(installed), path.resolve(extensionsDir), `${extensionId} was loaded from ${installed}`);
		assert.ok(!installed.startsWith(repo + path.sep) && installed !== repo, `${extensionId} was loaded from the repository (${installed})`);
		assert.strictEqual(extension.packageJSON.version, JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).version);
		assert.strictEqual(extension.isActive, true);
		// The release bundle ships without source maps; a development build would have one beside it.
		const bundle = vscode.Uri.file(path.join(installed, 'dist', 'extension.js'));
		await vscode.workspace.fs.stat(bundle);
		await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.file(`${bundle.fsPath}.map`))), 'the installed copy has a source map: not the release build');
	});
});
