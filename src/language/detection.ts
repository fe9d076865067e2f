import * as vscode from 'vscode';
import { seedLanguageId } from '../documents/selector';

const headerLine = /^\uFEFF?[ \t]*date[ \t]+\d{4}-\d{2}(?:-\d{2})?(?:[ \t]|$)/;

function detectionEnabled(): boolean {
	return vscode.workspace.getConfiguration('seedReader').get<boolean>('detectPlainText', true);
}

/** Only the first line is read: detection must cost nothing for ordinary text files. */
export function hasSeedHeader(document: vscode.TextDocument): boolean {
	return document.lineCount > 0 && headerLine.test(document.lineAt(0).text.slice(0, 64));
}

async function detect(document: vscode.TextDocument): Promise<void> {
	if (document.languageId !== 'plaintext' || !detectionEnabled() || !hasSeedHeader(document)) {
		return;
	}
	await vscode.languages.setTextDocumentLanguage(document, seedLanguageId);
}

function detectLogged(document: vscode.TextDocument, log: (message: string) => void): void {
	detect(document).catch((e: unknown) => log(`Could not switch ${document.uri.toString()} to Seed: ${e instanceof Error ? e.message : String(e)}`));
}

/**
 * Switches plain-text documents that start with a seed header to the `seed` language: on open,
 * for documents already open at activation, and when an edit gives line 0 a header.
 */
export function registerPlainTextDetection(log: (message: string) => void): vscode.Disposable {
	for (const document of vscode.workspace.textDocuments) {
		detectLogged(document, log);
	}
	return vscode.Disposable.from(
		vscode.workspace.onDidOpenTextDocument(document => detectLogged(document, log)),
		vscode.workspace.onDidChangeTextDocument(e => {
			if (e.document.languageId === 'plaintext' && e.contentChanges.some(c => c.range.start.line === 0)) {
				detectLogged(e.document, log);
			}
		}),
		vscode.workspace.onDidChangeConfiguration(e => {
			if (e.affectsConfiguration('seedReader.detectPlainText')) {
				vscode.workspace.textDocuments.forEach(document => detectLogged(document, log));
			}
		}),
	);
}
