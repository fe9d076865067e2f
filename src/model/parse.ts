import { attachBlockTable, SeedBlock, type BlockTable } from './block';
import { decideKinds } from './decideKinds';
import { lineAt } from './positions';
import { findRelatedStories } from './relatedStories';
import { buildSections } from './sections';
import {
	ensureCapacity, grown, heading, listItem, newSourceLines, pushLineStart, readLines, scanLines, subtitle, title, type SourceLines,
} from './sourceLines';
import type { Block, SeedDocument, SeedHeader } from './types';

/** One edit, in offsets of the text before it: `deleted` characters at `offset` replaced by `inserted` ones. */
export interface SeedTextEdit {
	readonly offset: number;
	readonly deleted: number;
	readonly inserted: number;
}

/** What a model keeps of its parse so that the next version can reuse the lines an edit did not touch. */
interface LineRecords {
	readonly anyCarriageReturn: boolean;
	readonly lineStarts: Int32Array;
	readonly count: number;
	/** Each line's class on its own, before neighbours were looked at. */
	readonly lineClass: Uint8Array;
	readonly start: Int32Array;
	readonly end: Int32Array;
	readonly line: Int32Array;
	readonly words: Uint16Array;
	readonly marker: ReadonlyMap<number, string>;
}

const lineRecords = new WeakMap<SeedDocument, LineRecords>();

/**
 * Parses a seed document. Never throws: any text, including empty, binary-looking or huge input,
 * yields a model (possibly with no blocks). Every non-blank line becomes exactly one block, because
 * seed text puts one paragraph on a line far more often than it wraps paragraphs.
 */
export function parseSeed(text: string): SeedDocument {
	const lines = newSourceLines(text);
	const header = readLines(lines);
	return finishModel(lines, header, text.indexOf('\r') >= 0);
}

/**
 * The model of `text`, the text of `previous` after `edit`: the same model `parseSeed(text)` gives,
 * but lines the edit did not touch keep their classes, so only the edited lines are read again.
 * Neighbour-dependent kinds (title, headings) are decided again for the whole document, which is
 * a pass over small arrays. Falls back to a full parse when the edit reaches the header line or the
 * text has carriage returns (rare in seeds, and they make line breaks two characters wide).
 */
export function reparseSeed(previous: SeedDocument, text: string, edit: SeedTextEdit): SeedDocument {
	const old = lineRecords.get(previous);
	const oldText = previous.text;
	const { offset, deleted, inserted } = edit;
	if (!old || old.anyCarriageReturn || offset < 0 || deleted < 0 || inserted < 0 || offset + deleted > oldText.length
		|| text.length !== oldText.length - deleted + inserted || hasCarriageReturn(text, offset, offset + inserted)) {
		return parseSeed(text);
	}
	const oldStarts = old.lineStarts;
	const firstLine = lineAt(oldStarts, offset);
	if (firstLine === 0) {
		return parseSeed(text);
	}
	const resumeLine = lineAt(oldStarts, offset + deleted) + 1;
	const delta = inserted - deleted;
	const stopAt = resumeLine < oldStarts.length ? oldStarts[resumeLine] + delta : -1;

	const lines = newSourceLines(text);
	// Lines before the edit, as they were.
	const kept = firstRecordOnOrAfter(old, firstLine);
	copyRecords(old, 0, kept, lines, 0, 0);
	lines.lineStarts = grown(lines.lineStarts, firstLine + 1);
	lines.lineStarts.set(oldStarts.subarray(0, firstLine + 1));
	lines.lineCount = firstLine + 1;
	// The edited lines, read again.
	scanLines(lines, oldStarts[firstLine], firstLine, stopAt, false);
	// Lines after the edit, moved by the characters and lines it added or removed.
	if (stopAt >= 0) {
		const lineDelta = lines.lineCount - resumeLine;
		lines.lineStarts = grown(lines.lineStarts, lines.lineCount + oldStarts.length - resumeLine);
		for (let line = resumeLine; line < oldStarts.length; line++) {
			pushLineStart(lines, oldStarts[line] + delta);
		}
		const from = firstRecordOnOrAfter(old, resumeLine);
		copyRecords(old, from, old.count, lines, delta, lineDelta);
	}
	return finishModel(lines, previous.header, false);
}

function hasCarriageReturn(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		if (text.charCodeAt(i) === 13) {
			return true;
		}
	}
	return false;
}

/** Index of the first record on line `line` or later (records are in line order). */
function firstRecordOnOrAfter(records: LineRecords, line: number): number {
	let lo = 0;
	let hi = records.count;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (records.line[mid] < line) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo;
}

/** Appends records [from, to) of `old` to `lines`, moved by `delta` characters and `lineDelta` lines. */
function copyRecords(old: LineRecords, from: number, to: number, lines: SourceLines, delta: number, lineDelta: number): void {
	const at = lines.count;
	ensureCapacity(lines, at + to - from);
	lines.kind.set(old.lineClass.subarray(from, to), at);
	lines.words.set(old.words.subarray(from, to), at);
	for (let i = from; i < to; i++) {
		lines.start[at + i - from] = old.start[i] + delta;
		lines.end[at + i - from] = old.end[i] + delta;
		lines.line[at + i - from] = old.line[i] + lineDelta;
	}
	for (const [i, marker] of old.marker) {
		if (i >= from && i < to) {
			lines.marker.set(at + i - from, marker);
		}
	}
	lines.count = at + to - from;
}

/** Settles block kinds and levels and builds the model; keeps the line records for the next version. */
function finishModel(lines: SourceLines, header: SeedHeader, anyCarriageReturn: boolean): SeedDocument {
	const { count, marker } = lines;
	// Views, not copies: fresh memory is what large parses pay most for, more than the spare capacity kept.
	const lineStarts = lines.lineStarts.subarray(0, lines.lineCount);
	const records: LineRecords = {
		anyCarriageReturn, lineStarts, count, marker: new Map(marker),
		// A copy: decideKinds rewrites the kinds in place.
		lineClass: lines.kind.slice(0, count), start: lines.start.subarray(0, count), end: lines.end.subarray(0, count),
		line: lines.line.subarray(0, count), words: lines.words.subarray(0, count),
	};
	decideKinds(lines);
	const relatedStoriesFrom = findRelatedStories(lines);
	const kind = lines.kind.subarray(0, count);
	// Markers belong to list items and numbered headings only; a caption or paragraph shows its own.
	for (const i of marker.keys()) {
		if (kind[i] !== listItem && kind[i] !== heading) {
			marker.delete(i);
		}
	}
	const level = new Uint8Array(count);
	const headings: number[] = [];
	let sawSectionHeading = false;
	let titleIndex = -1;
	let subtitleIndex = -1;
	for (let i = 0; i < count; i++) {
		const code = kind[i];
		if (code === heading) {
			// Numbered headings ("1. Eggs") sit under the heading that introduced them, if there is one.
			const numbered = marker.has(i);
			level[i] = numbered && sawSectionHeading ? 3 : 2;
			sawSectionHeading ||= !numbered;
			headings.push(i);
		} else if (code === title) {
			level[i] = 1;
			titleIndex = i;
		} else if (code === subtitle) {
			subtitleIndex = i;
		}
	}
	const table: BlockTable = {
		source: lines.source, lineStarts, count, marker, level, kind, start: records.start, end: records.end, line: records.line,
	};
	// Block objects are made when first asked for: the outline, folding and workspace symbols need only
	// the title and headings, and on a large seed the rest are most of what a parse would allocate.
	const handles: Block[] = new Array(count);
	const blockAt = (i: number): Block => handles[i] ??= new SeedBlock(table, i);
	let allBlocks: readonly Block[] | undefined;

	const model: SeedDocument = {
		text: lines.source,
		header,
		title: titleIndex >= 0 ? blockAt(titleIndex) : null,
		subtitle: subtitleIndex >= 0 ? blockAt(subtitleIndex) : null,
		get blocks(): readonly Block[] {
			if (!allBlocks) {
				for (let i = 0; i < count; i++) {
					blockAt(i);
				}
				allBlocks = handles;
			}
			return allBlocks;
		},
		sections: buildSections(table, blockAt, headings, relatedStoriesFrom),
		relatedStoriesFrom,
		lineStarts,
		lineCount: lineStarts.length,
	};
	lineRecords.set(model, records);
	attachBlockTable(model, table);
	return model;
}
