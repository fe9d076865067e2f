import * as vscode from 'vscode';
import type { SeedLog } from './log';

/**
 * Runs a provider body so that a bug costs one feature one result, never the extension host: the
 * error goes to the "Seed Reader" output channel every time, and to the user once per feature
 * per session, not once per keystroke.
 */
export class SeedErrorReporter {
	private readonly _reported = new Set<string>();

	constructor(private readonly _log: SeedLog) { }

	public guard<T>(feature: string, body: () => T, fallback: T): T {
		try {
			const result = body();
			if (result instanceof Promise) {
				return result.catch((e: unknown) => this.report(feature, e, fallback)) as T;
			}
			return result;
		} catch (e) {
			return this.report(feature, e, fallback);
		}
	}

	public report<T>(feature: string, error: unknown, fallback: T): T {
		this._log.error(`${feature} failed`, error);
		if (!this._reported.has(feature)) {
			this._reported.add(feature);
			void vscode.window.showWarningMessage(vscode.l10n.t('Seed Reader: {0} failed on this document. Details are in the "Seed Reader" output.', feature));
		}
		return fallback;
	}
}
