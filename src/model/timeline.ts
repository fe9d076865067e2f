/**
 * The corpus timeline as plain data: one row per document, by date, with its title and main entities.
 * The page is rendered by src/corpus/timelineHtml.ts.
 */
import type { EntityType } from './entities/types';

export interface TimelineRow {
	readonly date: string | null;
	readonly title: string;
	readonly fileName: string;
	readonly wordCount: number;
	readonly entities: readonly { readonly name: string; readonly type: EntityType }[];
}

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
