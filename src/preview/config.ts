import * as vscode from 'vscode';

/** An immutable snapshot of the `seedReader.preview.*` settings for one resource. */
export class SeedPreviewConfiguration {
	public static getForResource(resource: vscode.Uri): SeedPreviewConfiguration {
		return new SeedPreviewConfiguration(vscode.workspace.getConfiguration('seedReader.preview', resource));
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

	private constructor(config: vscode.WorkspaceConfiguration) {
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
	}

	public isEqualTo(other: SeedPreviewConfiguration): boolean {
		return this.scrollPreviewWithEditor === other.scrollPreviewWithEditor
			&& this.scrollEditorWithPreview === other.scrollEditorWithPreview
			&& this.doubleClickToSwitchToEditor === other.doubleClickToSwitchToEditor
			&& this.fontFamily === other.fontFamily
			&& this.fontSize === other.fontSize
			&& this.lineHeight === other.lineHeight
			&& this.hideBoilerplate === other.hideBoilerplate
			&& this.showToc === other.showToc
			&& this.styles.length === other.styles.length
			&& this.styles.every((s, i) => s === other.styles[i]);
	}
}

function clampNumber(value: unknown, min: number, max: number, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}
