/**
 * The Seed Library's tree as plain data: documents grouped by date (year, then month) or by folder,
 * sorted by date or title, filtered by text or by entity. The tree view adapter only turns these nodes
 * into TreeItems. Documents are named by opaque ids (the adapter uses URI strings).
 */
import { monthNames } from './calendar';
import { countWords } from './words';

export interface LibraryEntry {
	readonly id: string;
	/** Folder path relative to the workspace ('' at the root), '/'-separated. */
	readonly folder: string;
	readonly fileName: string;
	/** The header date (`YYYY-MM-DD` or `YYYY-MM`), or null. */
	readonly date: string | null;
	readonly label: string;
	readonly wordCount: number;
}

export type LibraryGroupBy = 'date' | 'folder';
export type LibrarySortBy = 'date' | 'title';

export interface LibraryFilter {
	/** Matches the label, file name or folder (case-insensitive substring). */
	readonly text?: string;
	/** Only documents for which this returns true (the adapter asks the workspace entity index). */
	readonly entity?: string;
}

export interface LibraryOptions {
	readonly groupBy: LibraryGroupBy;
	readonly sortBy: LibrarySortBy;
	readonly filter?: LibraryFilter;
	/** Required when `filter.entity` is set: whether a document mentions that entity. */
	readonly mentions?: (id: string, entity: string) => boolean;
}

export interface LibraryGroup {
	readonly kind: 'group';
	/** Stable across refreshes, so the tree keeps expansion state ("date:2024", "date:2024-03", "folder:seeds/archive"). */
	readonly id: string;
	readonly label: string;
	readonly children: readonly LibraryNode[];
	/** Documents below this group. */
	readonly count: number;
}

export interface LibraryDocument {
	readonly kind: 'document';
	readonly entry: LibraryEntry;
}

export type LibraryNode = LibraryGroup | LibraryDocument;

export function monthName(month: number): string {
	return monthNames[month - 1] ?? String(month);
}

/** Newest first; undated documents last; ties by label. */
function compareByDate(a: LibraryEntry, b: LibraryEntry): number {
	if (a.date !== b.date) {
		if (a.date === null) {
			return 1;
		}
		if (b.date === null) {
			return -1;
		}
		return a.date < b.date ? 1 : -1;
	}
	return compareByTitle(a, b);
}

function compareByTitle(a: LibraryEntry, b: LibraryEntry): number {
	return a.label.localeCompare(b.label, undefined, { sensitivity: 'base' }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function matchesFilter(entry: LibraryEntry, options: Pick<LibraryOptions, 'filter' | 'mentions'>): boolean {
	const text = options.filter?.text?.trim().toLowerCase();
	if (text && !entry.label.toLowerCase().includes(text) && !entry.fileName.toLowerCase().includes(text) && !entry.folder.toLowerCase().includes(text)) {
		return false;
	}
	const entity = options.filter?.entity?.trim();
	if (entity && !(options.mentions?.(entry.id, entity) ?? false)) {
		return false;
	}
	return true;
}

/** The library tree: groups (never empty) holding sorted documents. */
export function buildLibraryTree(entries: readonly LibraryEntry[], options: LibraryOptions): LibraryGroup[] {
	const kept = entries.filter(e => matchesFilter(e, options));
	kept.sort(options.sortBy === 'date' ? compareByDate : compareByTitle);
	const docs = (list: LibraryEntry[]): LibraryDocument[] => list.map(entry => ({ kind: 'document', entry }));
	if (options.groupBy === 'folder') {
		const folders = new Map<string, LibraryEntry[]>();
		for (const e of kept) {
			let list = folders.get(e.folder);
			if (!list) {
				list = [];
				folders.set(e.folder, list);
			}
			list.push(e);
		}
		return [...folders.keys()].sort().map(folder => ({
			kind: 'group', id: `folder:${folder}`, label: folder || '(workspace root)', children: docs(folders.get(folder)!), count: folders.get(folder)!.length,
		}));
	}
	// By date: year, then month; the order of years and months follows the sort (newest first for date).
	const years = new Map<string, Map<string, LibraryEntry[]>>();
	for (const e of kept) {
		const m = e.date ? /^(\d{4})-(\d{2})/.exec(e.date) : null;
		const year = m ? m[1] : '';
		const month = m ? m[2] : '';
		let months = years.get(year);
		if (!months) {
			months = new Map();
			years.set(year, months);
		}
		let list = months.get(month);
		if (!list) {
			list = [];
			months.set(month, list);
		}
		list.push(e);
	}
	const descending = (a: string, b: string) => (a === '' ? 1 : b === '' ? -1 : a < b ? 1 : a > b ? -1 : 0);
	return [...years.keys()].sort(descending).map(year => {
		const months = years.get(year)!;
		if (year === '') {
			const list = months.get('')!;
			return { kind: 'group', id: 'date:none', label: 'No date', children: docs(list), count: list.length };
		}
		const children: LibraryGroup[] = [...months.keys()].sort(descending).map(month => {
			const list = months.get(month)!;
			return { kind: 'group', id: `date:${year}-${month}`, label: `${monthName(Number(month))} ${year}`, children: docs(list), count: list.length };
		});
		return { kind: 'group', id: `date:${year}`, label: year, children, count: children.reduce((n, c) => n + c.count, 0) };
	});
}

/** "1,234 words": the count with thousands separators (fixed 'en' grouping, so tests do not depend on the locale). */
export function formatWords(words: number): string {
	return `${words.toLocaleString('en-US')} word${words === 1 ? '' : 's'}`;
}

export const wordsPerMinute = 230;

/**
 * Reading time at `wordsPerMinute`: "< 1 min" under half a minute's text, else whole minutes, rounded; an
 * hour or more in hours and minutes ("3 h 5 min"), as a huge seed would otherwise read "3261 min".
 */
export function formatReadingTime(words: number): string {
	const minutes = Math.round(words / wordsPerMinute);
	if (minutes >= 60) {
		const rest = minutes % 60;
		return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
	}
	return minutes < 1 ? '< 1 min' : `${minutes} min`;
}

export interface ReadingStats {
	readonly words: number;
	readonly selectionWords?: number;
}

/** The status bar text: "1,234 words · 5 min read", or for a selection "45 of 1,234 words · < 1 min". */
export function formatReadingStats(stats: ReadingStats): string {
	if (stats.selectionWords !== undefined) {
		return `${stats.selectionWords.toLocaleString('en-US')} of ${formatWords(stats.words)} · ${formatReadingTime(stats.selectionWords)}`;
	}
	return `${formatWords(stats.words)} · ${formatReadingTime(stats.words)} read`;
}

/** Words in a selection: the same rule as the document count (runs of non-space characters). */
export function selectionWords(text: string): number {
	let words = 0;
	for (const line of text.split(/\r?\n/)) {
		words += countWords(line);
	}
	return words;
}
