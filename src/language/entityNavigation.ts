import * as vscode from 'vscode';
import { rangeAt } from '../model/positions';
import type { EntityMention } from '../model/entities/types';
import type { SeedEntities, SeedEntityCache } from '../documents/entityCache';
import { toRange } from '../documents/convert';

function mentionRange(entities: SeedEntities, m: EntityMention): vscode.Range {
	return toRange(rangeAt(entities.model.lineStarts, m.start, m.end));
}

/** Go to Definition on a name: its first full mention ("Austin" -> "Lloyd Austin"). */
export class SeedEntityDefinitionProvider implements vscode.DefinitionProvider {
	constructor(private readonly _entities: SeedEntityCache) { }

	public async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
		const found = await this._entities.mentionAt(document, position);
		if (!found) {
			return undefined;
		}
		const entity = found.entities.index.entities[found.mention.entity];
		return new vscode.Location(document.uri, mentionRange(found.entities, entity.mentions[entity.definition]));
	}
}

/** Find All References: every mention of the entity, under any of its names. */
export class SeedEntityReferenceProvider implements vscode.ReferenceProvider {
	constructor(private readonly _entities: SeedEntityCache) { }

	public async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): Promise<vscode.Location[]> {
		const found = await this._entities.mentionAt(document, position);
		if (!found) {
			return [];
		}
		const entity = found.entities.index.entities[found.mention.entity];
		const definition = entity.mentions[entity.definition];
		return entity.mentions
			.filter(m => context.includeDeclaration || m !== definition)
			.map(m => new vscode.Location(document.uri, mentionRange(found.entities, m)));
	}
}

/** Highlights every mention of the entity under the cursor; the definition counts as a write. */
export class SeedEntityHighlightProvider implements vscode.DocumentHighlightProvider {
	constructor(private readonly _entities: SeedEntityCache) { }

	public async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.DocumentHighlight[]> {
		const found = await this._entities.mentionAt(document, position);
		if (!found) {
			return [];
		}
		const entity = found.entities.index.entities[found.mention.entity];
		return entity.mentions.map((m, i) => new vscode.DocumentHighlight(mentionRange(found.entities, m),
			i === entity.definition ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read));
	}
}

export function registerEntityDefinitionSupport(selector: vscode.DocumentSelector, entities: SeedEntityCache): vscode.Disposable {
	return vscode.languages.registerDefinitionProvider(selector, new SeedEntityDefinitionProvider(entities));
}

export function registerEntityReferenceSupport(selector: vscode.DocumentSelector, entities: SeedEntityCache): vscode.Disposable {
	return vscode.languages.registerReferenceProvider(selector, new SeedEntityReferenceProvider(entities));
}

export function registerEntityHighlightSupport(selector: vscode.DocumentSelector, entities: SeedEntityCache): vscode.Disposable {
	return vscode.languages.registerDocumentHighlightProvider(selector, new SeedEntityHighlightProvider(entities));
}
