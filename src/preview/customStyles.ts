/**
 * The user's `seedReader.preview.styles`: resolved to local files and read by the extension, so the
 * CSS can be inlined and the webview needs no access to the workspace.
 */
import * as vscode from 'vscode';

/** The style files' contents, in order: local files only, and only in a trusted workspace. */
export async function readCustomStyles(styles: readonly string[], resource: vscode.Uri, log: (message: string) => void): Promise<string[]> {
	if (styles.length === 0) {
		return [];
	}
	if (!vscode.workspace.isTrusted) {
		log('Preview: seedReader.preview.styles is ignored in an untrusted workspace.');
		return [];
	}
	const result: string[] = [];
	for (const style of styles) {
		const uri = resolveStyle(style, resource);
		if (!uri) {
			log(`Preview: ignoring style "${style}": only local files are allowed.`);
			continue;
		}
		try {
			result.push(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
		} catch (e) {
			log(`Preview: cannot read style ${uri.toString()}: ${String(e)}`);
		}
	}
	return result;
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
