import * as vscode from 'vscode';
import { registerPlainTextDetection } from './language/detection';
import { registerDocumentSymbolSupport } from './language/documentSymbols';
import { registerFoldingSupport } from './language/folding';
import { SeedModelCache } from './language/modelCache';
import { seedSelector } from './language/selector';
import { SeedWorkspaceIndex } from './language/workspaceIndex';
import { registerWorkspaceSymbolSupport } from './language/workspaceSymbols';
import { registerPreviewSupport } from './preview/previewManager';
import { createSeedLog } from './util/log';

export function activate(context: vscode.ExtensionContext): void {
	const log = createSeedLog();
	const models = new SeedModelCache();
	const workspaceIndex = new SeedWorkspaceIndex(log);
	context.subscriptions.push(
		log,
		models,
		workspaceIndex,
		registerPlainTextDetection(message => log.error(message)),
		registerDocumentSymbolSupport(seedSelector, models),
		registerFoldingSupport(seedSelector, models),
		registerWorkspaceSymbolSupport(workspaceIndex),
		registerPreviewSupport(context, models, log),
	);
}

export function deactivate(): void {
	// Everything is disposed through context.subscriptions.
}
