import { blockKindCode, blockKindNames } from './block';
import { classifyLine, newLineClass, type LineClass, type LineKind } from './classifyLine';
import { matchHeader } from './header';
import { splitSingleLine } from './singleLine';
import type { SeedHeader } from './types';
import { isWhitespace } from './whitespace';

// Line classes as codes beside the block kinds: `short` lines are settled into block kinds by decideKinds.
export const paragraph = blockKindCode.paragraph;
export const heading = blockKindCode.heading;
export const title = blockKindCode.title;
export const subtitle = blockKindCode.subtitle;
export const listItem = blockKindCode['list-item'];
export const quote = blockKindCode.quote;
export const caption = blockKindCode.caption;
export const byline = blockKindCode.byline;
export const dateline = blockKindCode.dateline;
export const boilerplate = blockKindCode.boilerplate;
export const short = blockKindNames.length;

function lineKindCode(kind: LineKind): number {
	return kind === 'short' ? short : blockKindCode[kind];
}

/** The lines of a document while it is parsed: where each starts, and a record of each non-blank one. */
export interface SourceLines {
	readonly source: string;
	/** Where every line starts, blank ones included: `lineCount` entries. */
	lineStarts: Int32Array;
	lineCount: number;
	/** Non-blank lines: `count` entries in each of the arrays below. */
	count: number;
	kind: Uint8Array;
	start: Int32Array;
	end: Int32Array;
	line: Int32Array;
	/** Words on short lines (0 on long ones). */
	words: Uint16Array;
	readonly marker: Map<number, string>;
}

export function newSourceLines(source: string): SourceLines {
	// Prose lines average over a hundred characters; growing is rare, and untouched capacity costs no memory.
	const capacity = (source.length >> 6) + 16;
	return {
		source, lineStarts: new Int32Array(capacity), lineCount: 1, count: 0, marker: new Map(),
		kind: new Uint8Array(capacity), start: new Int32Array(capacity), end: new Int32Array(capacity),
		line: new Int32Array(capacity), words: new Uint16Array(capacity),
	};
}

/** Room for at least `needed` non-blank lines. */
export function ensureCapacity(lines: SourceLines, needed: number): void {
	if (needed <= lines.kind.length) {
		return;
	}
	const capacity = Math.max(needed, lines.kind.length * 2);
	lines.kind = grown(lines.kind, capacity);
	lines.start = grown(lines.start, capacity);
	lines.end = grown(lines.end, capacity);
	lines.line = grown(lines.line, capacity);
	lines.words = grown(lines.words, capacity);
}

/** A copy of `array` with room for `capacity` entries (never fewer than it has). */
export function grown<T extends Uint8Array | Uint16Array | Int32Array>(array: T, capacity: number): T {
	if (capacity <= array.length) {
		return array;
	}
	const copy = new (array.constructor as new (length: number) => T)(capacity);
	copy.set(array);
	return copy;
}

const noHeader: SeedHeader = { date: null, precision: null, raw: null, range: null };

/**
 * One pass over the text: line starts, the header, and each non-blank line trimmed and classified.
 * Line breaks are `\r\n`, `\n` or a lone `\r`, the set VS Code's text model uses, so line numbers
 * agree with the editor for any input.
 */
export function readLines(lines: SourceLines): SeedHeader {
	return scanLines(lines, 0, 0, -1, lines.source.indexOf('\r') >= 0);
}

/**
 * Reads lines from `lineStart` (the start of line `firstLine`) until the line that starts at
 * `stopAt`, which is not read, or the end of the text. Appends the start of every line after the
 * first, and a record for every non-blank line. Returns the header if line 0 was read.
 */
export function scanLines(lines: SourceLines, lineStart: number, firstLine: number, stopAt: number, anyCarriageReturn: boolean): SeedHeader {
	const text = lines.source;
	const lineClass = newLineClass();
	let header = noHeader;
	for (let line = firstLine; ; line++) {
		const lineBreak = anyCarriageReturn ? nextLineBreak(text, lineStart) : text.indexOf('\n', lineStart);
		let s = lineStart;
		let e = lineBreak < 0 ? text.length : lineBreak;
		if (line === 0) {
			if (text.charCodeAt(0) === 0xfeff) {
				s = 1;
			}
			const match = matchHeader(text.slice(s, Math.min(e, s + 64)));
			if (match) {
				header = {
					date: match.date,
					precision: match.precision,
					raw: match.raw,
					...(match.problem ? { problem: match.problem } : {}),
					range: { start: { line: 0, character: s + match.start }, end: { line: 0, character: s + match.end } },
				};
				s += match.textStart;
			}
		}
		while (s < e && isWhitespace(text.charCodeAt(s))) {
			s++;
		}
		while (e > s && isWhitespace(text.charCodeAt(e - 1))) {
			e--;
		}
		if (s < e && line === 0 && lineBreak < 0) {
			// A page with no newline at all: its paragraphs and gallery items as records of line 0.
			for (const piece of splitSingleLine(text, s, e)) {
				pushRecord(lines, line, piece.start, piece.end, lineClass);
			}
		} else if (s < e) {
			pushRecord(lines, line, s, e, lineClass);
		}
		if (lineBreak < 0) {
			return header;
		}
		lineStart = lineBreak + (text.charCodeAt(lineBreak) === 13 && text.charCodeAt(lineBreak + 1) === 10 ? 2 : 1);
		if (lineStart === stopAt) {
			return header;
		}
		pushLineStart(lines, lineStart);
	}
}

/** Classifies the text `[start, end)` of line `line` and appends its record. */
function pushRecord(lines: SourceLines, line: number, start: number, end: number, lineClass: LineClass): void {
	classifyLine(lines.source, start, end, lineClass);
	ensureCapacity(lines, lines.count + 1);
	const i = lines.count++;
	lines.line[i] = line;
	lines.start[i] = start;
	lines.end[i] = end;
	lines.words[i] = lineClass.words;
	lines.kind[i] = lineKindCode(lineClass.kind);
	if (lineClass.marker !== undefined) {
		lines.marker.set(i, lineClass.marker);
	}
}

export function pushLineStart(lines: SourceLines, lineStart: number): void {
	if (lines.lineCount === lines.lineStarts.length) {
		lines.lineStarts = grown(lines.lineStarts, lines.lineCount * 2);
	}
	lines.lineStarts[lines.lineCount++] = lineStart;
}

/** Offset of the next `\n` or `\r` at or after `from`, or -1. */
function nextLineBreak(text: string, from: number): number {
	for (let i = from; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || c === 13) {
			return i;
		}
	}
	return -1;
}


