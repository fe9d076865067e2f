import * as vscode from 'vscode';
import { selectionRanges } from '../model/selectionRanges';
import type { SeedErrorReporter } from '../util/guard';
import type { SeedModelCache } from '../documents/modelCache';

/** Expand Selection: sentence, paragraph, section, document (see model/selectionRanges.ts). */
export class SeedSelectionRangeProvider implements vscode.SelectionRangeProvider {
	constructor(private readonly _models: SeedModelCache, private readonly _errors: SeedErrorReporter) { }

	public provideSelectionRanges(document: vscode.TextDocument, positions: readonly vscode.Position[], token: vscode.CancellationToken): vscode.SelectionRange[] | undefined {
		if (token.isCancellationRequested) {
			return undefined;
		}
		return this._errors.guard('Selection ranges', () => {
			const model = this._models.get(document);
			return positions.map(position => {
				const ranges = selectionRanges(model, document.offsetAt(position));
				let range: vscode.SelectionRange | undefined;
				for (let k = ranges.length - 1; k >= 0; k--) {
					range = new vscode.SelectionRange(new vscode.Range(document.positionAt(ranges[k].start), document.positionAt(ranges[k].end)), range);
				}
				// The whole text is always there, so the chain is never empty.
				return range!;
			});
		}, []);
	}
}

export function registerSelectionRangeSupport(selector: vscode.DocumentSelector, models: SeedModelCache, errors: SeedErrorReporter): vscode.Disposable {
	return vscode.languages.registerSelectionRangeProvider(selector, new SeedSelectionRangeProvider(models, errors));
}
