import * as vscode from 'vscode';
import { buildFoldingRegions } from '../model/folding';
import type { SeedErrorReporter } from '../util/guard';
import type { SeedModelCache } from '../documents/modelCache';

export class SeedFoldingRangeProvider implements vscode.FoldingRangeProvider {
	constructor(private readonly _models: SeedModelCache, private readonly _errors: SeedErrorReporter) { }

	public provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): vscode.FoldingRange[] | undefined {
		if (token.isCancellationRequested) {
			return undefined;
		}
		return this._errors.guard('Folding', () => buildFoldingRegions(this._models.get(document)).map(r =>
			new vscode.FoldingRange(r.start, r.end, r.kind === 'comment' ? vscode.FoldingRangeKind.Comment : vscode.FoldingRangeKind.Region)), []);
	}
}

export function registerFoldingSupport(selector: vscode.DocumentSelector, models: SeedModelCache, errors: SeedErrorReporter): vscode.Disposable {
	return vscode.languages.registerFoldingRangeProvider(selector, new SeedFoldingRangeProvider(models, errors));
}
