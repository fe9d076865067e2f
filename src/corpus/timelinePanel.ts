import * as vscode from 'vscode';
import { sortTimeline, type TimelineRow } from '../model/timeline';
import { mainEntities } from '../model/workspaceEntities';
import { isFromTimelineMessage } from '../protocol/timelineMessages';
import { Disposable } from '../util/dispose';
import type { SeedLog } from '../util/log';
import { contentSecurityPolicy, getNonce, webviewOptions } from '../util/webviewPage';
import { renderTimelineDocument, type TimelineStrings } from './timelineHtml';
import { reporter, type SeedWorkspaceEntities } from './corpusEntities';
import type { SeedWorkspaceIndex } from './workspaceIndex';

export const timelineViewType = 'seedReader.timeline';

/** The page's words, localised. */
function timelineStrings(): TimelineStrings {
	return {
		title: vscode.l10n.t('Seed Timeline'),
		heading: n => vscode.l10n.t('Seed timeline · {0} documents', n),
		empty: vscode.l10n.t('No seed documents in this workspace.'),
		noDate: vscode.l10n.t('no date'),
		words: n => vscode.l10n.t('{0} words', n),
	};
}

/**
 * The corpus timeline: one webview panel listing every seed by date with its title and main entities.
 * Clicking a row opens the document. The page is rebuilt when the corpus changes while it is open.
 */
export class SeedTimeline extends Disposable {
	private _panel: vscode.WebviewPanel | undefined;
	private _uris: vscode.Uri[] = [];
	private _rows: TimelineRow[] = [];
	private _html = '';
	private readonly _onDidRender = this._register(new vscode.EventEmitter<readonly TimelineRow[]>());
	/** Fires after the panel's page was (re)built. */
	public readonly onDidRender = this._onDidRender.event;

	constructor(private readonly _index: SeedWorkspaceIndex, private readonly _corpus: SeedWorkspaceEntities, private readonly _extensionUri: vscode.Uri, private readonly _log: SeedLog) {
		super();
		this._register(_corpus.onDidChange(() => {
			if (this._panel) {
				void this._render().catch(e => this._log.error('Could not update the timeline', e));
			}
		}));
		this._register({ dispose: () => this._panel?.dispose() });
	}

	/** The rows shown, in order (tests read them; the page is built from the same list). */
	public get rows(): readonly TimelineRow[] {
		return this._rows;
	}

	public get html(): string {
		return this._html;
	}

	public get panel(): vscode.WebviewPanel | undefined {
		return this._panel;
	}

	/** Opens (or reveals) the panel once the corpus is indexed; the indexing shows cancellable progress. */
	public async show(): Promise<void> {
		const completed = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Building the seed timeline'), cancellable: true },
			async (progress, token) => {
				await this._corpus.refresh(token, reporter(progress));
				return !token.isCancellationRequested;
			});
		if (!completed) {
			return;
		}
		if (this._panel) {
			this._panel.reveal();
		} else {
			const panel = vscode.window.createWebviewPanel(timelineViewType, vscode.l10n.t('Seed Timeline'), vscode.ViewColumn.Active, webviewOptions(this._extensionUri));
			this._panel = panel;
			panel.onDidDispose(() => {
				if (this._panel === panel) {
					this._panel = undefined;
				}
			});
			panel.webview.onDidReceiveMessage(message => this.handleMessage(message));
		}
		await this._render();
	}

	/** Acts on a message from the page: only a known row index opens anything. */
	public async handleMessage(message: unknown): Promise<void> {
		if (!isFromTimelineMessage(message)) {
			return;
		}
		const uri = this._uris[message.row];
		if (uri) {
			await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside });
		}
	}

	private async _render(): Promise<void> {
		const seeds = await this._index.all();
		const rows = sortTimeline(seeds.map(seed => ({
			seed,
			date: seed.summary.date,
		})));
		this._uris = rows.map(r => r.seed.uri);
		this._rows = rows.map(({ seed }) => ({
			date: seed.summary.date,
			title: seed.summary.label,
			fileName: seed.uri.path.slice(seed.uri.path.lastIndexOf('/') + 1),
			wordCount: seed.summary.wordCount,
			entities: mainEntities(this._corpus.index.entitiesOf(seed.uri.toString()), 5).map(e => ({ name: e.name, type: e.type })),
		}));
		if (!this._panel) {
			return;
		}
		const webview = this._panel.webview;
		const nonce = getNonce();
		this._html = renderTimelineDocument({
			rows: this._rows,
			strings: timelineStrings(),
			csp: contentSecurityPolicy(webview.cspSource, nonce),
			nonce,
			styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this._extensionUri, 'media', 'timeline.css')).toString(),
			scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this._extensionUri, 'dist', 'webview', 'timeline.js')).toString(),
		});
		this._panel.webview.html = this._html;
		this._onDidRender.fire(this._rows);
	}
}

export function registerTimelineCommand(timeline: SeedTimeline): vscode.Disposable {
	return vscode.commands.registerCommand('seedReader.showTimeline', () => timeline.show());
}
