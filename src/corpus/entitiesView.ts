import * as vscode from 'vscode';
import type { EntityType } from '../model/entities/types';
import { rangeAt } from '../model/positions';
import { mentionContext } from '../model/workspaceEntities';
import { Disposable } from '../util/dispose';
import type { SeedLog } from '../util/log';
import { toRange } from '../documents/convert';
import type { SeedEntities, SeedEntityCache } from '../documents/entityCache';
import { seedLanguageId } from '../documents/selector';

export const entitiesViewId = 'seedReader.entities';
/** Edits are folded together over this quiet time before the tree is rebuilt. */
const editDelayMs = 300;

/** The types the view shows, in this order; dates are left out (the header date is elsewhere). */
const shownTypes: readonly { type: EntityType; label: string; icon: string }[] = [
	{ type: 'person', label: 'People', icon: 'person' },
	{ type: 'organization', label: 'Organisations', icon: 'organization' },
	{ type: 'place', label: 'Places', icon: 'location' },
	{ type: 'group', label: 'Groups and other names', icon: 'references' },
	{ type: 'number', label: 'Figures', icon: 'symbol-number' },
];

/** Nodes carry the entities they were made from, so a node stays valid while a newer tree is built. */
interface NodeSource {
	readonly source: SeedEntities;
	readonly uri: vscode.Uri;
}

export type EntitiesNode = NodeSource & (
	| { readonly kind: 'type'; readonly type: EntityType; readonly label: string; readonly icon: string; readonly entities: readonly number[] }
	| { readonly kind: 'entity'; readonly entity: number }
	| { readonly kind: 'mention'; readonly entity: number; readonly mention: number });

/**
 * The entities of the active seed editor, by type, each with its mention count; an entity expands to
 * its mentions (line and context), and a mention reveals itself in the editor. Follows the active
 * editor at once and edits after a short pause.
 */
export class SeedEntitiesProvider extends Disposable implements vscode.TreeDataProvider<EntitiesNode> {
	private _document: vscode.TextDocument | undefined;
	private _entities: SeedEntities | undefined;
	private _loading: Promise<SeedEntities | undefined> | undefined;
	private _timer: ReturnType<typeof setTimeout> | undefined;
	private _view: vscode.TreeView<EntitiesNode> | undefined;
	private readonly _onDidChangeTreeData = this._register(new vscode.EventEmitter<EntitiesNode | undefined>());
	public readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
	private readonly _onDidUpdate = this._register(new vscode.EventEmitter<vscode.Uri | undefined>());
	/** Fires with the document shown once its entities are ready (undefined: no seed is active). */
	public readonly onDidUpdate = this._onDidUpdate.event;

	constructor(private readonly _cache: SeedEntityCache, private readonly _log: SeedLog) {
		super();
		this._register(vscode.window.onDidChangeActiveTextEditor(editor => this._follow(editor)));
		this._register(vscode.workspace.onDidChangeTextDocument(e => {
			if (e.document === this._document && e.contentChanges.length > 0) {
				clearTimeout(this._timer);
				this._timer = setTimeout(() => this._load(), editDelayMs);
			}
		}));
		this._register(vscode.workspace.onDidCloseTextDocument(doc => {
			if (doc === this._document) {
				this._show(undefined);
			}
		}));
		this._register({ dispose: () => clearTimeout(this._timer) });
		this._follow(vscode.window.activeTextEditor);
	}

	/** The document whose entities are shown. */
	public get document(): vscode.TextDocument | undefined {
		return this._document;
	}

	public attach(view: vscode.TreeView<EntitiesNode>): void {
		this._view = view;
		this._updateMessage();
	}

	/** Waits for the entities of the shown document (tests, and commands that need them). */
	public async ready(): Promise<SeedEntities | undefined> {
		return this._loading;
	}

	public getTreeItem(node: EntitiesNode): vscode.TreeItem {
		const entities = node.source;
		if (node.kind === 'type') {
			const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
			item.id = `type:${node.type}`;
			item.description = `${node.entities.length}`;
			item.iconPath = new vscode.ThemeIcon(node.icon);
			return item;
		}
		const entity = entities.index.entities[node.entity];
		if (node.kind === 'entity') {
			const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
			item.id = `entity:${entity.type}:${entity.name}`;
			const count = entity.mentions.length;
			item.description = `${count} mention${count === 1 ? '' : 's'}${entity.role ? ` · ${entity.role}` : ''}`;
			item.tooltip = entity.aliases.length ? `${entity.name} (also: ${entity.aliases.join(', ')})` : entity.name;
			item.contextValue = 'seedEntity';
			item.command = revealCommand(node, entity.mentions[entity.definition].start, entity.mentions[entity.definition].end);
			return item;
		}
		const mention = entity.mentions[node.mention];
		const range = rangeAt(entities.model.lineStarts, mention.start, mention.end);
		const lineStart = entities.model.lineStarts[range.start.line];
		const lineEnd = range.start.line + 1 < entities.model.lineStarts.length ? entities.model.lineStarts[range.start.line + 1] : entities.model.text.length;
		const lineText = entities.model.text.slice(lineStart, lineEnd).replace(/\r?\n$/, '');
		const item = new vscode.TreeItem(mentionContext(lineText, range.start.character, range.end.character, 16, 50), vscode.TreeItemCollapsibleState.None);
		item.id = `mention:${entity.type}:${entity.name}:${mention.start}`;
		item.description = `line ${range.start.line + 1}`;
		item.contextValue = 'seedEntityMention';
		item.command = revealCommand(node, mention.start, mention.end);
		return item;
	}

	public async getChildren(node?: EntitiesNode): Promise<EntitiesNode[]> {
		if (!node) {
			const loading = this._loading;
			const entities = await loading;
			const uri = this._document?.uri;
			if (!entities || !uri || loading !== this._loading) {
				return [];
			}
			const groups: EntitiesNode[] = [];
			for (const { type, label, icon } of shownTypes) {
				const members = entities.index.entities.map((e, i) => ({ e, i })).filter(x => x.e.type === type)
					.sort((a, b) => b.e.mentions.length - a.e.mentions.length || a.i - b.i).map(x => x.i);
				if (members.length) {
					groups.push({ kind: 'type', type, label, icon, entities: members, source: entities, uri });
				}
			}
			return groups;
		}
		if (node.kind === 'type') {
			return node.entities.map(entity => ({ kind: 'entity', entity, source: node.source, uri: node.uri }));
		}
		if (node.kind === 'entity') {
			return node.source.index.entities[node.entity].mentions.map((_, mention) => ({ kind: 'mention', entity: node.entity, mention, source: node.source, uri: node.uri }));
		}
		return [];
	}

	/** The range of a mention node in the shown document. */
	public rangeOf(node: EntitiesNode): vscode.Range | undefined {
		if (node.kind !== 'mention') {
			return undefined;
		}
		const m = node.source.index.entities[node.entity].mentions[node.mention];
		return toRange(rangeAt(node.source.model.lineStarts, m.start, m.end));
	}

	private _follow(editor: vscode.TextEditor | undefined): void {
		if (editor && editor.document.languageId === seedLanguageId) {
			if (editor.document !== this._document) {
				this._show(editor.document);
			}
		} else if (editor) {
			// Another kind of editor: the view empties. (No editor at all, e.g. focus in a panel: keep the last seed.)
			this._show(undefined);
		}
	}

	private _show(document: vscode.TextDocument | undefined): void {
		this._document = document;
		clearTimeout(this._timer);
		this._load();
	}

	private _load(): void {
		const document = this._document;
		const loading = document
			? this._cache.get(document).catch(e => {
				this._log.error(`Could not find the entities of ${document.uri.toString()}`, e);
				return undefined;
			})
			: Promise.resolve(undefined);
		this._loading = loading;
		void loading.then(entities => {
			if (this._loading !== loading) {
				return;
			}
			this._entities = entities;
			this._updateMessage();
			this._onDidChangeTreeData.fire(undefined);
			this._onDidUpdate.fire(document?.uri);
		});
	}

	private _updateMessage(): void {
		if (!this._view) {
			return;
		}
		this._view.message = this._document ? (this._entities && this._entities.index.entities.length === 0 ? 'No entities found in this seed.' : undefined) : 'Open a seed document to see its entities.';
		this._view.description = this._document ? this._document.uri.path.slice(this._document.uri.path.lastIndexOf('/') + 1) : undefined;
	}
}

function revealCommand(node: EntitiesNode, start: number, end: number): vscode.Command {
	const range = toRange(rangeAt(node.source.model.lineStarts, start, end));
	return { command: 'seedReader.entities.reveal', title: vscode.l10n.t('Reveal Mention'), arguments: [node.uri, range] };
}

export function registerEntitiesViewCommands(): vscode.Disposable {
	return vscode.commands.registerCommand('seedReader.entities.reveal', async (uri?: unknown, range?: unknown) => {
		if (!(uri instanceof vscode.Uri) || !(range instanceof vscode.Range)) {
			return;
		}
		const editor = await vscode.window.showTextDocument(uri, { selection: range, preserveFocus: false });
		editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	});
}
