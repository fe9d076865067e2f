// Opens and closes 200 seed documents, each with its outline and an entity hover, and checks that the
// extension host's retained heap comes back to where it was. Node extension host only: the web worker
// host has no `v8` or `vm` to force a collection and read the heap, so the suite is not defined there
// (decided when the file loads, so the web run neither skips nor fakes it).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SeedDiagnostics, SeedDiagnosticsApi, SeedRetainedCounts } from '../../src/diagnostics';
import { activateExtension, closeAllEditors, nextEvent } from './helpers';

const documents = 200;
const maxGrowthMb = 10;

/** Node's own modules, looked up when called: the web bundle (esbuild, platform browser) must not try to include them. */
function nodeRequire<T>(name: string): T {
	return (module as unknown as { require(id: string): T }).require(name);
}

const inNodeHost = typeof process === 'object' && typeof process.versions?.node === 'string';

/** Heap used after full collections, in MB. */
function retainedHeapMb(): number {
	const v8 = nodeRequire<typeof import('v8')>('v8');
	const vm = nodeRequire<typeof import('vm')>('vm');
	v8.setFlagsFromString('--expose-gc');
	const gc = vm.runInNewContext('gc') as () => void;
	gc();
	gc();
	return v8.getHeapStatistics().used_heap_size / 1048576;
}

/** About 3 KB of prose with names, unique to `n`. */
function seedText(n: number): string {
	const tag = n.toString(36);
	const lines = [` date 2024-03-26 Heap Test Page ${n}: Council Talks in Oslo`];
	for (let p = 0; lines.join('\n').length < 3000; p++) {
		lines.push(`Minister Anna Berg${tag} met officials of the Northwind${tag} Council in Oslo on Tuesday (paragraph ${p} of page ${n}), and said the talks on the budget would resume next week with Lars Holm${tag}.`);
	}
	return lines.join('\n') + '\n';
}

/** Opens a seed in an editor, asks for its outline and the hover on its first name, so the caches fill. */
async function openAndTouch(n: number): Promise<vscode.TextDocument> {
	const doc = await vscode.workspace.openTextDocument({ language: 'seed', content: seedText(n) });
	await vscode.window.showTextDocument(doc, { preview: false });
	const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
	assert.ok(symbols?.length, `page ${n} has an outline`);
	const name = doc.getText().indexOf('Berg');
	const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(name + 1));
	assert.ok(hovers?.length, `page ${n} has an entity hover`);
	return doc;
}

/** Reverts and closes each document's editor, and waits until every one has been closed. */
async function closeAll(docs: readonly vscode.TextDocument[]): Promise<void> {
	const open = () => docs.filter(d => !d.isClosed);
	const closed = open().length === 0 ? undefined : nextEvent(vscode.workspace.onDidCloseTextDocument, () => open().length === 0, 'the documents to close', 120000);
	for (const doc of open()) {
		await vscode.window.showTextDocument(doc);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	}
	await closed?.promise;
}

function countsText(counts: SeedRetainedCounts): string {
	return JSON.stringify(counts);
}

if (inNodeHost) {
	suite('Memory given back: heap', () => {
		let diagnostics: SeedDiagnostics;

		suiteSetup(async () => {
			diagnostics = ((await activateExtension()).exports as SeedDiagnosticsApi).diagnostics;
		});

		teardown(closeAllEditors);

		test(`opening and closing ${documents} seeds gives the heap back (within ${maxGrowthMb} MB)`, async function () {
			this.timeout(600000);
			await closeAllEditors();
			// One warm-up cycle loads what stays by design (the entity engine and its weights, the webview-free providers).
			await closeAll([await openAndTouch(-1)]);
			const baseline = retainedHeapMb();
			const before = diagnostics.retained();
			const docs: vscode.TextDocument[] = [];
			for (let n = 0; n < documents; n++) {
				docs.push(await openAndTouch(n));
			}
			const open = retainedHeapMb();
			const whileOpen = diagnostics.retained();
			await closeAll(docs);
			const closed = retainedHeapMb();
			const after = diagnostics.retained();
			const figures = `heap baseline ${baseline.toFixed(1)} MB, with ${documents} open ${open.toFixed(1)} MB, after closing ${closed.toFixed(1)} MB; `
				+ `counts before ${countsText(before)}, open ${countsText(whileOpen)}, after ${countsText(after)}`;
			console.log(`      ${figures}`);
			assert.ok(whileOpen.blockCacheBytes > before.blockCacheBytes, `the block cache filled: ${figures}`);
			assert.ok(after.blockCacheBytes <= before.blockCacheBytes, `the closed seeds' blocks were swept: ${figures}`);
			// At most as many as before: documents earlier tests left open may close meanwhile too.
			assert.ok(after.entityIndexes <= before.entityIndexes, `entity indexes: ${figures}`);
			assert.ok((after.indexedSeeds ?? 0) <= (before.indexedSeeds ?? 0), `indexed seeds: ${figures}`);
			assert.ok(closed - baseline < maxGrowthMb, `retained heap grew ${(closed - baseline).toFixed(1)} MB: ${figures}`);
		});
	});
}
