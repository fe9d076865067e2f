import type * as vscode from 'vscode';
import type { SeedEntitiesSkipped, SeedEntityCache } from './documents/entityCache';
import type { SeedModelCache, SeedParseCounts } from './documents/modelCache';
import type { SeedPreviewRenderEvent } from './preview/previewServices';
import type { SeedPreviewSupport } from './preview/previewManager';
import { disposableCounts, type DisposableCounts } from './util/dispose';

/**
 * Counts for tests that look for leaks, read through the extension's API
 * (`getExtension('seed-reader.seed-reader').exports.diagnostics`). Nothing is tracked for them: they
 * read the preview manager's panel set and two counters kept by util/dispose.
 */
export interface SeedDiagnostics {
	/** Preview panels the extension holds. */
	readonly previewCount: number;
	/** Fires with the new count when a preview panel is created or disposed. */
	readonly onDidChangePreviewCount: vscode.Event<number>;
	/** Fires when a preview's webview reports a rendered body. */
	readonly onDidRenderPreview: vscode.Event<SeedPreviewRenderEvent>;
	/** Live objects built on util/dispose's Disposable, and the listeners and emitters they hold. */
	disposables(): DisposableCounts;
	/** Fires when a document over seedReader.entities.maxDocumentSize gets its notice (once per file). */
	readonly onDidSkipEntities: vscode.Event<SeedEntitiesSkipped>;
	/** Models made by a full parse and by an incremental one since activation. */
	parses(): SeedParseCounts;
	/** The extension's log folder (`context.logUri`); the extension host's own log files sit in its parent. */
	readonly logUri: vscode.Uri;
}

export interface SeedDiagnosticsApi {
	readonly diagnostics: SeedDiagnostics;
}

export function seedDiagnostics(preview: SeedPreviewSupport, models: SeedModelCache, entities: SeedEntityCache, logUri: vscode.Uri): SeedDiagnostics {
	return {
		get previewCount() {
			return preview.previewCount;
		},
		onDidChangePreviewCount: preview.onDidChangePreviewCount,
		onDidRenderPreview: preview.onDidRender,
		onDidSkipEntities: entities.onDidSkipOverSize,
		disposables: disposableCounts,
		parses: () => models.parseCounts,
		logUri,
	};
}
