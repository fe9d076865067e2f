import * as vscode from 'vscode';
import type { Entity, EntityType } from '../model/entities/types';
import { matchesQuery } from '../model/summary';
import { crossDocumentMarkdown, mentionRanges } from '../model/workspaceEntities';
import { toRange } from '../documents/convert';
import type { SeedEntityCache } from '../documents/entityCache';
import { seedLabel, type SeedWorkspaceEntities } from './corpusEntities';

/** A hover waits at most this long for the workspace entity index; the index keeps building after. */
const hoverWaitMs = 750;
/** At most this many entity symbols per query (the picker shows few, and every one costs a row). */
const maxEntitySymbols = 1000;

/** Looks up the other seeds mentioning an entity, as hover markdown; plugged into the entity hover. */
export type CrossDocumentLookup = (document: vscode.TextDocument, entity: Pick<Entity, 'name' | 'type'>) => Promise<string | undefined>;

export function crossDocumentLookup(corpus: SeedWorkspaceEntities): CrossDocumentLookup {
	return async (document, entity) => {
		if (!corpus.isComplete) {
			await corpus.refreshWithin(hoverWaitMs);
		}
		const occurrences = corpus.occurrences(entity, document.uri);
		return crossDocumentMarkdown(occurrences, o => {
			const uri = vscode.Uri.parse(o.doc);
			return { label: seedLabel(corpus.seed(o.doc), uri), link: uri.with({ fragment: `L${o.first.line + 1}` }).toString() };
		});
	};
}

/**
 * Find All References across seeds: the mentions of the same entity (name and type) in the other seeds,
 * when `seedReader.references.includeOtherSeeds` is on. The entity provider answers for this document.
 */
export class SeedCrossDocumentReferenceProvider implements vscode.ReferenceProvider {
	constructor(private readonly _entities: SeedEntityCache, private readonly _corpus: SeedWorkspaceEntities) { }

	public async provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[]> {
		if (!vscode.workspace.getConfiguration('seedReader', document).get<boolean>('references.includeOtherSeeds', false)) {
			return [];
		}
		const found = await this._entities.mentionAt(document, position);
		if (!found || token.isCancellationRequested) {
			return [];
		}
		await this._corpus.refresh(token);
		const entity = found.entities.index.entities[found.mention.entity];
		const locations: vscode.Location[] = [];
		for (const o of this._corpus.occurrences(entity, document.uri)) {
			const uri = vscode.Uri.parse(o.doc);
			for (const range of mentionRanges(o.entity)) {
				locations.push(new vscode.Location(uri, toRange(range)));
			}
		}
		return locations;
	}
}

const symbolKinds: Readonly<Record<EntityType, vscode.SymbolKind>> = {
	person: vscode.SymbolKind.Variable,
	organization: vscode.SymbolKind.Class,
	place: vscode.SymbolKind.Module,
	group: vscode.SymbolKind.EnumMember,
	date: vscode.SymbolKind.Number,
	number: vscode.SymbolKind.Number,
};

/** Entities as workspace symbols: one per entity and seed, at its first mention. Empty queries list none. */
export function entityWorkspaceSymbols(corpus: SeedWorkspaceEntities): (query: string, token: vscode.CancellationToken) => Promise<vscode.SymbolInformation[]> {
	return async (query, token) => {
		if (query.trim().length === 0) {
			return [];
		}
		if (!corpus.isComplete) {
			await corpus.refreshWithin(hoverWaitMs);
		}
		const symbols: vscode.SymbolInformation[] = [];
		for (const entity of corpus.index.search('')) {
			if (token.isCancellationRequested || symbols.length >= maxEntitySymbols) {
				break;
			}
			if (!matchesQuery(entity.name, query)) {
				continue;
			}
			for (const o of corpus.index.occurrences(entity.key)) {
				const uri = vscode.Uri.parse(o.doc);
				const first = mentionRanges(o.entity)[0];
				symbols.push(new vscode.SymbolInformation(entity.name, symbolKinds[entity.type], seedLabel(corpus.seed(o.doc), uri), new vscode.Location(uri, toRange(first))));
			}
		}
		return symbols.slice(0, maxEntitySymbols);
	};
}

export function registerCrossDocumentReferenceSupport(selector: vscode.DocumentSelector, entities: SeedEntityCache, corpus: SeedWorkspaceEntities): vscode.Disposable {
	return vscode.languages.registerReferenceProvider(selector, new SeedCrossDocumentReferenceProvider(entities, corpus));
}
