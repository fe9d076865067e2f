// The workspace entity index's build in a real VS Code: cancelling it is honoured (the run stops,
// keeps what it analysed and says it is incomplete) and the next build finishes the work. The Seed
// Library's entity filter and the timeline run this build behind a cancellable notification.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SeedWorkspaceEntities } from '../../src/corpus/corpusEntities';
import { corpusApi, nextEvent } from './helpers';

/** Two seeds that only this test writes, each naming a person no sample seed mentions. */
const newSeeds = [
	{ name: 'zz_cancel_harbour_tax.txt', person: 'Tamsin Okonkwo-Reyes', text: ' date 2024-09-03 Finance Minister Tamsin Okonkwo-Reyes unveiled a harbour tax on Tuesday. Okonkwo-Reyes said the levy would fund new ferries.\n' },
	{ name: 'zz_cancel_port_director.txt', person: 'Bartholomew Quillfeather', text: ' date 2024-09-04 Port director Bartholomew Quillfeather resigned on Wednesday. Quillfeather had led the authority for nine years.\n' },
];

function seedsFolderFile(name: string): vscode.Uri {
	return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'seeds', name);
}

/**
 * Runs `change` and resolves once this test's own watcher has heard the `kind` event of every one of
 * `uris`. The workspace index's watchers were created at activation, before this one, and the
 * extension host hands each batch of file events to its watchers in the order they were created: so
 * when this resolves, the index has heard of the change too (the test checks it through `isComplete`).
 */
async function afterFileEvents(kind: 'create' | 'delete', uris: readonly vscode.Uri[], change: () => Promise<void>): Promise<void> {
	const watcher = vscode.workspace.createFileSystemWatcher('**/seeds/zz_cancel_*.txt', kind !== 'create', true, kind !== 'delete');
	const waiting = new Set(uris.map(u => u.toString()));
	const heard = nextEvent(kind === 'create' ? watcher.onDidCreate : watcher.onDidDelete, uri => waiting.delete(uri.toString()) && waiting.size === 0, `${kind} events for ${[...waiting].join(', ')}`);
	try {
		await change();
		await heard.promise;
	} finally {
		heard.cancel();
		watcher.dispose();
	}
}

/** Refreshes until the index reflects the workspace (a file event during a run leaves it behind once more). */
async function settle(corpus: SeedWorkspaceEntities): Promise<void> {
	while (!corpus.isComplete) {
		await corpus.refresh();
	}
}

suite('Workspace entity index', () => {
	let corpus: SeedWorkspaceEntities;
	const uris = newSeeds.map(s => seedsFolderFile(s.name));
	const indexed = (uri: vscode.Uri) => corpus.index.has(uri.toString());

	suiteSetup(async () => {
		corpus = (await corpusApi()).workspaceEntities;
	});

	teardown(async () => {
		// Leave the workspace and the index as the other tests know them.
		const written: vscode.Uri[] = [];
		for (const uri of uris) {
			if (await vscode.workspace.fs.stat(uri).then(() => true, () => false)) {
				written.push(uri);
			}
		}
		if (written.length > 0) {
			await afterFileEvents('delete', written, async () => {
				for (const uri of written) {
					await vscode.workspace.fs.delete(uri);
				}
			});
		}
		await settle(corpus);
		assert.deepStrictEqual(uris.filter(indexed).map(u => u.path), [], 'the test\'s seeds are gone from the index');
	});

	test('a cancelled build stops between seeds and keeps what it analysed; the next build completes it', async () => {
		await settle(corpus);
		await afterFileEvents('create', uris, async () => {
			for (const [i, seed] of newSeeds.entries()) {
				await vscode.workspace.fs.writeFile(uris[i], new TextEncoder().encode(seed.text));
			}
		});
		// The index has heard of both seeds, and its own background refresh is due only 500 ms after the
		// last file event: the run started just below is a fresh one, so it takes this test's token.
		assert.strictEqual(corpus.isComplete, false, 'the new seeds left the index behind the workspace');

		const cancel = new vscode.CancellationTokenSource();
		const reports: Array<{ done: number; total: number }> = [];
		await corpus.refresh(cancel.token, (done, total) => {
			reports.push({ done, total });
			// Cancel as soon as the first new seed is in the index: the run must not analyse the second.
			if (uris.some(indexed)) {
				cancel.cancel();
			}
		});
		cancel.dispose();
		assert.ok(reports.length > 0, 'this call started the run (a run already going ignores a new caller\'s token)');
		assert.strictEqual(corpus.isComplete, false, 'a cancelled build says the index is incomplete');
		assert.strictEqual(uris.filter(indexed).length, 1, `exactly one new seed analysed before the run stopped; indexed: ${uris.filter(indexed).map(u => u.path)}`);
		const last = reports[reports.length - 1];
		assert.ok(last.done < last.total, `progress stopped short of the end (${last.done} of ${last.total})`);

		await corpus.refresh();
		assert.strictEqual(corpus.isComplete, true, 'the next build completes the index');
		for (const [i, seed] of newSeeds.entries()) {
			assert.ok(indexed(uris[i]), `${seed.name} is in the index`);
			const found = corpus.index.search(seed.person).map(e => ({ name: e.name, type: e.type, documents: e.documents }));
			assert.deepStrictEqual(found, [{ name: seed.person, type: 'person', documents: 1 }]);
		}
	});

	test('a cancel after the last seed stops nothing: deleted seeds leave the index, which is complete', async () => {
		await settle(corpus);
		await afterFileEvents('create', uris, async () => {
			for (const [i, seed] of newSeeds.entries()) {
				await vscode.workspace.fs.writeFile(uris[i], new TextEncoder().encode(seed.text));
			}
		});
		await settle(corpus);
		assert.strictEqual(uris.filter(indexed).length, 2, 'both new seeds indexed');
		await afterFileEvents('delete', uris, async () => {
			for (const uri of uris) {
				await vscode.workspace.fs.delete(uri);
			}
		});
		assert.strictEqual(corpus.isComplete, false, 'the deletions left the index behind the workspace');

		// The last progress report comes after every seed was visited; a cancel there (the user pressing
		// Cancel as the notification reaches 100%) finds only the clean-up of deleted seeds left to do.
		const cancel = new vscode.CancellationTokenSource();
		const reports: Array<{ done: number; total: number }> = [];
		await corpus.refresh(cancel.token, (done, total) => {
			reports.push({ done, total });
			if (done === total) {
				cancel.cancel();
			}
		});
		cancel.dispose();
		assert.ok(reports.some(r => r.done === r.total), 'this call started the run, and it reached its last seed');
		assert.deepStrictEqual(uris.filter(indexed).map(u => u.path), [], 'the deleted seeds are gone from the index');
		assert.strictEqual(corpus.isComplete, true, 'the run did all its work, so the index is complete');
		assert.deepStrictEqual(newSeeds.flatMap(s => corpus.index.search(s.person)), []);
	});
});
