import * as vscode from 'vscode';
import { registerPlainTextDetection } from './language/detection';
import { registerDocumentSymbolSupport } from './language/documentSymbols';
import { SeedEntityCache } from './language/entityCache';
import { registerEntityHoverSupport, registerHeaderDateHoverSupport } from './language/entityHover';
import { registerEntityDefinitionSupport, registerEntityHighlightSupport, registerEntityReferenceSupport } from './language/entityNavigation';
import { registerEntitySemanticTokensSupport } from './language/entitySemanticTokens';
import { registerFoldingSupport } from './language/folding';
import { SeedModelCache } from './language/modelCache';
import { seedSelector } from './language/selector';
import { SeedWorkspaceIndex } from './language/workspaceIndex';
import { registerWorkspaceSymbolSupport } from './language/workspaceSymbols';
import { registerPreviewSupport } from './preview/previewManager';
import { SeedErrorReporter } from './util/guard';
import { createSeedLog } from './util/log';

export function activate(context: vscode.ExtensionContext): void {
	const log = createSeedLog();
	const errors = new SeedErrorReporter(log);
	const models = new SeedModelCache();
	const workspaceIndex = new SeedWorkspaceIndex(log);
	const entities = new SeedEntityCache(models, context.extensionUri);
	context.subscriptions.push(
		log,
		models,
		workspaceIndex,
		entities,
		registerPlainTextDetection(message => log.error(message)),
		registerDocumentSymbolSupport(seedSelector, models, errors),
		registerFoldingSupport(seedSelector, models, errors),
		registerWorkspaceSymbolSupport(workspaceIndex, errors),
		registerPreviewSupport(context, models, log),
		registerEntityHoverSupport(seedSelector, entities),
		registerHeaderDateHoverSupport(seedSelector, models),
		registerEntityDefinitionSupport(seedSelector, entities),
		registerEntityReferenceSupport(seedSelector, entities),
		registerEntityHighlightSupport(seedSelector, entities),
		registerEntitySemanticTokensSupport(seedSelector, entities),
	);
}

export function deactivate(): void {
	// Everything is disposed through context.subscriptions.
}
