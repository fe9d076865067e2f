/**
 * What every preview panel is made with, whether the manager creates it or revives it after a reload:
 * its view type, what its webview may load, and its title.
 */
import * as vscode from 'vscode';

export const previewViewType = 'seedReader.preview';

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
