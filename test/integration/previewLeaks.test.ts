import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SeedDiagnostics, SeedDiagnosticsApi } from '../../src/diagnostics';
import { activateExtension, closeAllEditors, nextEvent, openRealSeed } from './helpers';

const cycles = 200;
/** The first previews build what later ones reuse (entity index, webview resources): not a leak. */
const warmUpCycles = 3;
/**
 * Every 20th preview stays open until its webview has loaded and rendered (0.2-1 s each on a loaded
 * 2-core machine); the others close as soon as the panel exists, while their first render is in flight.
 */
const renderEvery = 20;

function previewTabs(): vscode.Tab[] {
	return vscode.window.tabGroups.all.flatMap(g => g.tabs)
		.filter(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('seedReader.preview'));
}

/** Opens the seed's preview through the command, closes its tab, and waits until the extension has disposed it. */
async function openAndClosePreview(diagnostics: SeedDiagnostics, doc: vscode.TextDocument, waitForRender: boolean): Promise<void> {
	const rendered = nextEvent(diagnostics.onDidRenderPreview, e => e.resource.toString() === doc.uri.toString(), 'the preview to render');
	const tabOpened = nextEvent(vscode.window.tabGroups.onDidChangeTabs, () => previewTabs().length > 0, 'a preview tab');
	await vscode.commands.executeCommand('seedReader.showPreview', doc.uri);
	if (previewTabs().length > 0) {
		tabOpened.cancel();
	} else {
		await tabOpened.promise;
	}
	if (waitForRender) {
		await rendered.promise;
	} else {
		rendered.cancel();
	}
	const tabs = previewTabs();
	assert.strictEqual(tabs.length, 1, 'one preview tab while it is open');
	assert.strictEqual(diagnostics.previewCount, 1, 'the extension holds one preview while it is open');
	const disposed = nextEvent(diagnostics.onDidChangePreviewCount, count => count === 0, 'the closed preview to be disposed');
	await vscode.window.tabGroups.close(tabs[0]);
	await disposed.promise;
}

function snapshot(diagnostics: SeedDiagnostics) {
	return { previews: diagnostics.previewCount, previewTabs: previewTabs().length, ...diagnostics.disposables() };
}

suite('Preview leaks', () => {
	let diagnostics: SeedDiagnostics;

	suiteSetup(async () => {
		const extension = await activateExtension();
		diagnostics = (extension.exports as SeedDiagnosticsApi).diagnostics;
		assert.ok(diagnostics, 'the extension API has no diagnostics');
	});

	teardown(closeAllEditors);

	test(`opening and closing the preview ${cycles} times leaves no panel, listener or disposable behind`, async function () {
		this.timeout(180000);
		// No editor is open, as when the preview is opened from the Seed Library: closing the panel
		// then only removes it (covering an editor would re-render that editor on every close).
		await closeAllEditors();
		const doc = await openRealSeed();
		for (let i = 0; i < warmUpCycles; i++) {
			await openAndClosePreview(diagnostics, doc, true);
		}
		const before = snapshot(diagnostics);
		assert.strictEqual(before.previews, 0);
		assert.ok(before.objects > 0 && before.held > 0, `the disposable counters are not counting: ${JSON.stringify(before)}`);
		for (let i = 0; i < cycles; i++) {
			await openAndClosePreview(diagnostics, doc, i % renderEvery === 0);
		}
		assert.deepStrictEqual(snapshot(diagnostics), before, `after ${cycles} more previews`);
	});
});
