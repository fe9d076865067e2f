import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';
import { SeedPreviewConfiguration } from './config';
import { readCustomStyles } from './customStyles';
import { openSourceAt, revealLineInEditors } from './editorSync';
import type { PreviewEntities } from './previewEntities';
import { renderPreviewDocument } from './html';
import { renderPreviewBody } from './panelBody';
import { previewTitle, previewWebviewOptions } from './panelOptions';
import type { SeedPreviewRenderEvent, SeedPreviewServices } from './previewServices';
import { parseFromWebviewMessage, type PreviewSettings, type ToWebviewMessage } from '../protocol/previewMessages';
import { EditToRenderClock, RefreshSchedule } from './updateTiming';

const updateDelayMs = 300;

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
	private readonly _refreshSchedule = new RefreshSchedule(updateDelayMs, () => void this._render(false));
	private _renderGeneration = 0;
	private readonly _editToRender = new EditToRenderClock();
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
				this._editToRender.changed(e.document.version);
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
		this._refreshSchedule.cancel();
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

	/** Edits whose time is kept for the edit-to-render figure (leak tests count them). */
	public get pendingChangeCount(): number {
		return this._editToRender.pendingCount;
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
		this._refreshSchedule.request();
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
		this._refreshSchedule.cancel();
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
		const { html: body, title: articleTitle } = renderPreviewBody(this._services.models.get(document), this._config, {
			// Mentions of an older version would mark the wrong words; the next refresh brings new ones.
			entities: document.version === version ? entities?.mentions : undefined,
			card: entities?.card,
		});
		this._refreshSchedule.rendered();
		this._shown = key;
		const title = articleTitle ?? this._panel.title;
		if (full) {
			const customCss = await readCustomStyles(this._config.styles, resource, this._services.log);
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
				if (this._config.scrollEditorWithPreview && revealLineInEditors(uri => this.isPreviewOf(uri), message.line)) {
					this._isScrolling = true;
				}
				break;
			case 'didDoubleClick':
				if (this._config.doubleClickToSwitchToEditor) {
					void openSourceAt(this._resource, uri => this.isPreviewOf(uri), message.line);
				}
				break;
			case 'rendered':
				this._reportRender(message.version, message.ms);
				break;
		}
	}

	private _reportRender(version: number, webviewMs: number): void {
		this._onDidRender.fire({
			resource: this._resource,
			version,
			webviewMs,
			sinceChangeMs: this._editToRender.rendered(version),
		});
	}
}
