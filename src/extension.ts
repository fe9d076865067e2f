import * as vscode from 'vscode';
import { SeedCorpusSupport, type SeedReaderApi } from './corpus/corpusSupport';
import { SeedWorkspaceIndex } from './corpus/workspaceIndex';
import { registerWorkspaceSymbolSupport } from './corpus/workspaceSymbols';
import { seedDiagnostics, type SeedDiagnosticsApi } from './diagnostics';
import { SeedEntityCache } from './documents/entityCache';
import { SeedModelCache } from './documents/modelCache';
import { seedSelector } from './documents/selector';
import { registerPlainTextDetection } from './language/detection';
import { registerDocumentSymbolSupport } from './language/documentSymbols';
import { registerEntityHoverSupport, registerHeaderDateHoverSupport } from './language/entityHover';
import { registerEntityDefinitionSupport, registerEntityHighlightSupport, registerEntityReferenceSupport } from './language/entityNavigation';
import { registerEntitySemanticTokensSupport } from './language/entitySemanticTokens';
import { registerFoldingSupport } from './language/folding';
import { registerSelectionRangeSupport } from './language/selectionRanges';
import { registerPreviewSupport } from './preview/previewManager';
import { entitySourceFrom } from './preview/previewServices';
import { SeedErrorReporter } from './util/guard';
import { createSeedLog } from './util/log';

export function activate(context: vscode.ExtensionContext): SeedReaderApi & SeedDiagnosticsApi {
	const log = createSeedLog();
	const errors = new SeedErrorReporter(log);
	const models = new SeedModelCache();
	const workspaceIndex = new SeedWorkspaceIndex(log);
	const entities = new SeedEntityCache(models, context.extensionUri);
	const corpus = new SeedCorpusSupport(seedSelector, models, entities, workspaceIndex, context.extensionUri, log);
	const preview = registerPreviewSupport(context, models, log, entitySourceFrom(entities));
	context.subscriptions.push(
		log,
		models,
		workspaceIndex,
		entities,
		corpus,
		registerPlainTextDetection(message => log.error(message)),
		registerDocumentSymbolSupport(seedSelector, models, errors),
		registerFoldingSupport(seedSelector, models, errors),
		registerSelectionRangeSupport(seedSelector, models, errors),
		registerWorkspaceSymbolSupport(workspaceIndex, errors, corpus.entitySymbols),
		preview,
		registerEntityHoverSupport(seedSelector, entities, corpus.crossDocumentHover),
		registerHeaderDateHoverSupport(seedSelector, models),
		registerEntityDefinitionSupport(seedSelector, entities),
		registerEntityReferenceSupport(seedSelector, entities),
		registerEntityHighlightSupport(seedSelector, entities),
		registerEntitySemanticTokensSupport(seedSelector, entities),
	);
	return { ...corpus.api, diagnostics: seedDiagnostics(preview, models, context.logUri, { library: corpus.api.library, workspaceIndex, entities }) };
}

export function deactivate(): void {
	// Everything is disposed through context.subscriptions.
}
