import * as vscode from 'vscode';
import { matchesQuery } from '../model/summary';
import type { SeedErrorReporter } from '../util/guard';
import type { SeedWorkspaceIndex } from './workspaceIndex';
import { toRange } from '../documents/convert';

/** More symbols for a query (entities across the workspace), added after titles and headings. */
export type ExtraWorkspaceSymbols = (query: string, token: vscode.CancellationToken) => Promise<vscode.SymbolInformation[]>;

export class SeedWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
	constructor(private readonly _index: SeedWorkspaceIndex, private readonly _errors: SeedErrorReporter, private readonly _extra?: ExtraWorkspaceSymbols) { }

	public provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
		return this._errors.guard('Workspace symbols', () => this._symbols(query, token), Promise.resolve([]));
	}

	private async _symbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
		const symbols: vscode.SymbolInformation[] = [];
		for (const { uri, summary } of await this._index.all(token)) {
			if (token.isCancellationRequested) {
				return [];
			}
			const container = summary.label;
			if (summary.hasTitle && summary.titleRange && matchesQuery(summary.label, query)) {
				symbols.push(new vscode.SymbolInformation(summary.label, vscode.SymbolKind.File, summary.date ?? '', new vscode.Location(uri, toRange(summary.titleRange))));
			}
			for (const heading of summary.headings) {
				if (matchesQuery(heading.name, query)) {
					symbols.push(new vscode.SymbolInformation(heading.name, vscode.SymbolKind.String, container, new vscode.Location(uri, toRange(heading.range))));
				}
			}
		}
		if (this._extra && !token.isCancellationRequested) {
			symbols.push(...await this._extra(query, token));
		}
		return symbols;
	}
}

export function registerWorkspaceSymbolSupport(index: SeedWorkspaceIndex, errors: SeedErrorReporter, extra?: ExtraWorkspaceSymbols): vscode.Disposable {
	return vscode.languages.registerWorkspaceSymbolProvider(new SeedWorkspaceSymbolProvider(index, errors, extra));
}
