/**
 * The body a preview panel shows for a document's model: the rendered article, cut to the size limit
 * with a notice when the seed is larger. The renderer itself loads lazily (lazyRenderer.ts).
 */
import * as vscode from 'vscode';
import { escapeHtml } from '../model/escapeHtml';
import { megabytes } from '../model/sizes';
import type { SeedDocument } from '../model/types';
import type { SeedPreviewConfiguration } from './config';
import { loadRenderer } from './lazyRenderer';
import type { RenderOptions } from './renderBody';

export interface PreviewBody {
	readonly html: string;
	/** The article's title, if it has one. */
	readonly title: string | undefined;
}

/** Renders `fullModel` for the webview, marking `entities` with their cards in a hidden store. */
export function renderPreviewBody(
	fullModel: SeedDocument,
	config: SeedPreviewConfiguration,
	entities: Pick<RenderOptions, 'entities' | 'card'>,
): PreviewBody {
	const limit = config.maxDocumentChars;
	// A huge seed would make a webview of hundreds of MB: show its beginning (the renderer cuts the body
	// and its contents at `maxChars`), and say so.
	const notice = fullModel.text.length <= limit ? '' : `<p class="seed-notice" role="status">${escapeHtml(vscode.l10n.t(
		'This seed is {0} MB; the preview shows its first {1} MB (seedReader.preview.maxDocumentSize).',
		megabytes(fullModel.text.length), String(config.maxDocumentSize)))}</p>`;
	const html = notice + loadRenderer().renderBody(fullModel, {
		hideBoilerplate: config.hideBoilerplate,
		showToc: config.showToc,
		entities: entities.entities,
		card: entities.card,
		cardMode: 'store',
		maxChars: limit,
	});
	return { html, title: fullModel.title?.text };
}
