import * as vscode from 'vscode';
import { decodeUtf8, looksBinary } from '../model/binary';
import { parseSeed } from '../model/parse';
import { bytesPerMegabyte } from '../model/sizes';
import { summarize, type SeedSummary } from '../model/summary';
import { Disposable } from '../util/dispose';
import type { SeedLog } from '../util/log';
import { seedLanguageId } from '../documents/selector';

/** Where seed files live: any `seeds/` folder, and `*.seed` files anywhere. */
export const seedFileGlob = '{**/seeds/**/*.txt,**/*.seed}';
const excludeGlob = '{**/node_modules/**,**/.git/**,**/.vscode-test/**}';
/** Files bigger than this are left out of workspace-wide features; they can still be opened. */
const maxIndexedBytes = 20 * bytesPerMegabyte;
const readConcurrency = 8;

/**
 * Workspace folders that are themselves a `seeds/` folder (`npm start` opens one): the relative glob
 * above cannot see the folder's own name, so their `.txt` files are searched separately.
 */
function seedsRootFolders(): vscode.WorkspaceFolder[] {
	return (vscode.workspace.workspaceFolders ?? []).filter(f => f.uri.path.replace(/\/+$/, '').endsWith('/seeds'));
}

/**
 * Schemes of open documents the index takes in: ones it can read again later (`workspace.fs`), and
 * untitled seeds while open. A `git:` revision or a diff side is a view of another document, not a seed.
 */
const openSchemes = new Set(['file', 'vscode-remote', 'vscode-vfs', 'untitled']);

function indexesOpened(doc: vscode.TextDocument): boolean {
	return doc.languageId === seedLanguageId
		&& (openSchemes.has(doc.uri.scheme) || (vscode.workspace.workspaceFolders ?? []).some(f => f.uri.scheme === doc.uri.scheme));
}

export interface IndexedSeed {
	readonly uri: vscode.Uri;
	readonly summary: SeedSummary;
}

/**
 * Summaries of every seed file in the workspace. Nothing is read until the first query; after that,
 * file watchers and editor changes invalidate single entries, which are re-read on the next query.
 */
export class SeedWorkspaceIndex extends Disposable {
	private _files: Map<string, vscode.Uri> | undefined;
	private _scan: Promise<void> | undefined;
	private readonly _summaries = new Map<string, Promise<SeedSummary | undefined>>();
	/** Seeds listed only because they were opened (untitled, or files the seed globs do not match): they go when closed. */
	private readonly _openedOnly = new Set<string>();
	private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
	public readonly onDidChange = this._onDidChange.event;

	constructor(private readonly _log: SeedLog) {
		super();
		const patterns: vscode.GlobPattern[] = [seedFileGlob, ...seedsRootFolders().map(folder => new vscode.RelativePattern(folder, '**/*.txt'))];
		for (const pattern of patterns) {
			const watcher = this._register(vscode.workspace.createFileSystemWatcher(pattern));
			this._register(watcher.onDidCreate(uri => {
				// Now a seed file on disk: it stays when its editor closes.
				this._openedOnly.delete(uri.toString());
				this._add(uri);
			}));
			this._register(watcher.onDidChange(uri => this._invalidate(uri)));
			this._register(watcher.onDidDelete(uri => this._remove(uri)));
		}
		this._register(vscode.workspace.onDidChangeTextDocument(e => {
			if (e.contentChanges.length > 0 && indexesOpened(e.document)) {
				this._addOpened(e.document.uri);
			}
		}));
		this._register(vscode.workspace.onDidOpenTextDocument(doc => {
			if (indexesOpened(doc)) {
				this._addOpened(doc.uri);
			}
		}));
		this._register(vscode.workspace.onDidCloseTextDocument(doc => {
			// A seed file of the workspace stays in the index after its editor closes; what only opening added goes.
			if (this._openedOnly.delete(doc.uri.toString())) {
				this._remove(doc.uri);
			}
		}));
		this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => {
			this._files = undefined;
			this._scan = undefined;
			this._summaries.clear();
			this._openedOnly.clear();
			this._onDidChange.fire();
		}));
	}

	/** How many seeds the index lists; undefined until the first query scans the workspace. */
	public get seedCount(): number | undefined {
		return this._files?.size;
	}

	/**
	 * Every indexed seed with its summary; reads files at most `readConcurrency` at a time.
	 * `progress` is called after each file with the number done and the total.
	 */
	public async all(token?: vscode.CancellationToken, progress?: (done: number, total: number) => void): Promise<IndexedSeed[]> {
		await this._ensureScanned();
		const uris = [...this._files!.values()];
		const results: IndexedSeed[] = [];
		let next = 0;
		let done = 0;
		const worker = async () => {
			while (next < uris.length && !token?.isCancellationRequested) {
				const uri = uris[next++];
				const summary = await this._summary(uri);
				if (summary) {
					results.push({ uri, summary });
				}
				progress?.(++done, uris.length);
			}
		};
		await Promise.all(Array.from({ length: Math.min(readConcurrency, uris.length) }, worker));
		return results.sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
	}

	private _ensureScanned(): Promise<void> {
		this._scan ??= (async () => {
			const found = await vscode.workspace.findFiles(seedFileGlob, excludeGlob);
			for (const folder of seedsRootFolders()) {
				found.push(...await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.txt'), excludeGlob));
			}
			const files = new Map<string, vscode.Uri>();
			for (const uri of found) {
				files.set(uri.toString(), uri);
			}
			for (const doc of vscode.workspace.textDocuments) {
				const key = doc.uri.toString();
				if (indexesOpened(doc) && !files.has(key)) {
					files.set(key, doc.uri);
					this._openedOnly.add(key);
				}
			}
			this._files = files;
		})();
		return this._scan;
	}

	private _summary(uri: vscode.Uri): Promise<SeedSummary | undefined> {
		const key = uri.toString();
		let summary = this._summaries.get(key);
		if (!summary) {
			summary = this._read(uri).then(text => text === undefined ? undefined : summarize(parseSeed(text)), e => {
				this._log.error(`Could not index ${key}`, e);
				return undefined;
			});
			this._summaries.set(key, summary);
		}
		return summary;
	}

	/** The text of a seed file as the index reads it: the open document's, else the file's; undefined when too big or binary. */
	public readText(uri: vscode.Uri): Promise<string | undefined> {
		return this._read(uri);
	}

	private async _read(uri: vscode.Uri): Promise<string | undefined> {
		const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
		if (open) {
			return open.getText();
		}
		const stat = await vscode.workspace.fs.stat(uri);
		if (stat.size > maxIndexedBytes) {
			return undefined;
		}
		const bytes = await vscode.workspace.fs.readFile(uri);
		return looksBinary(bytes) ? undefined : decodeUtf8(bytes).text;
	}

	/** An open seed: listed, and remembered as opened-only unless the index already had it from the disk. */
	private _addOpened(uri: vscode.Uri): void {
		const key = uri.toString();
		if (this._files && !this._files.has(key)) {
			this._openedOnly.add(key);
		}
		this._add(uri);
	}

	private _add(uri: vscode.Uri): void {
		this._files?.set(uri.toString(), uri);
		this._invalidate(uri);
	}

	private _invalidate(uri: vscode.Uri): void {
		this._summaries.delete(uri.toString());
		this._onDidChange.fire();
	}

	private _remove(uri: vscode.Uri): void {
		this._openedOnly.delete(uri.toString());
		this._files?.delete(uri.toString());
		this._invalidate(uri);
	}
}
