import * as vscode from 'vscode';

/** The "Seed Reader" output channel. Errors are reported there, never swallowed. */
export interface SeedLog extends vscode.Disposable {
	info(message: string): void;
	error(message: string, error?: unknown): void;
}

export function createSeedLog(): SeedLog {
	const channel = vscode.window.createOutputChannel('Seed Reader', { log: true });
	return {
		info: message => channel.info(message),
		error: (message, error) => channel.error(error === undefined ? message : `${message}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`),
		dispose: () => channel.dispose(),
	};
}
