import * as vscode from 'vscode';
import type { BlockCacheUse, SeedEntityRecognizer } from '../model/entities/recognize';
import type { TaggerModelData } from '../model/entities/weightsFile';
import type { EntityIndex, EntityMention } from '../model/entities/types';
import type { SeedDocument } from '../model/types';
import { megabytes } from '../model/sizes';
import { Disposable } from '../util/dispose';
import { SeedEntityConfiguration } from './entityConfig';
import { entitiesWithinLimit } from './entityLimit';
import { loadEntityEngine } from './lazyEntities';
import type { SeedModelCache, SeedTextDocument } from './modelCache';

/**
 * Where the tagger weights may be, relative to the extension: the packaged copy first, then the source
 * file (development checkouts and the test harness run from the repository).
 */
const weightPaths = ['dist/data/tagger.json', 'src/model/entities/data/tagger.json'];

export interface SeedEntities {
	readonly model: SeedDocument;
	readonly index: EntityIndex;
}

/** Entities were left off a document over `seedReader.entities.maxDocumentSize` (the notice shown once per file). */
export interface SeedEntitiesSkipped {
	readonly uri: vscode.Uri;
	readonly message: string;
}

interface CacheEntry {
	readonly version: number;
	readonly entities: SeedEntities;
	/** The recogniser's cached blocks this index read: kept while the document is open. */
	readonly blocks: BlockCacheUse;
}

/**
 * One entity index per (uri, version), over the shared model cache. The recogniser's weights (a few MB)
 * are read on first use, not at activation, through `workspace.fs` so the web host can read them too.
 * The recogniser caches per block, so an edit re-runs it on the edited paragraph only; when a document
 * closes, the blocks no open document read are swept from that cache.
 */
export class SeedEntityCache extends Disposable {
	private readonly _entries = new Map<string, CacheEntry>();
	private _recognizer: Promise<SeedEntityRecognizer> | undefined;
	private _loadedRecognizer: SeedEntityRecognizer | undefined;
	private _config = SeedEntityConfiguration.read();
	private readonly _onDidSkipOverSize = this._register(new vscode.EventEmitter<SeedEntitiesSkipped>());
	/** Fires when the over-size notice is shown. */
	public readonly onDidSkipOverSize = this._onDidSkipOverSize.event;

	constructor(private readonly _models: SeedModelCache, private readonly _extensionUri: vscode.Uri) {
		super();
		this._register(vscode.workspace.onDidCloseTextDocument(doc => {
			if (this._entries.delete(doc.uri.toString())) {
				this._loadedRecognizer?.sweepBlocks([...this._entries.values()].map(e => e.blocks));
			}
		}));
		this._register(vscode.workspace.onDidChangeConfiguration(e => {
			if (e.affectsConfiguration('seedReader.entities')) {
				const config = SeedEntityConfiguration.read();
				if (!config.isEqualTo(this._config)) {
					// Entries were made under the old limit: the next request decides again.
					this._config = config;
					this._entries.clear();
				}
			}
		}));
	}

	/**
	 * The entities of `document`'s current version. `source` is the file the text is from when that is
	 * not `document.uri` (the workspace index reads unopened files under one scratch URI): the over-size
	 * notice names it, and is given once per source.
	 */
	public async get(document: SeedTextDocument, source: vscode.Uri = document.uri): Promise<SeedEntities> {
		const key = document.uri.toString();
		const version = document.version;
		const cached = this._entries.get(key);
		const model = this._models.get(document);
		// The model cache knows whether this is still the same document (untitled URIs are reused).
		if (cached && cached.version === version && cached.entities.model === model) {
			return cached.entities;
		}
		const maxChars = this._config.maxDocumentChars;
		if (model.text.length > maxChars) {
			// Past the limit, recognition would hold the host for seconds on every edit: no entities, said
			// once, and the recogniser's weights are not even read.
			this._notifyTooLarge(source, model.text.length);
		}
		let blocks: BlockCacheUse = [];
		const index = await entitiesWithinLimit(model, maxChars, async m => {
			const recognizer = await this._loadRecognizer();
			const tracked = recognizer.trackBlocks(() => loadEntityEngine().buildEntityIndex(m, recognizer));
			blocks = tracked.blocks;
			return tracked.result;
		});
		const entities = { model, index };
		this._entries.set(key, { version, entities, blocks });
		return entities;
	}

	/** Entity indexes held (one per open document, plus the corpus scan's scratch one): leak tests count them. */
	public get indexCount(): number {
		return this._entries.size;
	}

	/** The recogniser's block cache, in its own estimate of bytes (0 before the engine loads). */
	public get blockCacheBytes(): number {
		return this._loadedRecognizer?.cacheBytes ?? 0;
	}

	private readonly _toldTooLarge = new Set<string>();

	private _notifyTooLarge(source: vscode.Uri, chars: number): void {
		const key = source.toString();
		if (this._toldTooLarge.has(key)) {
			return;
		}
		this._toldTooLarge.add(key);
		const name = source.path.slice(source.path.lastIndexOf('/') + 1);
		const message = vscode.l10n.t(
			'Seed Reader: entity hovers, references and colouring are off for {0} ({1} MB, over the {2} MB limit set by seedReader.entities.maxDocumentSize). The outline still works.',
			name, megabytes(chars), String(this._config.maxDocumentSize));
		void vscode.window.showInformationMessage(message);
		this._onDidSkipOverSize.fire({ uri: source, message });
	}

	/** The mention under `position`, with the document's entities. */
	public async mentionAt(document: SeedTextDocument & { offsetAt(position: vscode.Position): number }, position: vscode.Position): Promise<{ entities: SeedEntities; mention: EntityMention } | undefined> {
		const entities = await this.get(document);
		const mention = loadEntityEngine().mentionAt(entities.index, document.offsetAt(position));
		return mention ? { entities, mention } : undefined;
	}

	private _loadRecognizer(): Promise<SeedEntityRecognizer> {
		this._recognizer ??= (async () => {
			let lastError: unknown;
			for (const path of weightPaths) {
				try {
					const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this._extensionUri, path));
					const data = JSON.parse(new TextDecoder().decode(bytes)) as TaggerModelData;
					return this._loadedRecognizer = new (loadEntityEngine().SeedEntityRecognizer)(data);
				} catch (e) {
					lastError = e;
				}
			}
			this._recognizer = undefined;
			throw new Error(`Seed Reader: cannot read the entity tagger weights: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
		})();
		return this._recognizer;
	}
}
