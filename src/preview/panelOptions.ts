/**
 * What every preview panel is made with, whether the manager creates it or revives it after a reload:
 * its view type, what its webview may load, and its title.
 */
import type * as vscode from 'vscode';
import { webviewOptions } from '../util/webviewPage';

export const previewViewType = 'seedReader.preview';

/** The preview's page: our roots only (util/webviewPage.ts), and Find (Ctrl+F) inside it. */
export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
	return webviewOptions(extensionUri, { enableFindWidget: true });
}

/** The panel title: "Preview name.txt", or "[Preview] name.txt" when locked. */
export function previewTitle(resource: vscode.Uri, locked: boolean): string {
	const name = resource.path.split('/').pop() || resource.toString();
	return locked ? `[Preview] ${name}` : `Preview ${name}`;
}
