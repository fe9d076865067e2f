/**
 * The corpus timeline as plain data and HTML: one row per document, by date, with its title and main
 * entities. Every piece of document text is escaped; rows are named by their index, never by document
 * text, so a message from the webview cannot name anything the extension did not list.
 */
import type { EntityType } from './entities/types';
import { escapeHtml } from './escapeHtml';

export interface TimelineRow {
	readonly date: string | null;
	readonly title: string;
	readonly fileName: string;
	readonly wordCount: number;
	readonly entities: readonly { readonly name: string; readonly type: EntityType }[];
}

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

export { escapeHtml };

/** Oldest first; undated documents last, in their given order. */
export function sortTimeline<T extends { readonly date: string | null }>(rows: readonly T[]): T[] {
	return rows.map((row, i) => ({ row, i })).sort((a, b) => {
		if (a.row.date === b.row.date) {
			return a.i - b.i;
		}
		if (a.row.date === null) {
			return 1;
		}
		if (b.row.date === null) {
			return -1;
		}
		return a.row.date < b.row.date ? -1 : 1;
	}).map(x => x.row);
}

/** The page body: a list of rows, each a button carrying its row index. Rows must already be in display order. */
export function renderTimelineBody(rows: readonly TimelineRow[]): string {
	if (rows.length === 0) {
		return '<p class="empty">No seed documents in this workspace.</p>';
	}
	const items = rows.map((row, i) => {
		const entities = row.entities.map(e => `<span class="entity ${e.type}">${escapeHtml(e.name)}</span>`).join(' ');
		return `<li><button type="button" class="row" data-row="${i}">`
			+ `<span class="date">${escapeHtml(row.date ?? 'no date')}</span>`
			+ `<span class="title">${escapeHtml(row.title)}</span>`
			+ `<span class="meta">${escapeHtml(row.fileName)} · ${row.wordCount} words</span>`
			+ (entities ? `<span class="entities">${entities}</span>` : '')
			+ '</button></li>';
	});
	return `<ol class="timeline">${items.join('')}</ol>`;
}
