import * as vscode from 'vscode';
import type { BlockCacheUse, SeedEntityRecognizer } from '../model/entities/recognize';
import type { TaggerModelData } from '../model/entities/weightsFile';
import type { EntityIndex, EntityMention } from '../model/entities/types';
import type { SeedDocument } from '../model/types';
import { Disposable } from '../util/dispose';
import { loadEntityEngine } from './lazyEntities';
import type { SeedModelCache, SeedTextDocument } from './modelCache';

/**
 * Where the tagger weights may be, relative to the extension: the packaged copy first, then the source
 * file (development checkouts and the test harness run from the repository).
 */
const weightPaths = ['dist/data/tagger.json', 'src/model/entities/data/tagger.json'];

function maxEntityDocumentMegabytes(): number {
	const value = vscode.workspace.getConfiguration('seedReader').get<number>('entities.maxDocumentSize', 8);
	return typeof value === 'number' && value > 0 ? value : 8;
}

/** The limit in UTF-16 code units, close enough to bytes for a size guard. */
function maxEntityDocumentChars(): number {
	return maxEntityDocumentMegabytes() * 1048576;
}

export interface SeedEntities {
	readonly model: SeedDocument;
	readonly index: EntityIndex;
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

	constructor(private readonly _models: SeedModelCache, private readonly _extensionUri: vscode.Uri) {
		super();
		this._register(vscode.workspace.onDidCloseTextDocument(doc => {
			if (this._entries.delete(doc.uri.toString())) {
				this._loadedRecognizer?.sweepBlocks([...this._entries.values()].map(e => e.blocks));
			}
		}));
	}

	public async get(document: SeedTextDocument): Promise<SeedEntities> {
		const recognizer = await this._loadRecognizer();
		const key = document.uri.toString();
		const cached = this._entries.get(key);
		const model = this._models.get(document);
		// The model cache knows whether this is still the same document (untitled URIs are reused).
		if (cached && cached.version === document.version && cached.entities.model === model) {
			return cached.entities;
		}
		if (model.text.length > maxEntityDocumentChars()) {
			// Past the limit, recognition would hold the host for seconds on every edit: no entities, said once.
			this._notifyTooLarge(key, model.text.length);
			const empty = { model, index: loadEntityEngine().buildEntityIndex({ ...model, blocks: [] }, recognizer) };
			this._entries.set(key, { version: document.version, entities: empty, blocks: [] });
			return empty;
		}
		const { result: index, blocks } = recognizer.trackBlocks(() => loadEntityEngine().buildEntityIndex(model, recognizer));
		const entities = { model, index };
		this._entries.set(key, { version: document.version, entities, blocks });
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

	private _notifyTooLarge(key: string, chars: number): void {
		if (this._toldTooLarge.has(key)) {
			return;
		}
		this._toldTooLarge.add(key);
		const name = key.slice(key.lastIndexOf('/') + 1);
		void vscode.window.showInformationMessage(vscode.l10n.t(
			'Seed Reader: entity hovers, references and colouring are off for {0} ({1} MB, over the {2} MB limit set by seedReader.entities.maxDocumentSize). The outline still works.',
			decodeURIComponent(name), (chars / 1048576).toFixed(1), String(maxEntityDocumentMegabytes())));
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
