import * as vscode from 'vscode';
import { parseSeed } from '../model/parse';
import type { SeedDocument } from '../model/types';
import { Disposable } from '../util/dispose';

/** The subset of a text document the cache reads; real `vscode.TextDocument`s satisfy it. */
export interface SeedTextDocument {
	readonly uri: vscode.Uri;
	readonly version: number;
	getText(): string;
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
}

/**
 * One parsed model per (document, version), shared by the outline, hovers and the preview.
 * Entries are dropped when their document closes, so closed documents cost no memory.
 */
export class SeedModelCache extends Disposable {
	private readonly _entries = new Map<string, CacheEntry>();

	constructor() {
		super();
		this._register(vscode.workspace.onDidCloseTextDocument(doc => this._entries.delete(doc.uri.toString())));
	}

	public get(document: SeedTextDocument): SeedDocument {
		const key = document.uri.toString();
		const cached = this._entries.get(key);
		if (cached && cached.document === document && cached.version === document.version) {
			return cached.model;
		}
		const model = parseSeed(document.getText());
		this._entries.set(key, { document, version: document.version, model });
		return model;
	}
}
