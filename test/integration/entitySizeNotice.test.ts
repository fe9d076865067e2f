// The notice that entities are off for a seed over seedReader.entities.maxDocumentSize names that seed,
// and is shown once per file: for files the workspace entity index reads without opening them as well
// as for open ones. The notice is observed through `exports.diagnostics.onDidSkipEntities`, which fires
// with the window message's text as it is shown.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SeedDiagnosticsApi } from '../../src/diagnostics';
import type { SeedEntitiesSkipped } from '../../src/documents/entityCache';
import { activateExtension, closeAllEditors, corpusApi, nextEvent } from './helpers';

/** A seed of about 150 KB: over a 0.1 MB limit, which is the setting's declared minimum. */
function largeSeed(topic: string): string {
	const paragraph = `Officials in ${topic} said on Tuesday that the talks would go on through the week.\n\n`;
	return ` date 2024-03-26 ${topic} Talks Continue\n\n` + paragraph.repeat(Math.ceil(150_000 / paragraph.length));
}

suite('Entity size notice', () => {
	const names = ['zz_size_notice_a.txt', 'zz_size_notice_b.txt'];
	let uris: vscode.Uri[];

	suiteSetup(async () => {
		await activateExtension();
		const folder = vscode.workspace.workspaceFolders![0].uri;
		uris = names.map(name => vscode.Uri.joinPath(folder, 'seeds', 'archive', name));
	});

	teardown(async () => {
		await closeAllEditors();
		await vscode.workspace.getConfiguration('seedReader.entities').update('maxDocumentSize', undefined, vscode.ConfigurationTarget.Global);
		const corpus = (await corpusApi()).workspaceEntities;
		const gone = nextEvent(corpus.onDidChange, () => uris.every(uri => !corpus.seed(uri.toString())), 'the entity index to drop the test seeds', 20000);
		await Promise.all(uris.map(uri => vscode.workspace.fs.delete(uri).then(undefined, () => undefined)));
		await gone.promise;
	});

	test('names the real file, once per file, for unopened and open seeds alike', async () => {
		const { diagnostics } = (await activateExtension()).exports as SeedDiagnosticsApi;
		const corpus = (await corpusApi()).workspaceEntities;
		await corpus.refresh();
		await vscode.workspace.getConfiguration('seedReader.entities').update('maxDocumentSize', 0.1, vscode.ConfigurationTarget.Global);
		const notices: SeedEntitiesSkipped[] = [];
		const listener = diagnostics.onDidSkipEntities(n => notices.push(n));
		try {
			const noticedBoth = nextEvent(diagnostics.onDidSkipEntities, () => uris.every(uri => notices.some(n => n.uri.toString() === uri.toString())),
				'a notice for each large seed', 20000);
			// The index was asked for above, so the file watcher's news of these files starts a re-index.
			for (const [i, uri] of uris.entries()) {
				await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(largeSeed(i === 0 ? 'Geneva' : 'Vienna')));
			}
			await noticedBoth.promise.catch(e => {
				throw new Error(`${String(e)}; notices: ${JSON.stringify(notices.map(n => n.uri.toString()))}`);
			});
			for (const [i, uri] of uris.entries()) {
				const forFile = notices.filter(n => n.uri.toString() === uri.toString());
				assert.strictEqual(forFile.length, 1, `one notice for ${names[i]}`);
				assert.ok(forFile[0].message.includes(names[i]), `the notice names ${names[i]}: ${forFile[0].message}`);
			}
			assert.ok(notices.every(n => !n.message.includes('scratch')), 'no notice names the scratch document');

			// Opening the first one and asking for a hover reads its entities again: no second notice.
			const doc = await vscode.workspace.openTextDocument(uris[0]);
			await vscode.window.showTextDocument(doc);
			await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf('Geneva') + 2));
			assert.strictEqual(notices.filter(n => n.uri.toString() === uris[0].toString()).length, 1, 'the open seed was told about once');
		} finally {
			listener.dispose();
		}
	});
});
