/**
 * The editor's side of the preview's scroll sync and double-click: where an editor's view starts,
 * scrolling the source editors to a preview line, and opening the source at a line.
 */
import * as vscode from 'vscode';

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
 * Scrolls every visible editor of the source so `line` (fractional) is at its top. True when it asked
 * an editor to scroll, so a visible-range event will echo back; false when none had to move.
 */
export function revealLineInEditors(isSource: (uri: vscode.Uri) => boolean, line: number): boolean {
	let scrolled = false;
	for (const editor of vscode.window.visibleTextEditors) {
		if (!isSource(editor.document.uri)) {
			continue;
		}
		const sourceLine = Math.min(Math.floor(line), editor.document.lineCount - 1);
		const text = editor.document.lineAt(sourceLine).text;
		const character = Math.floor((line - Math.floor(line)) * text.length);
		const current = getVisibleLine(editor);
		if (current !== undefined && Math.abs(current - line) < 0.01) {
			continue; // already there: no scroll event will come back to clear the guard
		}
		scrolled = true;
		const at = new vscode.Position(sourceLine, character);
		editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
	}
	return scrolled;
}

/** Shows the source with the cursor at `line`: in its visible editor if there is one, else beside the preview. */
export async function openSourceAt(resource: vscode.Uri, isSource: (uri: vscode.Uri) => boolean, line: number): Promise<void> {
	const document = await vscode.workspace.openTextDocument(resource);
	const existing = vscode.window.visibleTextEditors.find(e => isSource(e.document.uri));
	const target = Math.min(Math.max(0, Math.floor(line)), document.lineCount - 1);
	const position = new vscode.Position(target, 0);
	await vscode.window.showTextDocument(document, {
		viewColumn: existing?.viewColumn ?? vscode.ViewColumn.Beside,
		selection: new vscode.Range(position, position),
	});
}
