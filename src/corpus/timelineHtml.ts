/**
 * The timeline's page (pure, so plain Node tests cover it): a list of rows, each a button carrying its
 * row index, under a strict policy with one nonce. Every piece of document text is escaped. The words
 * of the page come in already localised (`TimelineStrings`), as the preview's do.
 */
import { neutralizeBidi } from '../model/bidi';
import { escapeHtml } from '../model/escapeHtml';
import type { TimelineRow } from '../model/timeline';

/** The page's own words; the panel fills them with `vscode.l10n.t`. */
export interface TimelineStrings {
	readonly title: string;
	readonly heading: (documents: number) => string;
	readonly empty: string;
	readonly noDate: string;
	readonly words: (count: number) => string;
}

/** The English words, for tests and the command line. */
export const englishTimelineStrings: TimelineStrings = {
	title: 'Seed Timeline',
	heading: n => `Seed timeline · ${n} documents`,
	empty: 'No seed documents in this workspace.',
	noDate: 'no date',
	words: n => `${n} words`,
};

/** The page body: a list of rows, each a button carrying its row index. Rows must already be in display order. */
export function renderTimelineBody(rows: readonly TimelineRow[], strings: TimelineStrings = englishTimelineStrings): string {
	if (rows.length === 0) {
		return `<p class="empty">${escapeHtml(strings.empty)}</p>`;
	}
	const items = rows.map((row, i) => {
		const entities = row.entities.map(e => `<span class="entity ${e.type}">${shown(e.name)}</span>`).join(' ');
		return `<li><button type="button" class="row" data-row="${i}">`
			+ `<span class="date">${escapeHtml(row.date ?? strings.noDate)}</span>`
			+ `<span class="title">${shown(row.title)}</span>`
			+ `<span class="meta">${shown(row.fileName)} · ${escapeHtml(strings.words(row.wordCount))}</span>`
			+ (entities ? `<span class="entities">${entities}</span>` : '')
			+ '</button></li>';
	});
	return `<ol class="timeline">${items.join('')}</ol>`;
}

export interface TimelineDocumentParts {
	readonly rows: readonly TimelineRow[];
	readonly strings: TimelineStrings;
	/** The page's Content-Security-Policy (util/webviewPage.ts) and the nonce it names. */
	readonly csp: string;
	readonly nonce: string;
	/** Webview URIs of media/timeline.css and dist/webview/timeline.js. */
	readonly styleUri: string;
	readonly scriptUri: string;
}

/** The whole page. */
export function renderTimelineDocument(parts: TimelineDocumentParts): string {
	const { strings, nonce } = parts;
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${parts.csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(strings.title)}</title>
<link rel="stylesheet" href="${escapeHtml(parts.styleUri)}">
</head>
<body>
<h1>${escapeHtml(strings.heading(parts.rows.length))}</h1>
${renderTimelineBody(parts.rows, strings)}
<script nonce="${nonce}" src="${escapeHtml(parts.scriptUri)}"></script>
</body>
</html>`;
}

/** Document text in a row: escaped, its bidi controls written as their codes. */
function shown(text: string): string {
	return escapeHtml(neutralizeBidi(text));
}
