import * as vscode from 'vscode';
import { entityTokenModifiers, entityTokenTypes, semanticTokenData } from '../model/entities/semanticTokens';
import type { SeedEntityCache } from '../documents/entityCache';

/** Must match `contributes.semanticTokenTypes`/`semanticTokenModifiers` in package.json. */
export const seedEntityLegend = new vscode.SemanticTokensLegend([...entityTokenTypes], [...entityTokenModifiers]);

/** Colours people, places, organisations, groups, dates and figures. */
export class SeedEntitySemanticTokensProvider implements vscode.DocumentSemanticTokensProvider {
	constructor(private readonly _entities: SeedEntityCache) { }

	public async provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens | undefined> {
		const { model, index } = await this._entities.get(document);
		if (token.isCancellationRequested) {
			return undefined;
		}
		return new vscode.SemanticTokens(semanticTokenData(model, index));
	}
}

export function registerEntitySemanticTokensSupport(selector: vscode.DocumentSelector, entities: SeedEntityCache): vscode.Disposable {
	return vscode.languages.registerDocumentSemanticTokensProvider(selector, new SeedEntitySemanticTokensProvider(entities), seedEntityLegend);
}
