import * as vscode from 'vscode';
import { SeedModelCache } from './language/modelCache';
import { seedSelector } from './language/selector';

export function activate(context: vscode.ExtensionContext): void {
	const models = new SeedModelCache();
	context.subscriptions.push(
		models,
		// Feature registrations: one `registerXSupport(...)` call each, every one returning a Disposable.
	);
	void seedSelector;
}

export function deactivate(): void {
	// Everything is disposed through context.subscriptions.
}
