import type * as vscode from 'vscode';

export const seedLanguageId = 'seed';

/** Every scheme, so seeds work in untitled editors and on remote or virtual file systems too. */
export const seedSelector: vscode.DocumentSelector = { language: seedLanguageId };
