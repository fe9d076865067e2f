// Shared by the integration tests. They run in two real hosts (code-server's Node extension host and
// the web worker host), so nothing here may import a Node module: only `vscode` and plain TypeScript.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SeedReaderApi } from '../../src/corpus/corpusSupport';

export const extensionId = 'seed-reader.seed-reader';
export const realSeedName = '000_b555f2e6071b8337.txt';
export const realSeedHeadings = [
	'Strategic Dialogue Amidst Crisis',
	'Humanitarian Concerns and Political Discord',
	'Forging a Path to Peace',
];

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
	const extension = vscode.extensions.getExtension(extensionId);
	assert.ok(extension, `extension ${extensionId} is not loaded in this VS Code`);
	await extension.activate();
	return extension;
}

/** The corpus features' providers, as `activate()` returns them. */
export async function corpusApi(): Promise<SeedReaderApi> {
	const extension = await activateExtension();
	const exports = extension.exports as SeedReaderApi | undefined;
	assert.ok(exports?.library && exports.entities && exports.readingStatus && exports.workspaceEntities, 'activate() returns the corpus API');
	return exports;
}

/** The workspace's copy of a sample seed (the test workspace holds the project's `seeds/` folder). */
export async function sampleSeedUri(name: string): Promise<vscode.Uri> {
	const found = await vscode.workspace.findFiles(`seeds/${name}`);
	assert.strictEqual(found.length, 1, `seeds/${name} is not in the test workspace`);
	return found[0];
}

export async function openSampleSeed(name: string): Promise<vscode.TextDocument> {
	return vscode.workspace.openTextDocument(await sampleSeedUri(name));
}

/** The workspace's copy of the real seed. */
export async function realSeedUri(): Promise<vscode.Uri> {
	return sampleSeedUri(realSeedName);
}

export async function openRealSeed(): Promise<vscode.TextDocument> {
	return openSampleSeed(realSeedName);
}

/**
 * Resolves with the first value `event` fires that satisfies `predicate`; rejects after `timeoutMs`
 * (a guard that fails the test, never a pause that lets it pass). `cancel()` stops listening.
 */
export function nextEvent<T>(event: vscode.Event<T>, predicate: (value: T) => boolean, what: string, timeoutMs = 10000): { promise: Promise<T>; cancel(): void } {
	let cancel = () => { };
	const promise = new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => {
			listener.dispose();
			reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
		}, timeoutMs);
		const listener = event(value => {
			if (predicate(value)) {
				cancel();
				resolve(value);
			}
		});
		cancel = () => {
			clearTimeout(timer);
			listener.dispose();
		};
	});
	return { promise, cancel };
}

/**
 * Runs `start`, then resolves with the open document that satisfies `matches`: one already open, or
 * the next one opened (VS Code reopens a document when its language changes).
 */
export async function documentMatching(matches: (doc: vscode.TextDocument) => boolean, what: string, start: () => Thenable<unknown>, timeoutMs = 10000): Promise<vscode.TextDocument> {
	const opened = nextEvent(vscode.workspace.onDidOpenTextDocument, matches, what, timeoutMs);
	try {
		await start();
	} catch (error) {
		opened.cancel();
		throw error;
	}
	const already = vscode.workspace.textDocuments.find(matches);
	if (already) {
		opened.cancel();
		return already;
	}
	return opened.promise;
}

/** Closes every editor; edited documents are reverted first, so no "Save changes?" dialog opens. */
export async function closeAllEditors(): Promise<void> {
	for (const doc of vscode.workspace.textDocuments.filter(d => d.isDirty)) {
		await vscode.window.showTextDocument(doc);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	}
	await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
