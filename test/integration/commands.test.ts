import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';

suite('Contributed commands', () => {
	test('every command in package.json is registered once the extension is active', async () => {
		const extension = await activateExtension();
		const contributed: string[] = (extension.packageJSON.contributes?.commands ?? []).map((c: { command: string }) => c.command);
		const registered = new Set(await vscode.commands.getCommands(true));
		const missing = contributed.filter(id => !registered.has(id));
		assert.deepStrictEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
		for (const id of contributed) {
			assert.ok(id.startsWith('seedReader.'), `command '${id}' lacks the seedReader. prefix`);
		}
	});
});
