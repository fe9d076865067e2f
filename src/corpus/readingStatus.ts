import * as vscode from 'vscode';
import { formatReadingStats, formatReadingTime, formatWords, selectionWords, type ReadingStats } from '../model/library';
import { summarize } from '../model/summary';
import { Disposable } from '../util/dispose';
import type { SeedModelCache } from '../documents/modelCache';
import { seedLanguageId } from '../documents/selector';

/** Typing updates the count after this pause; selections update at once. */
const editDelayMs = 250;

/**
 * Word count and reading time of the active seed in the status bar, or of the selection when there is
 * one. The document count is the one the Seed Library shows (page noise left out); a selection counts
 * every word in it.
 */
export class SeedReadingStatus extends Disposable {
	private readonly _item = this._register(vscode.window.createStatusBarItem('seedReader.readingStats', vscode.StatusBarAlignment.Right, 100));
	private _timer: ReturnType<typeof setTimeout> | undefined;
	private _stats: ReadingStats | undefined;
	private readonly _onDidUpdate = this._register(new vscode.EventEmitter<string | undefined>());
	/** Fires with the new text (undefined when hidden) after every update. */
	public readonly onDidUpdate = this._onDidUpdate.event;

	constructor(private readonly _models: SeedModelCache) {
		super();
		this._item.name = 'Seed Reader: Reading Time';
		this._item.command = 'seedReader.showLibrary';
		this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
		this._register(vscode.window.onDidChangeTextEditorSelection(e => {
			if (e.textEditor === vscode.window.activeTextEditor) {
				this.update();
			}
		}));
		this._register(vscode.workspace.onDidChangeTextDocument(e => {
			if (e.document === vscode.window.activeTextEditor?.document && e.contentChanges.length > 0) {
				clearTimeout(this._timer);
				this._timer = setTimeout(() => this.update(), editDelayMs);
			}
		}));
		this._register({ dispose: () => clearTimeout(this._timer) });
		this.update();
	}

	/** The status bar text, without the icon; undefined while hidden. */
	public get text(): string | undefined {
		return this._stats ? formatReadingStats(this._stats) : undefined;
	}

	public update(): void {
		clearTimeout(this._timer);
		const editor = vscode.window.activeTextEditor;
		if (!editor || editor.document.languageId !== seedLanguageId) {
			this._stats = undefined;
			this._item.hide();
			this._onDidUpdate.fire(undefined);
			return;
		}
		const words = summarize(this._models.get(editor.document)).wordCount;
		const selected = editor.selections.filter(s => !s.isEmpty);
		this._stats = selected.length
			? { words, selectionWords: selected.reduce((n, s) => n + selectionWords(editor.document.getText(s)), 0) }
			: { words };
		const text = formatReadingStats(this._stats);
		this._item.text = `$(book) ${text}`;
		this._item.tooltip = this._stats.selectionWords !== undefined
			? `Selection: ${formatWords(this._stats.selectionWords)}, about ${formatReadingTime(this._stats.selectionWords)} to read.\nDocument: ${formatWords(words)}, about ${formatReadingTime(words)}.`
			: `${formatWords(words)} (page noise left out), about ${formatReadingTime(words)} to read at 230 words a minute. Click to open the Seed Library.`;
		this._item.show();
		this._onDidUpdate.fire(text);
	}
}
