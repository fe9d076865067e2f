import * as vscode from 'vscode';
import { buildLibraryTree, formatReadingTime, formatWords, type LibraryEntry, type LibraryFilter, type LibraryGroupBy, type LibraryNode, type LibrarySortBy } from '../model/library';
import { Disposable } from '../util/dispose';
import type { SeedLog } from '../util/log';
import { reporter, type SeedWorkspaceEntities } from './corpusEntities';
import type { IndexedSeed, SeedWorkspaceIndex } from './workspaceIndex';

export const libraryViewId = 'seedReader.library';
/** Tree refreshes after file changes are folded together over this quiet time. */
const changeDelayMs = 300;

function folderOf(uri: vscode.Uri): string {
	const relative = vscode.workspace.asRelativePath(uri, false);
	const slash = relative.lastIndexOf('/');
	return slash < 0 ? '' : relative.slice(0, slash);
}

function fileNameOf(uri: vscode.Uri): string {
	return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/**
 * The Seed Library: every seed of the workspace, grouped by date (year, month) or folder, sorted by
 * date or title, filtered by text or by entity. Nodes are the pure model's (`LibraryNode`); this class
 * only turns them into tree items. The first listing of a folder shows progress in the view.
 */
export class SeedLibraryProvider extends Disposable implements vscode.TreeDataProvider<LibraryNode> {
	private _groupBy: LibraryGroupBy = 'date';
	private _sortBy: LibrarySortBy = 'date';
	private _filter: LibraryFilter = {};
	private _tree: Promise<LibraryNode[]> | undefined;
	private _timer: ReturnType<typeof setTimeout> | undefined;
	private _view: vscode.TreeView<LibraryNode> | undefined;
	/** Cancels the listing in progress when a newer one starts or the view goes away. */
	private _cts: vscode.CancellationTokenSource | undefined;
	/** The URIs of the last listing's entries, by entry id: replaced by each listing, so seeds that left go. */
	private _uris = new Map<string, vscode.Uri>();
	private readonly _onDidChangeTreeData = this._register(new vscode.EventEmitter<LibraryNode | undefined>());
	public readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
	private readonly _onDidRefresh = this._register(new vscode.EventEmitter<readonly LibraryNode[]>());
	/** Fires with the top-level nodes each time the tree has been rebuilt (tests wait on it). */
	public readonly onDidRefresh = this._onDidRefresh.event;

	constructor(
		private readonly _index: SeedWorkspaceIndex,
		private readonly _corpus: SeedWorkspaceEntities,
		private readonly _log: SeedLog,
	) {
		super();
		this._register(_index.onDidChange(() => this._scheduleRefresh()));
		this._register(_corpus.onDidChange(() => {
			if (this._filter.entity) {
				void this.refresh();
			}
		}));
		this._register({ dispose: () => { clearTimeout(this._timer); this._cts?.cancel(); this._cts?.dispose(); } });
		this._updateContext();
	}

	/** How many entry URIs the view remembers (leak tests check it follows the listing). */
	public get uriCount(): number {
		return this._uris.size;
	}

	public get groupBy(): LibraryGroupBy { return this._groupBy; }
	public get sortBy(): LibrarySortBy { return this._sortBy; }
	public get filter(): LibraryFilter { return this._filter; }

	public attach(view: vscode.TreeView<LibraryNode>): void {
		this._view = view;
		this._updateMessage();
	}

	public setGroupBy(groupBy: LibraryGroupBy): void {
		this._groupBy = groupBy;
		this._updateContext();
		void this.refresh();
	}

	public setSortBy(sortBy: LibrarySortBy): void {
		this._sortBy = sortBy;
		this._updateContext();
		void this.refresh();
	}

	/** Sets the filter; an entity filter first brings the workspace entity index up to date, with cancellable progress. */
	public async setFilter(filter: LibraryFilter): Promise<void> {
		this._filter = { text: filter.text?.trim() || undefined, entity: filter.entity?.trim() || undefined };
		if (this._filter.entity && !this._corpus.isComplete) {
			await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Finding entities in the seed library'), cancellable: true },
				(progress, token) => this._corpus.refresh(token, reporter(progress)));
		}
		this._updateContext();
		void this.refresh();
	}

	/** Rebuilds the tree now; the returned promise resolves with the new top-level nodes. */
	public refresh(): Promise<readonly LibraryNode[]> {
		clearTimeout(this._timer);
		this._tree = undefined;
		const next = this._build();
		this._tree = next;
		this._onDidChangeTreeData.fire(undefined);
		return next;
	}

	public getTreeItem(node: LibraryNode): vscode.TreeItem {
		if (node.kind === 'group') {
			const top = node.id === 'date:none' || !node.id.startsWith('date:') || /^date:\d{4}$/.test(node.id);
			const item = new vscode.TreeItem(node.label, top ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
			item.id = node.id;
			item.description = `${node.count}`;
			item.iconPath = new vscode.ThemeIcon(node.id.startsWith('folder:') ? 'folder' : 'calendar');
			item.contextValue = 'seedLibraryGroup';
			return item;
		}
		const { entry } = node;
		const uri = this._uris.get(entry.id) ?? vscode.Uri.parse(entry.id);
		const item = new vscode.TreeItem(entry.label, vscode.TreeItemCollapsibleState.None);
		item.id = entry.id;
		item.description = [entry.date ?? '', formatWords(entry.wordCount)].filter(Boolean).join(' · ');
		const tooltip = new vscode.MarkdownString();
		tooltip.appendText(entry.label);
		tooltip.appendMarkdown('\n\n');
		tooltip.appendText(`${entry.date ?? 'No date'} · ${formatWords(entry.wordCount)} · ${formatReadingTime(entry.wordCount)} read\n${vscode.workspace.asRelativePath(uri, false)}`);
		item.tooltip = tooltip;
		item.resourceUri = uri;
		item.iconPath = new vscode.ThemeIcon('book');
		item.contextValue = 'seedDocument';
		item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Seed'), arguments: [uri] };
		return item;
	}

	public async getChildren(node?: LibraryNode): Promise<LibraryNode[]> {
		if (node) {
			return node.kind === 'group' ? [...node.children] : [];
		}
		this._tree ??= this._build();
		return this._tree;
	}

	/** The URI of a document node (commands get nodes from the view). */
	public uriOf(node: LibraryNode): vscode.Uri | undefined {
		return node.kind === 'document' ? this._uris.get(node.entry.id) ?? vscode.Uri.parse(node.entry.id) : undefined;
	}

	private async _build(): Promise<LibraryNode[]> {
		this._cts?.cancel();
		this._cts?.dispose();
		const cts = new vscode.CancellationTokenSource();
		this._cts = cts;
		try {
			const seeds = await vscode.window.withProgress({ location: { viewId: libraryViewId }, title: vscode.l10n.t('Indexing seeds') },
				() => this._index.all(cts.token));
			if (cts.token.isCancellationRequested) {
				return [];
			}
			const uris = new Map<string, vscode.Uri>();
			const entries = seeds.map(seed => this._entry(seed, uris));
			this._uris = uris;
			const tree = buildLibraryTree(entries, {
				groupBy: this._groupBy,
				sortBy: this._sortBy,
				filter: this._filter,
				mentions: (id, entity) => this._corpus.index.mentionsName(id, entity),
			});
			this._updateMessage(entries.length, tree.reduce((n, g) => n + g.count, 0));
			this._onDidRefresh.fire(tree);
			return tree;
		} catch (e) {
			this._log.error('Could not list the seed library', e);
			return [];
		}
	}

	private _entry(seed: IndexedSeed, uris: Map<string, vscode.Uri>): LibraryEntry {
		const id = seed.uri.toString();
		uris.set(id, seed.uri);
		return { id, folder: folderOf(seed.uri), fileName: fileNameOf(seed.uri), date: seed.summary.date, label: seed.summary.label || fileNameOf(seed.uri), wordCount: seed.summary.wordCount };
	}

	private _scheduleRefresh(): void {
		clearTimeout(this._timer);
		this._timer = setTimeout(() => void this.refresh(), changeDelayMs);
	}

	private _updateMessage(total?: number, shown?: number): void {
		if (!this._view) {
			return;
		}
		const parts: string[] = [];
		if (this._filter.text) {
			parts.push(`text “${this._filter.text}”`);
		}
		if (this._filter.entity) {
			parts.push(`entity “${this._filter.entity}”`);
		}
		this._view.message = parts.length ? `Filtered by ${parts.join(' and ')}${shown !== undefined ? `: ${shown} of ${total}` : ''}` : undefined;
		this._view.description = total !== undefined ? `${total} seed${total === 1 ? '' : 's'}` : undefined;
	}

	private _updateContext(): void {
		void vscode.commands.executeCommand('setContext', 'seedReader.library.groupBy', this._groupBy);
		void vscode.commands.executeCommand('setContext', 'seedReader.library.sortBy', this._sortBy);
		void vscode.commands.executeCommand('setContext', 'seedReader.library.filtered', Boolean(this._filter.text || this._filter.entity));
	}
}

/** Parses what the filter box takes: `@name` filters by entity, anything else by text. */
export function parseFilterInput(input: string): LibraryFilter {
	const trimmed = input.trim();
	return trimmed.startsWith('@') ? { entity: trimmed.slice(1).trim() } : { text: trimmed };
}

export function registerLibraryCommands(provider: SeedLibraryProvider): vscode.Disposable {
	return vscode.Disposable.from(
		vscode.commands.registerCommand('seedReader.library.filter', async (arg?: unknown) => {
			const input = typeof arg === 'string' ? arg : await vscode.window.showInputBox({
				title: vscode.l10n.t('Filter the Seed Library'),
				prompt: vscode.l10n.t('Text in the title, file or folder; or @name for the seeds that mention an entity'),
				placeHolder: vscode.l10n.t('e.g. budget, or @Lloyd Austin'),
				value: provider.filter.entity ? `@${provider.filter.entity}` : provider.filter.text ?? '',
			});
			if (input !== undefined) {
				await provider.setFilter(parseFilterInput(input));
			}
		}),
		vscode.commands.registerCommand('seedReader.library.clearFilter', () => provider.setFilter({})),
		vscode.commands.registerCommand('seedReader.library.groupByDate', () => provider.setGroupBy('date')),
		vscode.commands.registerCommand('seedReader.library.groupByFolder', () => provider.setGroupBy('folder')),
		vscode.commands.registerCommand('seedReader.library.sortByDate', () => provider.setSortBy('date')),
		vscode.commands.registerCommand('seedReader.library.sortByTitle', () => provider.setSortBy('title')),
		vscode.commands.registerCommand('seedReader.library.refresh', () => provider.refresh()),
		vscode.commands.registerCommand('seedReader.library.openPreview', async (node?: LibraryNode) => {
			const uri = node ? provider.uriOf(node) : undefined;
			if (uri) {
				await vscode.commands.executeCommand('seedReader.showPreview', uri);
			}
		}),
	);
}
