import { neutralizeBidi } from '../model/bidi';
import type * as vscode from 'vscode';
import type { PreviewSettings } from '../protocol/previewMessages';
import { escapeHtml } from '../model/escapeHtml';
import { contentSecurityPolicy, getNonce } from '../util/webviewPage';

export interface PreviewDocumentParts {
	readonly webview: Pick<vscode.Webview, 'cspSource' | 'asWebviewUri'>;
	readonly extensionUri: vscode.Uri;
	readonly joinPath: (base: vscode.Uri, ...segments: string[]) => vscode.Uri;
	readonly title: string;
	readonly body: string;
	readonly settings: PreviewSettings;
	readonly fontFamily: string;
	readonly fontSize: number;
	readonly lineHeight: number;
	/** Contents of the user's local style sheets (already read; only in trusted workspaces). */
	readonly customCss: readonly string[];
}

function cssString(value: string): string {
	// A font-family list is safe once it cannot close the declaration or the style element.
	return value.replace(/[;{}<>\\]/g, '');
}

/** The whole webview page: strict CSP, one nonce for the script and the inline style elements. */
export function renderPreviewDocument(parts: PreviewDocumentParts): string {
	const { webview, extensionUri, joinPath } = parts;
	const nonce = getNonce();
	const styleUri = webview.asWebviewUri(joinPath(extensionUri, 'media', 'preview.css'));
	const scriptUri = webview.asWebviewUri(joinPath(extensionUri, 'dist', 'webview', 'preview.js'));
	const csp = contentSecurityPolicy(webview.cspSource, nonce);
	const vars: string[] = [];
	if (parts.fontFamily.trim()) {
		vars.push(`--seed-font-family: ${cssString(parts.fontFamily)};`);
	}
	if (parts.fontSize > 0) {
		vars.push(`--seed-font-size: ${parts.fontSize}px;`);
	}
	vars.push(`--seed-line-height: ${parts.lineHeight};`);
	const custom = parts.customCss
		.map(css => `<style nonce="${nonce}">\n${css.replace(/</g, '\\3C ')}\n</style>`)
		.join('\n');
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta id="seed-preview-settings" data-settings="${escapeHtml(JSON.stringify(parts.settings))}">
<title>${escapeHtml(neutralizeBidi(parts.title))}</title>
<link rel="stylesheet" href="${styleUri}">
<style nonce="${nonce}">:root { ${vars.join(' ')} }</style>
${custom}
</head>
<body class="seed-preview">
<main id="seed-content" class="seed-article">
${parts.body}
</main>
<div id="seed-card" class="seed-card" role="tooltip" hidden></div>
<script nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>`;
}
