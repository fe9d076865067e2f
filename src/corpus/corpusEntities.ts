import * as vscode from 'vscode';
import type { Entity } from '../model/entities/types';
import type { SeedSummary } from '../model/summary';
import { entityKey, summarizeEntities, WorkspaceEntityIndex, type DocumentEntities, type EntityOccurrence } from '../model/workspaceEntities';
import { Disposable } from '../util/dispose';
import type { SeedLog } from '../util/log';
import type { SeedEntityCache } from '../documents/entityCache';
import type { IndexedSeed, SeedWorkspaceIndex } from './workspaceIndex';

/**
 * Documents that are not open are analysed through the entity cache's public `get()` under this one
 * scratch URI, with a fresh version each time: the cache then holds a single scratch entry instead of
 * one full model per file of the workspace. The real URI goes along, so a notice names the file.
 */
const scratchUri = vscode.Uri.from({ scheme: 'seed-reader-index', path: '/scratch.seed' });
/** Edits and file changes are folded into one re-index after this quiet time. */
const refreshDelayMs = 500;

/** Yields to the event loop, so indexing a large folder never holds the extension host for long. */
function yieldToHost(): Promise<void> {
	return new Promise(resolve => setTimeout(resolve, 0));
}

/**
 * The workspace entity index over the workspace index: every seed's named entities, merged by name and
 * type. Nothing is analysed until a feature asks (`refresh`); afterwards, changed files are re-analysed
 * in the background, one at a time. A file is re-analysed only when the workspace index produced a new
 * summary for it, which is exactly when its text changed.
 */
export class SeedWorkspaceEntities extends Disposable {
	private readonly _index = new WorkspaceEntityIndex();
	/** The summary each entry was analysed with, and the seed itself (uri, label). */
	private readonly _analysed = new Map<string, IndexedSeed>();
	private _running: Promise<void> | undefined;
	private _dirty = true;
	private _wanted = false;
	private _timer: ReturnType<typeof setTimeout> | undefined;
	private _scratchVersion = 0;
	private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
	/** Fires after a refresh changed the index. */
	public readonly onDidChange = this._onDidChange.event;

	constructor(
		private readonly _workspace: SeedWorkspaceIndex,
		private readonly _entities: SeedEntityCache,
		private readonly _log: SeedLog,
	) {
		super();
		this._register(_workspace.onDidChange(() => {
			this._dirty = true;
			if (this._wanted) {
				this._schedule();
			}
		}));
		this._register({ dispose: () => clearTimeout(this._timer) });
	}

	public get index(): WorkspaceEntityIndex {
		return this._index;
	}

	/** Whether the index reflects every file the workspace index knows. */
	public get isComplete(): boolean {
		return !this._dirty && !this._running;
	}

	/** The seeds analysed so far, by URI string. */
	public seed(uri: string): IndexedSeed | undefined {
		return this._analysed.get(uri);
	}

	/**
	 * Brings the index up to date; concurrent callers share one run. `progress` reports files done.
	 * A cancelled run keeps what it analysed; the next call continues from there.
	 */
	public refresh(token?: vscode.CancellationToken, progress?: (done: number, total: number) => void): Promise<void> {
		this._wanted = true;
		if (this._running) {
			return this._running;
		}
		if (!this._dirty) {
			return Promise.resolve();
		}
		// Asked for without a progress reporter (a hover, a symbol search, a file change): the window's
		// progress indicator shows the background work.
		const work = progress
			? this._run(token, progress)
			: Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Indexing seed entities') }, p => this._run(token, reporter(p))));
		const run = work.finally(() => {
			if (this._running === run) {
				this._running = undefined;
			}
			// Files that changed during this run are picked up by the next one (unless the user cancelled).
			if (this._dirty && !token?.isCancellationRequested && !this.isDisposed) {
				this._schedule();
			}
		});
		this._running = run;
		return run;
	}

	/** Refreshes, but waits at most `ms` before answering with what is indexed (the refresh goes on). */
	public async refreshWithin(ms: number): Promise<void> {
		let timer: ReturnType<typeof setTimeout> | undefined;
		await Promise.race([
			this.refresh().catch(e => this._log.error('Workspace entity index failed', e)),
			new Promise<void>(resolve => { timer = setTimeout(resolve, ms); }),
		]);
		clearTimeout(timer);
	}

	/** Other seeds that mention the entity (by name and type), most mentions first. */
	public occurrences(entity: Pick<Entity, 'name' | 'type'>, except: vscode.Uri): EntityOccurrence[] {
		return this._index.occurrences(entityKey(entity.type, entity.name), except.toString());
	}

	private async _run(token: vscode.CancellationToken | undefined, progress: ((done: number, total: number) => void) | undefined): Promise<void> {
		this._dirty = false;
		const seeds = await this._workspace.all(token, progress ? (done, total) => progress(done, total * 2) : undefined);
		if (token?.isCancellationRequested) {
			this._dirty = true;
			return;
		}
		let changed = false;
		const present = new Set<string>();
		let done = 0;
		let stopped = false;
		for (const seed of seeds) {
			if (token?.isCancellationRequested || this.isDisposed) {
				this._dirty = true;
				stopped = true;
				break;
			}
			const key = seed.uri.toString();
			present.add(key);
			if (this._analysed.get(key)?.summary !== seed.summary) {
				const entities = await this._analyse(seed.uri);
				if (entities) {
					this._index.set(key, entities);
				} else {
					this._index.delete(key);
				}
				this._analysed.set(key, seed);
				changed = true;
				await yieldToHost();
			}
			progress?.(seeds.length + ++done, seeds.length * 2);
		}
		// Seeds gone from the workspace can be told only after every seed was visited. A cancel that
		// comes after the last one stops nothing, so it must not skip this clean-up either: the run would
		// report a complete index that still lists deleted seeds.
		if (!stopped) {
			for (const key of [...this._analysed.keys()]) {
				if (!present.has(key)) {
					this._analysed.delete(key);
					this._index.delete(key);
					changed = true;
				}
			}
		}
		if (changed) {
			this._onDidChange.fire();
		}
	}

	private async _analyse(uri: vscode.Uri): Promise<DocumentEntities | undefined> {
		try {
			const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
			if (open) {
				const { model, index } = await this._entities.get(open);
				return summarizeEntities(model, index);
			}
			const text = await this._workspace.readText(uri);
			if (text === undefined) {
				return undefined;
			}
			const version = ++this._scratchVersion;
			const { model, index } = await this._entities.get({ uri: scratchUri, version, getText: () => text }, uri);
			return summarizeEntities(model, index);
		} catch (e) {
			this._log.error(`Could not find the entities of ${uri.toString()}`, e);
			return undefined;
		}
	}

	private _schedule(): void {
		clearTimeout(this._timer);
		this._timer = setTimeout(() => {
			void this.refresh().catch(e => this._log.error('Workspace entity index failed', e));
		}, refreshDelayMs);
	}
}

/** Adapts `withProgress`'s reporter to a (done, total) callback, in percent increments. */
export function reporter(progress: vscode.Progress<{ message?: string; increment?: number }>): (done: number, total: number) => void {
	let reported = 0;
	return (done, total) => {
		const percent = total ? Math.floor((done / total) * 100) : 100;
		if (percent > reported) {
			progress.report({ increment: percent - reported, message: `${Math.min(done, total)} of ${total}` });
			reported = percent;
		}
	};
}

/** A seed's display name: its title (or first words), else its file name. */
export function seedLabel(seed: { uri: vscode.Uri; summary: SeedSummary } | undefined, uri: vscode.Uri): string {
	return seed?.summary.label || uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
