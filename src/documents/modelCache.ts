import * as vscode from 'vscode';
import { parseSeed, reparseSeed } from '../model/parse';
import type { SeedDocument } from '../model/types';
import { Disposable } from '../util/dispose';

/** The subset of a text document the cache reads; real `vscode.TextDocument`s satisfy it. */
export interface SeedTextDocument {
	readonly uri: vscode.Uri;
	readonly version: number;
	getText(): string;
}

/** One change since the cached version: `deleted` characters at `offset` replaced by `text`. */
interface PendingEdit {
	readonly offset: number;
	readonly deleted: number;
	readonly text: string;
}

interface CacheEntry {
	/**
	 * The document object the model was built for. Untitled documents reuse URIs ("Untitled-1") and
	 * start again at version 1, and a close event can arrive after the next open: (uri, version) alone
	 * would then hand a new document the old one's model.
	 */
	readonly document: SeedTextDocument;
	readonly version: number;
	readonly model: SeedDocument;
	/** Single-range edits since `version`, through version `editedVersion`; undefined once they cannot be followed. */
	edits: PendingEdit[] | undefined;
	editedVersion: number;
}

/** Edits kept per document before a full parse is cheaper than replaying them. */
const maxPendingEdits = 64;

/** How models were made, for the bench and the real-VS-Code tests. */
export interface SeedParseCounts {
	readonly full: number;
	readonly incremental: number;
}

/**
 * One parsed model per (document, version), shared by the outline, hovers and the preview. A new
 * version is parsed from the last model and the edits since, when they were simple (one range per
 * change): only the lines they touched are read again. Entries are dropped when their document
 * closes, so closed documents cost no memory, and nothing is parsed until a feature asks.
 */
export class SeedModelCache extends Disposable {
	private readonly _entries = new Map<string, CacheEntry>();
	private _fullParses = 0;
	private _incrementalParses = 0;

	constructor() {
		super();
		this._register(vscode.workspace.onDidCloseTextDocument(doc => this._entries.delete(doc.uri.toString())));
		this._register(vscode.workspace.onDidChangeTextDocument(event => this._recordEdits(event)));
	}

	public get parseCounts(): SeedParseCounts {
		return { full: this._fullParses, incremental: this._incrementalParses };
	}

	public get(document: SeedTextDocument): SeedDocument {
		const key = document.uri.toString();
		const cached = this._entries.get(key);
		if (cached && cached.document === document) {
			if (cached.version === document.version) {
				return cached.model;
			}
			if (cached.edits && cached.editedVersion === document.version && cached.edits.length > 0) {
				return this._remember(key, document, this._replay(cached.model, cached.edits, document.getText()));
			}
		}
		this._fullParses++;
		return this._remember(key, document, parseSeed(document.getText()));
	}

	private _remember(key: string, document: SeedTextDocument, model: SeedDocument): SeedDocument {
		this._entries.set(key, { document, version: document.version, model, edits: [], editedVersion: document.version });
		return model;
	}

	private _replay(model: SeedDocument, edits: readonly PendingEdit[], finalText: string): SeedDocument {
		let current = model;
		edits.forEach((edit, i) => {
			const text = i === edits.length - 1
				? finalText
				: current.text.slice(0, edit.offset) + edit.text + current.text.slice(edit.offset + edit.deleted);
			current = reparseSeed(current, text, { offset: edit.offset, deleted: edit.deleted, inserted: edit.text.length });
		});
		this._incrementalParses++;
		return current;
	}

	private _recordEdits(event: vscode.TextDocumentChangeEvent): void {
		const entry = this._entries.get(event.document.uri.toString());
		if (!entry || entry.document !== event.document || event.contentChanges.length === 0 || entry.editedVersion >= event.document.version) {
			// Not cached, nothing changed, or a feature asked for this version before the event reached us.
			return;
		}
		// Several ranges in one change (multi-cursor edits) are rare; their offsets are easier to get
		// wrong than a full parse is slow.
		const followable = entry.edits !== undefined && entry.editedVersion === event.document.version - 1
			&& event.contentChanges.length === 1 && entry.edits.length < maxPendingEdits;
		if (!followable) {
			entry.edits = undefined;
			return;
		}
		const change = event.contentChanges[0];
		entry.edits!.push({ offset: change.rangeOffset, deleted: change.rangeLength, text: change.text });
		entry.editedVersion = event.document.version;
	}
}
