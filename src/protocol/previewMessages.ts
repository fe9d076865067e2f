/**
 * Messages between the preview webview and the extension. The webview imports this file with
 * `import type` only; the validator below runs in the extension host, which must not trust the webview.
 *
 * Lines are 0-based source lines and may be fractional (a position inside a long wrapped line).
 */

/** Settings the webview reads from `data-settings` when it loads. */
export interface PreviewSettings {
	/** The previewed document, echoed back in every message so stale panels can be ignored. */
	readonly source: string;
	/** Fractional source line to show first; undefined keeps the top. */
	readonly line: number | undefined;
	readonly version: number;
	readonly scrollPreviewWithEditor: boolean;
	readonly scrollEditorWithPreview: boolean;
	readonly doubleClickToSwitchToEditor: boolean;
	readonly locked: boolean;
}

/** What the webview keeps with `setState` so the serializer can restore the panel after a reload. */
export interface PreviewState {
	readonly resource: string;
	readonly line: number | undefined;
	readonly locked: boolean;
}

export namespace ToWebviewMessage {
	interface Base {
		readonly source: string;
	}
	/** A new body for the same document (or the document followed to another editor). */
	export interface UpdateContent extends Base {
		readonly type: 'updateContent';
		readonly body: string;
		readonly version: number;
		/** Present when the panel switched documents: scroll to this line instead of keeping position. */
		readonly line?: number;
		readonly title: string;
	}
	/** The editor scrolled: show this source line at the top. */
	export interface UpdateView extends Base {
		readonly type: 'updateView';
		readonly line: number;
	}
	export interface ToggleToc extends Base {
		readonly type: 'toggleToc';
	}
	export interface UpdateSettings extends Base {
		readonly type: 'updateSettings';
		readonly settings: PreviewSettings;
	}
	export type Type = UpdateContent | UpdateView | ToggleToc | UpdateSettings;
}

export namespace FromWebviewMessage {
	interface Base {
		readonly source: string;
	}
	/** The script has loaded and listens for messages. */
	export interface Ready extends Base {
		readonly type: 'ready';
		readonly version: number;
	}
	/** The preview scrolled by the user: reveal this line in the editor. */
	export interface RevealLine extends Base {
		readonly type: 'revealLine';
		readonly line: number;
	}
	export interface DidDoubleClick extends Base {
		readonly type: 'didDoubleClick';
		readonly line: number;
	}
	/** A body was put into the DOM; `ms` is the webview's own time from message to layout. */
	export interface Rendered extends Base {
		readonly type: 'rendered';
		readonly version: number;
		readonly ms: number;
	}
	export type Type = Ready | RevealLine | DidDoubleClick | Rendered;
}

function isFiniteNumber(value: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): value is number {
	return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

/**
 * Checks a message from the webview field by field; returns undefined for anything malformed.
 * Only the fields of the declared shape are copied, so unexpected properties never travel further.
 */
export function parseFromWebviewMessage(raw: unknown): FromWebviewMessage.Type | undefined {
	if (typeof raw !== 'object' || raw === null) {
		return undefined;
	}
	const m = raw as Record<string, unknown>;
	if (typeof m.source !== 'string') {
		return undefined;
	}
	const source = m.source;
	switch (m.type) {
		case 'ready':
			return isFiniteNumber(m.version, -1) ? { type: 'ready', source, version: m.version } : undefined;
		case 'revealLine':
		case 'didDoubleClick':
			return isFiniteNumber(m.line) ? { type: m.type, source, line: m.line } : undefined;
		case 'rendered':
			return isFiniteNumber(m.version, -1) && isFiniteNumber(m.ms)
				? { type: 'rendered', source, version: m.version, ms: m.ms }
				: undefined;
		default:
			return undefined;
	}
}

/** Validates state restored by the serializer (it was written by the webview, so it is untrusted too). */
export function parsePreviewState(raw: unknown): PreviewState | undefined {
	if (typeof raw !== 'object' || raw === null) {
		return undefined;
	}
	const s = raw as Record<string, unknown>;
	if (typeof s.resource !== 'string') {
		return undefined;
	}
	return {
		resource: s.resource,
		line: isFiniteNumber(s.line) ? s.line : undefined,
		locked: s.locked === true,
	};
}
