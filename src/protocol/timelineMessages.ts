/**
 * Messages between the timeline webview and the extension. The webview imports this file with
 * `import type` only; the validator below runs in the extension host, which must not trust the page.
 * Rows are named by their index, never by document text, so a message cannot name anything the
 * extension did not list.
 */

/** Messages from the timeline webview. */
export namespace FromTimelineMessage {
	export interface Open {
		readonly type: 'open';
		/** Index into the rows the page was rendered with. */
		readonly row: number;
	}
	export type Type = Open;
}

export function isFromTimelineMessage(value: unknown): value is FromTimelineMessage.Type {
	const m = value as { type?: unknown; row?: unknown } | null;
	return typeof m === 'object' && m !== null && m.type === 'open' && typeof m.row === 'number' && Number.isInteger(m.row) && m.row >= 0;
}
