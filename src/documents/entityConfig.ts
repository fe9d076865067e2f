import * as vscode from 'vscode';
import { bytesPerMegabyte } from '../model/sizes';
import { positiveNumber } from '../util/settings';

/** `seedReader.entities.maxDocumentSize` when unset or not a positive number. */
const defaultMaxDocumentMegabytes = 8;

/** An immutable snapshot of the `seedReader.entities.*` settings (window-scoped: no resource). */
export class SeedEntityConfiguration {
	public static read(): SeedEntityConfiguration {
		return new SeedEntityConfiguration(vscode.workspace.getConfiguration('seedReader.entities'));
	}

	/** The largest seed, in megabytes, on which entities are recognised. */
	public readonly maxDocumentSize: number;

	private constructor(config: vscode.WorkspaceConfiguration) {
		this.maxDocumentSize = positiveNumber(config.get<number>('maxDocumentSize', defaultMaxDocumentMegabytes), defaultMaxDocumentMegabytes);
	}

	/** The limit in UTF-16 code units, close enough to bytes for a size guard. */
	public get maxDocumentChars(): number {
		return this.maxDocumentSize * bytesPerMegabyte;
	}

	public isEqualTo(other: SeedEntityConfiguration): boolean {
		return this.maxDocumentSize === other.maxDocumentSize;
	}
}
