import * as vscode from 'vscode';
import type { SeedModelCache } from '../language/modelCache';
import { Disposable } from '../util/dispose';
import { SeedPreviewConfiguration } from './config';
import { renderPreviewDocument } from './html';
import { parseFromWebviewMessage, type PreviewSettings, type ToWebviewMessage } from './protocol';
import type { PreviewEntities } from './entityMarkup';
import { loadRenderer } from './lazyRenderer';

export const previewViewType = 'seedReader.preview';

/** Entity mentions and hover cards for the document's current version; the seam to the entity index. */
export type PreviewEntitySource = (document: vscode.TextDocument) => Promise<PreviewEntities | undefined>;

export interface SeedPreviewServices {
	readonly extensionUri: vscode.Uri;
	readonly models: SeedModelCache;
	readonly entities?: PreviewEntitySource;
	readonly log: (message: string) => void;
}

/** Reported after the webview has put a new body into its DOM. */
export interface SeedPreviewRenderEvent {
	readonly resource: vscode.Uri;
	readonly version: number;
	/** Time in the webview from receiving the body to the next animation frame after inserting it. */
	readonly webviewMs: number;
	/** From the text change that caused it (or the request to open) to the webview's report; undefined if unknown. */
	readonly sinceChangeMs: number | undefined;
}

const updateDelayMs = 300;

/**
 * Roots the webview may load from: the style sheet and the bundled script, nothing else. The user's
 * custom CSS is read by the extension and inlined, so no workspace folder has to be opened to it.
 */
export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
	return {
		enableScripts: true,
		enableForms: false,
		enableFindWidget: true,
		localResourceRoots: [
			vscode.Uri.joinPath(extensionUri, 'media'),
			vscode.Uri.joinPath(extensionUri, 'dist', 'webview'),
		],
	};
}

/** The panel title: "Preview name.txt", or "[Preview] name.txt" when locked. */
export function previewTitle(resource: vscode.Uri, locked: boolean): string {
	const name = resource.path.split('/').pop() || resource.toString();
	return locked ? `[Preview] ${name}` : `Preview ${name}`;
}

/** The editor's fractional top line: line + how far into that (wrapped) line the view starts. */
export function getVisibleLine(editor: vscode.TextEditor): number | undefined {
	const range = editor.visibleRanges[0];
	if (!range) {
		return undefined;
	}
	const start = range.start;
	const text = editor.document.lineAt(start.line).text;
	return start.line + (text.length > 0 ? start.character / (text.length + 2) : 0);
}

/**
 * One preview panel. It shows one seed at a time and follows the active seed editor unless locked.
 * Updates: the first change after a quiet period renders at once, a burst of later ones coalesces
 * into one render 300 ms after the last, and a version already shown is never rendered again.
 */
export class SeedPreview extends Disposable {
	private _resource: vscode.Uri;
	private _locked: boolean;
	private _line: number | undefined;
	private _config: SeedPreviewConfiguration;
	/** `uri@version` of the body in the webview (or on its way there). */
	private _shown: string | undefined;
	/** The webview script has said `ready`; before that a full page render replaces any message. */
	private _ready = false;
	private _timer: ReturnType<typeof setTimeout> | undefined;
	private _lastRenderAt = 0;
	private _renderGeneration = 0;
	/** When the change that the next render shows happened, for the edit-to-DOM timing. */
	private _changeAt: number | undefined;
	private readonly _pendingChanges = new Map<number, number>();
	/** Set when the editor is scrolled on the preview's behalf, so its visible-range echo is ignored. */
	private _isScrolling = false;

	private readonly _onDidDispose = this._register(new vscode.EventEmitter<void>());
	public readonly onDidDispose = this._onDidDispose.event;
	private readonly _onDidChangeViewState = this._register(new vscode.EventEmitter<SeedPreview>());
	public readonly onDidChangeViewState = this._onDidChangeViewState.event;
	private readonly _onDidRender = this._register(new vscode.EventEmitter<SeedPreviewRenderEvent>());
	public readonly onDidRender = this._onDidRender.event;

	constructor(
		private readonly _panel: vscode.WebviewPanel,
		private readonly _services: SeedPreviewServices,
		resource: vscode.Uri,
		options: { readonly locked: boolean; readonly line: number | undefined },
	) {
		super();
		this._resource = resource;
		this._locked = options.locked;
		this._line = options.line;
		this._config = SeedPreviewConfiguration.getForResource(resource);
		this._panel.webview.options = previewWebviewOptions(_services.extensionUri);

		this._register(this._panel.onDidDispose(() => this.dispose()));
		this._register(this._panel.onDidChangeViewState(() => {
			if (!this._panel.visible) {
				// A hidden webview is torn down; it reloads its page and says `ready` again when shown.
				this._ready = false;
			}
			this._onDidChangeViewState.fire(this);
		}));
		this._register(this._panel.webview.onDidReceiveMessage(raw => this._onMessage(raw)));
		this._register(vscode.workspace.onDidChangeTextDocument(e => {
			if (e.document.uri.toString() === this._resource.toString() && e.contentChanges.length > 0) {
				this._pendingChanges.set(e.document.version, Date.now());
				this._changeAt ??= Date.now();
				this.refresh();
			}
		}));
		this._register(vscode.workspace.onDidChangeConfiguration(e => {
			if (e.affectsConfiguration('seedReader.preview', this._resource)) {
				const config = SeedPreviewConfiguration.getForResource(this._resource);
				if (!config.isEqualTo(this._config)) {
					this._config = config;
					void this._render(true);
				}
			}
		}));
		this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => void this._render(true)));
		this._updateTitle();
		void this._render(true);
	}

	public override dispose(): void {
		if (this.isDisposed) {
			return;
		}
		clearTimeout(this._timer);
		this._onDidDispose.fire();
		super.dispose();
		this._panel.dispose();
	}

	public get resource(): vscode.Uri {
		return this._resource;
	}

	public get locked(): boolean {
		return this._locked;
	}

	public get panel(): vscode.WebviewPanel {
		return this._panel;
	}

	public get visible(): boolean {
		return this._panel.visible;
	}

	public isPreviewOf(resource: vscode.Uri): boolean {
		return this._resource.toString() === resource.toString();
	}

	public toggleLock(): void {
		this._locked = !this._locked;
		this._updateTitle();
		this._post({ type: 'updateSettings', source: this._resource.toString(), settings: this._settings(0) });
	}

	public toggleToc(): void {
		this._post({ type: 'toggleToc', source: this._resource.toString() });
	}

	/** Shows another document (following the active editor); keeps the panel and its script. */
	public showResource(resource: vscode.Uri, line: number | undefined): void {
		if (this.isPreviewOf(resource)) {
			return;
		}
		this._resource = resource;
		this._line = line;
		this._config = SeedPreviewConfiguration.getForResource(resource);
		this._updateTitle();
		// Before the page is ready its messages would be lost, so a switch then reloads the page.
		void this._render(!this._ready, line ?? 0);
	}

	/** Text changed: render now if the panel has been quiet, else once the burst settles. */
	public refresh(): void {
		if (this._timer !== undefined) {
			clearTimeout(this._timer);
		} else if (Date.now() - this._lastRenderAt >= updateDelayMs) {
			void this._render(false);
			return;
		}
		this._timer = setTimeout(() => {
			this._timer = undefined;
			void this._render(false);
		}, updateDelayMs);
	}

	/** The editor scrolled to `line` (fractional); move the preview along. */
	public scrollTo(line: number): void {
		if (this._isScrolling) {
			this._isScrolling = false;
			return;
		}
		if (!this._config.scrollPreviewWithEditor) {
			return;
		}
		this._line = line;
		this._post({ type: 'updateView', source: this._resource.toString(), line });
	}

	private _updateTitle(): void {
		this._panel.title = previewTitle(this._resource, this._locked);
	}

	private _settings(version: number): PreviewSettings {
		return {
			source: this._resource.toString(),
			line: this._line,
			version,
			scrollPreviewWithEditor: this._config.scrollPreviewWithEditor,
			scrollEditorWithPreview: this._config.scrollEditorWithPreview,
			doubleClickToSwitchToEditor: this._config.doubleClickToSwitchToEditor,
			locked: this._locked,
		};
	}

	/**
	 * Renders the current document. `full` replaces the whole page (first load, settings, styles);
	 * otherwise only the body travels, as an `updateContent` message, and the webview keeps its scroll
	 * position (or goes to `line` when the panel switched documents).
	 */
	private async _render(full: boolean, line?: number): Promise<void> {
		clearTimeout(this._timer);
		this._timer = undefined;
		const generation = ++this._renderGeneration;
		const resource = this._resource;
		let document: vscode.TextDocument;
		try {
			document = await vscode.workspace.openTextDocument(resource);
		} catch (e) {
			this._services.log(`Preview: cannot open ${resource.toString()}: ${String(e)}`);
			this._panel.webview.html = `<!DOCTYPE html><html><body><p>Cannot open this document.</p></body></html>`;
			return;
		}
		if (this.isDisposed || generation !== this._renderGeneration) {
			return;
		}
		const key = `${resource.toString()}@${document.version}`;
		if (!full && (!this._ready || key === this._shown)) {
			// Shown already, or a page is still loading: its `ready` message brings it up to date.
			return;
		}
		const version = document.version;
		const entities = await this._entitiesFor(document);
		if (this.isDisposed || generation !== this._renderGeneration) {
			return;
		}
		const fullModel = this._services.models.get(document);
		const limit = maxPreviewDocumentMegabytes() * 1048576;
		// A huge seed would make a webview of hundreds of MB: show its beginning, and say so.
		const model = fullModel.text.length > limit ? { ...fullModel, blocks: fullModel.blocks.filter(b => b.end <= limit) } : fullModel;
		const notice = model === fullModel ? '' : `<p class="seed-notice" role="status">${escapeNoticeText(vscode.l10n.t(
			'This seed is {0} MB; the preview shows its first {1} MB (seedReader.preview.maxDocumentSize).',
			(fullModel.text.length / 1048576).toFixed(1), String(maxPreviewDocumentMegabytes())))}</p>`;
		const body = notice + loadRenderer().renderBody(model, {
			hideBoilerplate: this._config.hideBoilerplate,
			showToc: this._config.showToc,
			// Mentions of an older version would mark the wrong words; the next refresh brings new ones.
			entities: document.version === version ? entities?.mentions : undefined,
			card: entities?.card,
			cardMode: 'store',
		});
		this._lastRenderAt = Date.now();
		this._shown = key;
		const title = model.title?.text ?? this._panel.title;
		if (full) {
			const customCss = await this._readCustomCss(resource);
			if (this.isDisposed || generation !== this._renderGeneration) {
				return;
			}
			this._ready = false;
			this._panel.webview.html = renderPreviewDocument({
				webview: this._panel.webview,
				extensionUri: this._services.extensionUri,
				joinPath: vscode.Uri.joinPath,
				title,
				body,
				settings: this._settings(document.version),
				fontFamily: this._config.fontFamily,
				fontSize: this._config.fontSize,
				lineHeight: this._config.lineHeight,
				customCss,
			});
		} else {
			this._post({ type: 'updateContent', source: resource.toString(), body, version: document.version, line, title });
		}
	}

	private async _entitiesFor(document: vscode.TextDocument): Promise<PreviewEntities | undefined> {
		try {
			return await this._services.entities?.(document);
		} catch (e) {
			this._services.log(`Preview: entities unavailable: ${String(e)}`);
			return undefined;
		}
	}

	/** The `seedReader.preview.styles` files: local files only, and only in a trusted workspace. */
	private async _readCustomCss(resource: vscode.Uri): Promise<string[]> {
		if (this._config.styles.length === 0) {
			return [];
		}
		if (!vscode.workspace.isTrusted) {
			this._services.log('Preview: seedReader.preview.styles is ignored in an untrusted workspace.');
			return [];
		}
		const result: string[] = [];
		for (const style of this._config.styles) {
			const uri = resolveStyle(style, resource);
			if (!uri) {
				this._services.log(`Preview: ignoring style "${style}": only local files are allowed.`);
				continue;
			}
			try {
				result.push(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
			} catch (e) {
				this._services.log(`Preview: cannot read style ${uri.toString()}: ${String(e)}`);
			}
		}
		return result;
	}

	private _post(message: ToWebviewMessage.Type): void {
		if (!this.isDisposed && this._ready) {
			void this._panel.webview.postMessage(message);
		}
	}

	private _onMessage(raw: unknown): void {
		const message = parseFromWebviewMessage(raw);
		if (!message) {
			this._services.log('Preview: ignored a malformed message from the webview.');
			return;
		}
		if (message.type === 'ready') {
			// A page (re)loaded. VS Code reloads a hidden panel's last full page, which may show an older
			// version or even the document the panel followed before: bring it up to date either way.
			this._ready = true;
			const current = message.source === this._resource.toString();
			if (!current || this._shown !== `${message.source}@${message.version}`) {
				this._shown = undefined;
			}
			if (current) {
				this._reportRender(message.version, 0);
			}
			void this._render(false, current ? undefined : this._line ?? 0);
			return;
		}
		if (message.source !== this._resource.toString()) {
			return; // from a page that showed another document
		}
		switch (message.type) {
			case 'revealLine':
				this._line = message.line;
				this._revealInEditors(message.line);
				break;
			case 'didDoubleClick':
				void this._openSourceAt(message.line);
				break;
			case 'rendered':
				this._reportRender(message.version, message.ms);
				break;
		}
	}

	private _reportRender(version: number, webviewMs: number): void {
		const changedAt = this._pendingChanges.get(version) ?? this._changeAt;
		for (const v of [...this._pendingChanges.keys()]) {
			if (v <= version) {
				this._pendingChanges.delete(v);
			}
		}
		this._changeAt = undefined;
		this._onDidRender.fire({
			resource: this._resource,
			version,
			webviewMs,
			sinceChangeMs: changedAt === undefined ? undefined : Date.now() - changedAt,
		});
	}

	private _revealInEditors(line: number): void {
		if (!this._config.scrollEditorWithPreview) {
			return;
		}
		for (const editor of vscode.window.visibleTextEditors) {
			if (!this.isPreviewOf(editor.document.uri)) {
				continue;
			}
			const sourceLine = Math.min(Math.floor(line), editor.document.lineCount - 1);
			const text = editor.document.lineAt(sourceLine).text;
			const character = Math.floor((line - Math.floor(line)) * text.length);
			const current = getVisibleLine(editor);
			if (current !== undefined && Math.abs(current - line) < 0.01) {
				continue; // already there: no scroll event will come back to clear the guard
			}
			this._isScrolling = true;
			const at = new vscode.Position(sourceLine, character);
			editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
		}
	}

	private async _openSourceAt(line: number): Promise<void> {
		if (!this._config.doubleClickToSwitchToEditor) {
			return;
		}
		const document = await vscode.workspace.openTextDocument(this._resource);
		const existing = vscode.window.visibleTextEditors.find(e => this.isPreviewOf(e.document.uri));
		const target = Math.min(Math.max(0, Math.floor(line)), document.lineCount - 1);
		const position = new vscode.Position(target, 0);
		await vscode.window.showTextDocument(document, {
			viewColumn: existing?.viewColumn ?? vscode.ViewColumn.Beside,
			selection: new vscode.Range(position, position),
		});
	}
}

/** A style path: absolute, `file:` URI, or relative to the document's workspace folder (or its folder). */
function resolveStyle(style: string, resource: vscode.Uri): vscode.Uri | undefined {
	const trimmed = style.trim();
	if (!trimmed) {
		return undefined;
	}
	if (/^[a-z][a-z0-9+.-]+:/i.test(trimmed) && !/^[a-z]:[\\/]/i.test(trimmed)) {
		// A URI: only file: is local.
		try {
			const uri = vscode.Uri.parse(trimmed, true);
			return uri.scheme === 'file' ? uri : undefined;
		} catch {
			return undefined;
		}
	}
	if (trimmed.startsWith('/') || /^[a-z]:[\\/]/i.test(trimmed)) {
		return vscode.Uri.file(trimmed);
	}
	const folder = vscode.workspace.getWorkspaceFolder(resource)?.uri ?? vscode.Uri.joinPath(resource, '..');
	return vscode.Uri.joinPath(folder, trimmed);
}

function maxPreviewDocumentMegabytes(): number {
	const value = vscode.workspace.getConfiguration('seedReader').get<number>('preview.maxDocumentSize', 16);
	return typeof value === 'number' && value > 0 ? value : 16;
}

function escapeNoticeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
