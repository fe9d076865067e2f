import * as vscode from 'vscode';
import type { SeedModelCache } from '../documents/modelCache';
import { seedLanguageId } from '../documents/selector';
import { Disposable } from '../util/dispose';
import type { SeedLog } from '../util/log';
import { getVisibleLine } from './editorSync';
import { exportHtml } from './export';
import { SeedPreview } from './preview';
import { previewTitle, previewViewType, previewWebviewOptions } from './panelOptions';
import type { PreviewEntitySource, SeedPreviewRenderEvent, SeedPreviewServices } from './previewServices';
import { parsePreviewState } from '../protocol/previewMessages';

const scrollThrottleMs = 50;

/**
 * Owns every preview panel: the commands, the serializer that revives panels after a reload, and the
 * editor events (active editor, visible ranges) that previews follow.
 */
export class SeedPreviewManager extends Disposable implements vscode.WebviewPanelSerializer {
	private readonly _previews = new Set<SeedPreview>();
	private _active: SeedPreview | undefined;
	private _scrollTimer: ReturnType<typeof setTimeout> | undefined;
	private _pendingScroll: vscode.TextEditor | undefined;
	/** The seed editor used last; the active editor is undefined while a preview has focus. */
	private _lastSeedEditor: vscode.TextEditor | undefined;

	private readonly _onDidRender = this._register(new vscode.EventEmitter<SeedPreviewRenderEvent>());
	/** Fired whenever any preview's webview reports a rendered body. */
	public readonly onDidRender = this._onDidRender.event;
	private readonly _onDidChangePreviewCount = this._register(new vscode.EventEmitter<number>());
	/** Fired with the new count when a preview is created or disposed. */
	public readonly onDidChangePreviewCount = this._onDidChangePreviewCount.event;

	constructor(private readonly _services: SeedPreviewServices) {
		super();
		this._register(vscode.window.registerWebviewPanelSerializer(previewViewType, this));
		this._register(vscode.window.onDidChangeActiveTextEditor(editor => this._followEditor(editor)));
		this._register(vscode.window.onDidChangeTextEditorVisibleRanges(e => this._onEditorScroll(e.textEditor)));
		// A closed editor (and its document) is not kept: unlocking only ever follows a visible one.
		this._register(vscode.window.onDidChangeVisibleTextEditors(editors => {
			const last = this._lastSeedEditor;
			if (last && !editors.some(e => e.document === last.document)) {
				this._lastSeedEditor = undefined;
			}
			const pending = this._pendingScroll;
			if (pending && !editors.includes(pending)) {
				this._pendingScroll = undefined;
			}
		}));
	}

	public override dispose(): void {
		clearTimeout(this._scrollTimer);
		for (const preview of [...this._previews]) {
			preview.dispose();
		}
		super.dispose();
	}

	public get previewCount(): number {
		return this._previews.size;
	}

	/** Edits the previews keep a time for until a render reports them. */
	public get pendingChangeCount(): number {
		let count = 0;
		for (const preview of this._previews) {
			count += preview.pendingChangeCount;
		}
		return count;
	}

	/** Whether a seed editor is remembered for unlocking a preview (leak tests check it goes with its editor). */
	public get holdsLastSeedEditor(): boolean {
		return this._lastSeedEditor !== undefined;
	}

	/** The preview that has focus, or else the one used last. */
	public get activePreview(): SeedPreview | undefined {
		return this._active;
	}

	public async showPreview(resource: vscode.Uri, toSide: boolean): Promise<SeedPreview> {
		const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === resource.toString());
		const line = editor ? getVisibleLine(editor) : undefined;
		const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
		// An unlocked preview is reused (it follows the editor anyway); a locked one keeps its document.
		const reusable = [...this._previews].find(p => p.isPreviewOf(resource))
			?? [...this._previews].find(p => !p.locked);
		if (reusable) {
			reusable.showResource(resource, line);
			reusable.panel.reveal(reusable.panel.viewColumn ?? column, toSide);
			this._setActive(reusable);
			return reusable;
		}
		const panel = vscode.window.createWebviewPanel(
			previewViewType, previewTitle(resource, false), { viewColumn: column, preserveFocus: toSide },
			previewWebviewOptions(this._services.extensionUri));
		return this._track(new SeedPreview(panel, this._services, resource, { locked: false, line }));
	}

	/** Revives a panel after a window reload from the state its webview saved. */
	public async deserializeWebviewPanel(panel: vscode.WebviewPanel, rawState: unknown): Promise<void> {
		const state = parsePreviewState(rawState);
		if (!state) {
			panel.dispose();
			return;
		}
		this._track(new SeedPreview(panel, this._services, vscode.Uri.parse(state.resource), { locked: state.locked, line: state.line }));
	}

	private _track(preview: SeedPreview): SeedPreview {
		this._previews.add(preview);
		this._setActive(preview);
		preview.onDidDispose(() => {
			this._previews.delete(preview);
			if (this._active === preview) {
				this._setActive([...this._previews].pop());
			}
			this._onDidChangePreviewCount.fire(this._previews.size);
		});
		preview.onDidChangeViewState(p => {
			if (p.panel.active) {
				this._setActive(p);
			}
		});
		preview.onDidRender(e => this._onDidRender.fire(e));
		this._onDidChangePreviewCount.fire(this._previews.size);
		return preview;
	}

	private _setActive(preview: SeedPreview | undefined): void {
		this._active = preview;
		void vscode.commands.executeCommand('setContext', 'seedReaderPreviewLocked', preview?.locked ?? false);
	}

	private _followEditor(editor: vscode.TextEditor | undefined): void {
		if (!editor || editor.document.languageId !== seedLanguageId) {
			return;
		}
		this._lastSeedEditor = editor;
		const line = getVisibleLine(editor);
		for (const preview of this._previews) {
			if (!preview.locked) {
				preview.showResource(editor.document.uri, line);
			}
		}
	}

	/** Editor scrolls reach the previews at most every 50 ms, always with the latest position. */
	private _onEditorScroll(editor: vscode.TextEditor): void {
		this._pendingScroll = editor;
		if (this._scrollTimer !== undefined) {
			return;
		}
		this._flushScroll();
		this._scrollTimer = setTimeout(() => {
			this._scrollTimer = undefined;
			if (this._pendingScroll) {
				this._flushScroll();
			}
		}, scrollThrottleMs);
	}

	private _flushScroll(): void {
		const editor = this._pendingScroll;
		this._pendingScroll = undefined;
		if (!editor) {
			return;
		}
		const line = getVisibleLine(editor);
		if (line === undefined) {
			return;
		}
		for (const preview of this._previews) {
			if (preview.isPreviewOf(editor.document.uri)) {
				preview.scrollTo(line);
			}
		}
	}

	public toggleLock(): void {
		const preview = this._active;
		if (!preview) {
			return;
		}
		preview.toggleLock();
		this._setActive(preview);
		if (!preview.locked) {
			const last = this._lastSeedEditor;
			const visible = last && vscode.window.visibleTextEditors.find(e => e.document === last.document);
			this._followEditor(vscode.window.activeTextEditor ?? visible);
		}
	}
}

/** The document a command is about: an explicit URI, the active seed editor, or the active preview's. */
function commandResource(manager: SeedPreviewManager, arg: unknown): vscode.Uri | undefined {
	if (arg instanceof vscode.Uri) {
		return arg;
	}
	const editor = vscode.window.activeTextEditor;
	if (editor && editor.document.languageId === seedLanguageId) {
		return editor.document.uri;
	}
	return manager.activePreview?.resource ?? editor?.document.uri;
}

/** The preview feature as `activate()` holds it: one Disposable, plus what the leak test watches. */
export interface SeedPreviewSupport extends vscode.Disposable {
	readonly previewCount: number;
	readonly onDidChangePreviewCount: vscode.Event<number>;
	readonly onDidRender: vscode.Event<SeedPreviewRenderEvent>;
	readonly pendingChangeCount: number;
	readonly holdsLastSeedEditor: boolean;
}

/** Registers the preview: commands, serializer and editor tracking. */
export function registerPreviewSupport(
	context: Pick<vscode.ExtensionContext, 'extensionUri'>,
	models: SeedModelCache,
	log: SeedLog,
	entities?: PreviewEntitySource,
): SeedPreviewSupport {
	const services: SeedPreviewServices = {
		extensionUri: context.extensionUri,
		models,
		entities,
		log: message => log.error(message),
	};
	const manager = new SeedPreviewManager(services);
	const showPreview = async (toSide: boolean, arg: unknown) => {
		const resource = commandResource(manager, arg);
		if (!resource) {
			void vscode.window.showInformationMessage(vscode.l10n.t('Open a seed document to preview it.'));
			return;
		}
		await manager.showPreview(resource, toSide);
	};
	const registrations = vscode.Disposable.from(
		manager,
		vscode.commands.registerCommand('seedReader.showPreview', (arg?: unknown) => showPreview(false, arg)),
		vscode.commands.registerCommand('seedReader.showPreviewToSide', (arg?: unknown) => showPreview(true, arg)),
		vscode.commands.registerCommand('seedReader.showSource', async () => {
			const preview = manager.activePreview;
			if (!preview) {
				return;
			}
			const document = await vscode.workspace.openTextDocument(preview.resource);
			const visible = vscode.window.visibleTextEditors.find(e => e.document === document);
			await vscode.window.showTextDocument(document, visible?.viewColumn ?? vscode.ViewColumn.Active);
		}),
		vscode.commands.registerCommand('seedReader.toggleLock', () => manager.toggleLock()),
		vscode.commands.registerCommand('seedReader.toggleToc', () => manager.activePreview?.toggleToc()),
		vscode.commands.registerCommand('seedReader.exportHtml', async (arg?: unknown, target?: unknown) => {
			const resource = commandResource(manager, arg);
			if (!resource) {
				void vscode.window.showInformationMessage(vscode.l10n.t('Open a seed document to export it.'));
				return undefined;
			}
			return exportHtml(context.extensionUri, models, resource, target instanceof vscode.Uri ? target : undefined, entities);
		}),
	);
	return {
		dispose: () => registrations.dispose(),
		get previewCount() {
			return manager.previewCount;
		},
		onDidChangePreviewCount: manager.onDidChangePreviewCount,
		onDidRender: manager.onDidRender,
		get pendingChangeCount() {
			return manager.pendingChangeCount;
		},
		get holdsLastSeedEditor() {
			return manager.holdsLastSeedEditor;
		},
	};
}
