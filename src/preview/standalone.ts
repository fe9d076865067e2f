/**
 * A standalone, static HTML page for one seed: the export command and the CLI `render` both use it.
 * Pure (no `vscode`): no scripts, a CSP meta tag that allows only the inline style sheet, and CSS
 * variable defaults so the preview style sheet reads well outside VS Code, in light and dark.
 */
import { neutralizeBidi } from '../model/bidi';
import type { SeedDocument } from '../model/types';
import { escapeHtml } from '../model/escapeHtml';
import { loadRenderer } from './lazyRenderer';
import type { RenderOptions } from './renderBody';

/** Defaults for the `--vscode-*` variables the preview style sheet uses (the webview gets them from the theme). */
const themeDefaults = `:root {
	--vscode-editor-background: #ffffff;
	--vscode-editor-foreground: #1f1f1f;
	--vscode-descriptionForeground: #5f6368;
	--vscode-textLink-foreground: #0b63c5;
	--vscode-textLink-activeForeground: #084a94;
	--vscode-textBlockQuote-background: #f4f4f4;
	--vscode-textBlockQuote-border: #c8c8c8;
	--vscode-widget-border: #d0d0d0;
	--vscode-editorHoverWidget-background: #f8f8f8;
	--vscode-editorHoverWidget-foreground: #1f1f1f;
	--vscode-editorHoverWidget-border: #c8c8c8;
	--vscode-font-family: system-ui, -apple-system, "Segoe UI", sans-serif;
	--vscode-editor-font-family: ui-monospace, Menlo, Consolas, monospace;
}
@media (prefers-color-scheme: dark) {
	:root {
		--vscode-editor-background: #1e1e1e;
		--vscode-editor-foreground: #d4d4d4;
		--vscode-descriptionForeground: #a0a0a0;
		--vscode-textLink-foreground: #4daafc;
		--vscode-textLink-activeForeground: #79c0ff;
		--vscode-textBlockQuote-background: #2a2a2a;
		--vscode-textBlockQuote-border: #555555;
		--vscode-widget-border: #444444;
		--vscode-editorHoverWidget-background: #252526;
		--vscode-editorHoverWidget-foreground: #d4d4d4;
		--vscode-editorHoverWidget-border: #454545;
	}
}
`;

export interface StandaloneOptions extends RenderOptions {
	/** The preview style sheet's text, inlined into the page. */
	readonly css: string;
	/** Page title when the seed has no title of its own (e.g. the file name); else "Seed". */
	readonly title?: string;
	/** Plain text shown above the article, such as why only its beginning is there. */
	readonly notice?: string;
}

export function renderStandaloneHtml(doc: SeedDocument, options: StandaloneOptions): string {
	return renderStandalonePieces(doc, options).join('');
}

/**
 * The same page as its head, body and end, so a large page can be written out without one more copy of
 * its body (the command line's render).
 */
export function renderStandalonePieces(doc: SeedDocument, options: StandaloneOptions): [string, string, string] {
	const notice = options.notice ? `<p class="seed-notice" role="status">${escapeHtml(neutralizeBidi(options.notice))}</p>\n` : '';
	const body = notice + loadRenderer().renderBody(doc, { ...options, cardMode: options.cardMode ?? 'title' });
	const title = doc.title?.text ?? options.title ?? 'Seed';
	// A `<` in inlined CSS could close the style element; CSS only ever has it inside strings, where `\3C ` means the same.
	const css = (themeDefaults + options.css).replace(/</g, '\\3C ');
	return [`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Seed Reader">
<title>${escapeHtml(neutralizeBidi(title))}</title>
<style>
${css}
</style>
</head>
<body class="seed-standalone">
<main id="seed-content" class="seed-article">
`, body, `
</main>
</body>
</html>
`];
}
