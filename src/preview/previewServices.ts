/**
 * The contract between a preview panel and the rest of the extension: the services a SeedPreview is
 * built with, and the render event it reports (the manager and the diagnostics listen to it).
 */
import type * as vscode from 'vscode';
import type { SeedEntityCache } from '../documents/entityCache';
import type { SeedModelCache } from '../documents/modelCache';
import { previewEntities, type PreviewEntities } from './previewEntities';

/** Entity mentions and hover cards for the document's current version; the seam to the entity index. */
export type PreviewEntitySource = (document: vscode.TextDocument) => Promise<PreviewEntities | undefined>;

/** The preview's entities from the shared entity cache (one index per document version). */
export function entitySourceFrom(cache: SeedEntityCache): PreviewEntitySource {
	return async document => {
		const { model, index } = await cache.get(document);
		return previewEntities(model, index);
	};
}

export interface SeedPreviewServices {
	readonly extensionUri: vscode.Uri;
	readonly models: SeedModelCache;
	readonly entities?: PreviewEntitySource;
	readonly log: (message: string) => void;
}

/** Reported after the webview has put a new body into its DOM. */
export interface SeedPreviewRenderEvent {
	readonly resource: vscode.Uri;
	readonly version: number;
	/** Time in the webview from receiving the body to the next animation frame after inserting it. */
	readonly webviewMs: number;
	/** From the text change that caused it (or the request to open) to the webview's report; undefined if unknown. */
	readonly sinceChangeMs: number | undefined;
}
