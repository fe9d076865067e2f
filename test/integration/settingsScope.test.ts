// Each setting is read with the scope package.json declares for it. VS Code's extension host logs a
// warning when a window-scoped setting is read for a resource ("Accessing a window scoped configuration
// for a resource is not expected") or a resource-scoped one without a resource; this test opens a
// preview, runs Find All References (which reads seedReader.references.includeOtherSeeds), then reads
// the extension host's log and asserts no such warning names a seedReader setting.
//
// The log is found from the extension's own log folder (`context.logUri`, exposed as
// `diagnostics.logUri`): the host's log files sit in its parent. A canary makes the check non-vacuous:
// the test itself reads a window-scoped setting with a resource, and waits (on a file watcher) until
// that warning is in the log, so the log is the right file and has been written out before it is searched.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SeedDiagnosticsApi } from '../../src/diagnostics';
import { activateExtension, closeAllEditors, nextEvent, openRealSeed } from './helpers';

const scopeWarning = /Accessing an? [a-z ]*scoped configuration/;
/** Window-scoped (declared with no scope), read here for a resource on purpose. */
const canaryKey = 'seedReader.detectPlainText';

/** The text of every log file directly in `folder` (the extension host's logs), concatenated. */
async function logsIn(folder: vscode.Uri): Promise<string> {
	const texts: string[] = [];
	for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
		if (type === vscode.FileType.File && name.endsWith('.log')) {
			texts.push(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name))));
		}
	}
	return texts.join('\n');
}

/**
 * The host's logs once they hold `needle`. Logs are written out in batches, so this reads them again each
 * time a watcher on their folder sees a log file created or changed, until a deadline that fails the test.
 */
async function logsContaining(folder: vscode.Uri, needle: string, timeoutMs = 20000): Promise<string> {
	const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '*.log'), false, false, true);
	let written = 0;
	let wake: (() => void) | undefined;
	const onWrite = (): void => {
		written++;
		wake?.();
	};
	const subscriptions = [watcher, watcher.onDidChange(onWrite), watcher.onDidCreate(onWrite)];
	let timer: ReturnType<typeof setTimeout> | undefined;
	const deadline = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`the extension host log in ${folder.toString()} never showed '${needle}' within ${timeoutMs} ms`)), timeoutMs);
	});
	// Handled here as well, so a deadline passing during a read is not reported as an unhandled rejection.
	deadline.catch(() => undefined);
	try {
		for (;;) {
			const seen = written;
			const text = await logsIn(folder);
			if (text.includes(needle)) {
				return text;
			}
			if (written === seen) {
				// Subscribed before the read above, so a write during it is counted, not missed.
				await Promise.race([new Promise<void>(resolve => { wake = resolve; }), deadline]);
				wake = undefined;
			}
		}
	} finally {
		clearTimeout(timer);
		subscriptions.forEach(d => d.dispose());
	}
}

suite('Settings scopes', () => {
	teardown(closeAllEditors);

	test('a preview and Find All References read no seedReader setting against its declared scope (extension host log)', async () => {
		const extension = await activateExtension();
		const { diagnostics } = extension.exports as SeedDiagnosticsApi;
		const doc = await openRealSeed();
		await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
		const rendered = nextEvent(diagnostics.onDidRenderPreview, e => e.resource.toString() === doc.uri.toString(), 'the preview to render', 30000);
		await vscode.commands.executeCommand('seedReader.showPreviewToSide', doc.uri);
		await rendered.promise;
		const austin = doc.positionAt(doc.getText().indexOf('Austin'));
		await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, austin);

		vscode.workspace.getConfiguration('seedReader', doc.uri).get<boolean>('detectPlainText');
		const log = await logsContaining(vscode.Uri.joinPath(diagnostics.logUri, '..'), `'${canaryKey}'`);

		const ours = log.split(/\r?\n/).filter(line => scopeWarning.test(line) && /'seedReader\./.test(line) && !line.includes(`'${canaryKey}'`));
		assert.deepStrictEqual(ours, [], 'settings read against their declared scope');
		assert.ok(log.split(/\r?\n/).some(line => scopeWarning.test(line) && line.includes(`'${canaryKey}'`)), 'the canary warning is a scope warning');
	});
});
