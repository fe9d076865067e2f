import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';
import type { SeedLog } from '../util/log';
import { crossDocumentLookup, entityWorkspaceSymbols, registerCrossDocumentReferenceSupport, type CrossDocumentLookup } from './crossDocument';
import { entitiesViewId, registerEntitiesViewCommands, SeedEntitiesProvider } from './entitiesView';
import type { SeedEntityCache } from '../documents/entityCache';
import { libraryViewId, registerLibraryCommands, SeedLibraryProvider } from './libraryView';
import type { SeedModelCache } from '../documents/modelCache';
import { SeedReadingStatus } from './readingStatus';
import { registerTimelineCommand, SeedTimeline } from './timelinePanel';
import { SeedWorkspaceEntities } from './corpusEntities';
import type { SeedWorkspaceIndex } from './workspaceIndex';
import type { ExtraWorkspaceSymbols } from './workspaceSymbols';

/**
 * What `activate()` returns (`vscode.extensions.getExtension(...).exports`): the corpus features'
 * providers, so tests drive the real trees and read the status bar through their public API.
 */
export interface SeedReaderApi {
	readonly library: SeedLibraryProvider;
	readonly entities: SeedEntitiesProvider;
	readonly workspaceEntities: SeedWorkspaceEntities;
	readonly readingStatus: SeedReadingStatus;
	readonly timeline: SeedTimeline;
}

/**
 * The features over the whole corpus: the Seed Library and Entities views, the workspace entity index
 * (cross-document hovers, references and symbols), the timeline and the reading-time status bar item.
 */
export class SeedCorpusSupport extends Disposable {
	public readonly api: SeedReaderApi;
	/** For the entity hover: "mentioned in N other seeds". */
	public readonly crossDocumentHover: CrossDocumentLookup;
	/** For workspace symbols: entities as well as headings. */
	public readonly entitySymbols: ExtraWorkspaceSymbols;

	constructor(selector: vscode.DocumentSelector, models: SeedModelCache, entities: SeedEntityCache, workspaceIndex: SeedWorkspaceIndex, extensionUri: vscode.Uri, log: SeedLog) {
		super();
		const workspaceEntities = this._register(new SeedWorkspaceEntities(workspaceIndex, entities, log));
		const library = this._register(new SeedLibraryProvider(workspaceIndex, workspaceEntities, log));
		const libraryView = this._register(vscode.window.createTreeView(libraryViewId, { treeDataProvider: library, showCollapseAll: true }));
		library.attach(libraryView);
		const entitiesProvider = this._register(new SeedEntitiesProvider(entities, log));
		const entitiesView = this._register(vscode.window.createTreeView(entitiesViewId, { treeDataProvider: entitiesProvider, showCollapseAll: true }));
		entitiesProvider.attach(entitiesView);
		const readingStatus = this._register(new SeedReadingStatus(models));
		const timeline = this._register(new SeedTimeline(workspaceIndex, workspaceEntities, extensionUri, log));
		this._register(registerLibraryCommands(library));
		this._register(registerEntitiesViewCommands());
		this._register(registerTimelineCommand(timeline));
		this._register(registerCrossDocumentReferenceSupport(selector, entities, workspaceEntities));
		this._register(vscode.commands.registerCommand('seedReader.showLibrary', () => vscode.commands.executeCommand(`${libraryViewId}.focus`)));
		this.crossDocumentHover = crossDocumentLookup(workspaceEntities);
		this.entitySymbols = entityWorkspaceSymbols(workspaceEntities);
		this.api = { library, entities: entitiesProvider, workspaceEntities, readingStatus, timeline };
	}
}
