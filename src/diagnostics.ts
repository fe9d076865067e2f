import type * as vscode from 'vscode';
import type { SeedLibraryProvider } from './corpus/libraryView';
import type { SeedWorkspaceIndex } from './corpus/workspaceIndex';
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
	/** What long-lived structures hold, for the tests that open and close many documents. */
	retained(): SeedRetainedCounts;
	/** The extension's log folder (`context.logUri`); the extension host's own log files sit in its parent. */
	readonly logUri: vscode.Uri;
}

export interface SeedRetainedCounts {
	/** URIs the Seed Library remembers for its entries. */
	readonly libraryUris: number;
	/** Seeds the workspace index lists (undefined before its first scan). */
	readonly indexedSeeds: number | undefined;
	/** Document versions whose change time the previews keep until a render reports them. */
	readonly pendingPreviewChanges: number;
	/** Whether the preview manager still holds a seed editor to follow. */
	readonly lastSeedEditor: boolean;
	/** Entity indexes the entity cache holds, and the recogniser's block cache in (estimated) bytes. */
	readonly entityIndexes: number;
	readonly blockCacheBytes: number;
}

/** Where `retained()` reads its counts. */
export interface SeedRetainedSources {
	readonly library: SeedLibraryProvider;
	readonly workspaceIndex: SeedWorkspaceIndex;
	readonly entities: SeedEntityCache;
}

export interface SeedDiagnosticsApi {
	readonly diagnostics: SeedDiagnostics;
}

export function seedDiagnostics(preview: SeedPreviewSupport, models: SeedModelCache, logUri: vscode.Uri, sources: SeedRetainedSources): SeedDiagnostics {
	return {
		get previewCount() {
			return preview.previewCount;
		},
		onDidChangePreviewCount: preview.onDidChangePreviewCount,
		onDidRenderPreview: preview.onDidRender,
		onDidSkipEntities: sources.entities.onDidSkipOverSize,
		disposables: disposableCounts,
		parses: () => models.parseCounts,
		retained: () => ({
			libraryUris: sources.library.uriCount,
			indexedSeeds: sources.workspaceIndex.seedCount,
			pendingPreviewChanges: preview.pendingChangeCount,
			lastSeedEditor: preview.holdsLastSeedEditor,
			entityIndexes: sources.entities.indexCount,
			blockCacheBytes: sources.entities.blockCacheBytes,
		}),
		logUri,
	};
}
