import * as vscode from 'vscode';
import { buildOutline, type OutlineSymbol } from '../model/outline';
import type { SeedErrorReporter } from '../util/guard';
import type { SeedModelCache } from '../documents/modelCache';
import { toRange } from '../documents/convert';

export class SeedDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
	constructor(private readonly _models: SeedModelCache, private readonly _errors: SeedErrorReporter) { }

	public provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.DocumentSymbol[] | undefined {
		if (token.isCancellationRequested) {
			return undefined;
		}
		return this._errors.guard('Outline', () => buildOutline(this._models.get(document)).map(toDocumentSymbol), []);
	}
}

function toDocumentSymbol(symbol: OutlineSymbol): vscode.DocumentSymbol {
	const result = new vscode.DocumentSymbol(symbol.name, symbol.detail, vscode.SymbolKind[symbol.kind], toRange(symbol.range), toRange(symbol.selectionRange));
	result.children = symbol.children.map(toDocumentSymbol);
	return result;
}

export function registerDocumentSymbolSupport(selector: vscode.DocumentSelector, models: SeedModelCache, errors: SeedErrorReporter): vscode.Disposable {
	return vscode.languages.registerDocumentSymbolProvider(selector, new SeedDocumentSymbolProvider(models, errors), { label: 'Seed Reader' });
}
