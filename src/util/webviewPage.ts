/**
 * What every webview page of the extension is made with, the preview's and the timeline's alike: a
 * fresh nonce per page, one Content-Security-Policy, and the only folders a page may load from.
 * The messages each page exchanges with the host are typed in src/protocol/.
 */
import * as vscode from 'vscode';

/**
 * A fresh 128-bit nonce for every render. Web Crypto rather than `node:crypto`, because the same
 * code runs in the desktop extension host (Node) and in the web worker host (vscode.dev).
 */
export function getNonce(): string {
	const bytes = new Uint8Array(16);
	globalThis.crypto.getRandomValues(bytes);
	let binary = '';
	for (const b of bytes) {
		binary += String.fromCharCode(b);
	}
	return btoa(binary);
}

/**
 * The policy of every page: nothing by default; style sheets and fonts from the extension's own roots,
 * inline style elements and scripts only with the page's nonce; images from the roots alone (the text
 * has none, so no remote or data image can load).
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
	return [
		`default-src 'none'`,
		`style-src ${cspSource} 'nonce-${nonce}'`,
		`img-src ${cspSource}`,
		`font-src ${cspSource}`,
		`script-src 'nonce-${nonce}'`,
	].join('; ');
}

/**
 * Roots a page may load from: the style sheets and the bundled scripts, nothing else. The user's
 * custom CSS is read by the extension and inlined, so no workspace folder has to be opened to it.
 */
export function webviewResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
	return [
		vscode.Uri.joinPath(extensionUri, 'media'),
		vscode.Uri.joinPath(extensionUri, 'dist', 'webview'),
	];
}

/** Options of a page with our script: no forms, only our roots. */
export function webviewOptions(extensionUri: vscode.Uri, extra: vscode.WebviewPanelOptions = {}): vscode.WebviewPanelOptions & vscode.WebviewOptions {
	return {
		enableScripts: true,
		enableForms: false,
		...extra,
		localResourceRoots: webviewResourceRoots(extensionUri),
	};
}
