import * as vscode from 'vscode';
import { escapeHtml, isFromTimelineMessage, renderTimelineBody, sortTimeline, type TimelineRow } from '../model/timeline';
import { mainEntities } from '../model/workspaceEntities';
import { getNonce } from '../preview/html';
import { Disposable } from '../util/dispose';
import type { SeedLog } from '../util/log';
import { reporter, type SeedWorkspaceEntities } from './corpusEntities';
import type { SeedWorkspaceIndex } from './workspaceIndex';

export const timelineViewType = 'seedReader.timeline';

const style = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 16px; }
h1 { font-size: 1.3em; font-weight: 600; }
ol.timeline { list-style: none; padding: 0; margin: 0; border-left: 2px solid var(--vscode-textSeparator-foreground, #8884); }
ol.timeline li { margin: 0 0 6px 0; }
button.row { display: grid; grid-template-columns: 7.5em 1fr; column-gap: 12px; width: 100%; text-align: left; padding: 6px 10px; border: 0; background: none; color: inherit; font: inherit; cursor: pointer; border-radius: 3px; }
button.row:hover, button.row:focus { background: var(--vscode-list-hoverBackground); outline: none; }
button.row:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
.date { grid-row: span 3; font-variant-numeric: tabular-nums; color: var(--vscode-descriptionForeground); }
.title { font-weight: 600; }
.meta { font-size: 0.85em; color: var(--vscode-descriptionForeground); }
.entities { margin-top: 2px; }
.entity { display: inline-block; font-size: 0.85em; padding: 0 6px; margin: 2px 4px 0 0; border-radius: 8px; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
.empty { color: var(--vscode-descriptionForeground); }
`;

/** The webview script: a click (or Enter) on a row posts its index. It reads nothing from the document. */
const script = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', event => {
	const row = event.target instanceof Element ? event.target.closest('button.row') : null;
	if (row) {
		vscode.postMessage({ type: 'open', row: Number(row.dataset.row) });
	}
});
`;

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

	constructor(private readonly _index: SeedWorkspaceIndex, private readonly _corpus: SeedWorkspaceEntities, private readonly _log: SeedLog) {
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
			const panel = vscode.window.createWebviewPanel(timelineViewType, 'Seed Timeline', vscode.ViewColumn.Active, { enableScripts: true, enableForms: false, localResourceRoots: [] });
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
		const nonce = getNonce();
		this._html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Seed Timeline</title>
<style nonce="${nonce}">${style}</style>
</head>
<body>
<h1>${escapeHtml(`Seed timeline · ${this._rows.length} documents`)}</h1>
${renderTimelineBody(this._rows)}
<script nonce="${nonce}">${script}</script>
</body>
</html>`;
		this._panel.webview.html = this._html;
		this._onDidRender.fire(this._rows);
	}
}

export function registerTimelineCommand(timeline: SeedTimeline): vscode.Disposable {
	return vscode.commands.registerCommand('seedReader.showTimeline', () => timeline.show());
}
