import * as vscode from 'vscode';
import { bytesPerMegabyte } from '../model/sizes';
import { positiveNumber } from '../util/settings';

/** `seedReader.preview.maxDocumentSize` when unset or not a positive number. */
const defaultMaxDocumentMegabytes = 16;

/**
 * An immutable snapshot of the `seedReader.preview.*` settings for one resource: every one the preview
 * and the export read, so a change of any of them is seen by `isEqualTo` and re-renders.
 */
export class SeedPreviewConfiguration {
	public static getForResource(resource: vscode.Uri): SeedPreviewConfiguration {
		return new SeedPreviewConfiguration(
			vscode.workspace.getConfiguration('seedReader.preview', resource),
			// Window-scoped (package.json gives it no scope): read without the resource, or the host warns.
			vscode.workspace.getConfiguration('seedReader.preview'),
		);
	}

	public readonly scrollPreviewWithEditor: boolean;
	public readonly scrollEditorWithPreview: boolean;
	public readonly doubleClickToSwitchToEditor: boolean;
	public readonly fontFamily: string;
	/** Pixels; 0 or less means "the editor's default". */
	public readonly fontSize: number;
	/** Unitless multiplier. */
	public readonly lineHeight: number;
	public readonly hideBoilerplate: boolean;
	public readonly showToc: boolean;
	/** Paths of local CSS files (absolute or relative to the document's workspace folder). */
	public readonly styles: readonly string[];
	/** The largest part of a seed the preview and the export render, in megabytes. */
	public readonly maxDocumentSize: number;

	private constructor(config: vscode.WorkspaceConfiguration, windowConfig: vscode.WorkspaceConfiguration) {
		this.scrollPreviewWithEditor = config.get<boolean>('scrollPreviewWithEditor', true);
		this.scrollEditorWithPreview = config.get<boolean>('scrollEditorWithPreview', true);
		this.doubleClickToSwitchToEditor = config.get<boolean>('doubleClickToSwitchToEditor', true);
		this.fontFamily = config.get<string>('fontFamily', '');
		this.fontSize = clampNumber(config.get<number>('fontSize', 17), 0, 64, 17);
		this.lineHeight = clampNumber(config.get<number>('lineHeight', 1.65), 1, 3, 1.65);
		this.hideBoilerplate = config.get<boolean>('hideBoilerplate', true);
		this.showToc = config.get<boolean>('showToc', true);
		const styles = config.get<unknown>('styles', []);
		this.styles = Array.isArray(styles) ? styles.filter((s): s is string => typeof s === 'string') : [];
		this.maxDocumentSize = positiveNumber(windowConfig.get<number>('maxDocumentSize', defaultMaxDocumentMegabytes), defaultMaxDocumentMegabytes);
	}

	/** `maxDocumentSize` in UTF-16 code units, the unit the cut is made in. */
	public get maxDocumentChars(): number {
		return this.maxDocumentSize * bytesPerMegabyte;
	}

	/**
	 * Compares every field, as MLF's preview configuration does, so a setting added later cannot be
	 * forgotten here: arrays element by element, everything else with `===`.
	 */
	public isEqualTo(other: SeedPreviewConfiguration): boolean {
		const mine = this as unknown as Record<string, unknown>;
		const theirs = other as unknown as Record<string, unknown>;
		return Object.keys(mine).every(key => sameValue(mine[key], theirs[key]));
	}
}

function sameValue(a: unknown, b: unknown): boolean {
	if (Array.isArray(a) && Array.isArray(b)) {
		return a.length === b.length && a.every((value, i) => value === b[i]);
	}
	return a === b;
}

function clampNumber(value: unknown, min: number, max: number, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}
