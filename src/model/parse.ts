import { blockKindCode, blockKindNames, SeedBlock, type BlockTable } from './block';
import { classifyLine, countWords, newLineClass, type LineKind } from './classifyLine';
import { matchHeader } from './header';
import { buildSections } from './sections';
import type { Block, SeedDocument, SeedHeader } from './types';

const noHeader: SeedHeader = { date: null, precision: null, raw: null, range: null };

// Line classes as codes beside the block kinds: `short` lines are settled into block kinds by decideKinds.
const paragraph = blockKindCode.paragraph;
const heading = blockKindCode.heading;
const title = blockKindCode.title;
const subtitle = blockKindCode.subtitle;
const listItem = blockKindCode['list-item'];
const quote = blockKindCode.quote;
const caption = blockKindCode.caption;
const byline = blockKindCode.byline;
const dateline = blockKindCode.dateline;
const boilerplate = blockKindCode.boilerplate;
const short = blockKindNames.length;

function lineKindCode(kind: LineKind): number {
	return kind === 'short' ? short : blockKindCode[kind];
}

/** The non-blank lines of a document while it is parsed: the block table, and what only the parse needs. */
interface SourceLines {
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

function newSourceLines(source: string): SourceLines {
	// Prose lines average over a hundred characters; growing is rare, and untouched capacity costs no memory.
	const capacity = (source.length >> 6) + 16;
	return {
		source, lineStarts: new Int32Array(capacity), lineCount: 1, count: 0, marker: new Map(),
		kind: new Uint8Array(capacity), start: new Int32Array(capacity), end: new Int32Array(capacity),
		line: new Int32Array(capacity), words: new Uint16Array(capacity),
	};
}

function grow(lines: SourceLines): void {
	const capacity = lines.kind.length * 2;
	const kind = new Uint8Array(capacity);
	kind.set(lines.kind);
	lines.kind = kind;
	const start = new Int32Array(capacity);
	start.set(lines.start);
	lines.start = start;
	const end = new Int32Array(capacity);
	end.set(lines.end);
	lines.end = end;
	const line = new Int32Array(capacity);
	line.set(lines.line);
	lines.line = line;
	const words = new Uint16Array(capacity);
	words.set(lines.words);
	lines.words = words;
}

/**
 * Parses a seed document. Never throws: any text, including empty, binary-looking or huge input,
 * yields a model (possibly with no blocks). Every non-blank line becomes exactly one block, because
 * seed text puts one paragraph on a line far more often than it wraps paragraphs.
 */
export function parseSeed(text: string): SeedDocument {
	const lines = newSourceLines(text);
	const header = readLines(text, lines);
	decideKinds(lines);

	const { count, kind, marker } = lines;
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
	// Trimmed copies: the parse's spare capacity is not kept for the life of the model.
	const lineStarts = lines.lineStarts.slice(0, lines.lineCount);
	const table: BlockTable = {
		source: text, lineStarts, count, marker, level,
		kind: lines.kind.slice(0, count), start: lines.start.slice(0, count), end: lines.end.slice(0, count), line: lines.line.slice(0, count),
	};
	const blocks: Block[] = new Array(count);
	for (let i = 0; i < count; i++) {
		blocks[i] = new SeedBlock(table, i);
	}

	return {
		text,
		header,
		title: titleIndex >= 0 ? blocks[titleIndex] : null,
		subtitle: subtitleIndex >= 0 ? blocks[subtitleIndex] : null,
		blocks,
		sections: buildSections(blocks, headings),
		lineStarts,
		lineCount: lineStarts.length,
	};
}

/**
 * One pass over the text: line starts, the header, and each non-blank line trimmed and classified.
 * Line breaks are `\r\n`, `\n` or a lone `\r`, the set VS Code's text model uses, so line numbers
 * agree with the editor for any input.
 */
function readLines(text: string, lines: SourceLines): SeedHeader {
	const lineClass = newLineClass();
	const anyCarriageReturn = text.indexOf('\r') >= 0;
	let header = noHeader;
	let lineStart = 0;
	for (let line = 0; ; line++) {
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
		while (s < e && isSpace(text.charCodeAt(s))) {
			s++;
		}
		while (e > s && isSpace(text.charCodeAt(e - 1))) {
			e--;
		}
		if (s < e) {
			classifyLine(text, s, e, lineClass);
			if (lines.count === lines.kind.length) {
				grow(lines);
			}
			const i = lines.count++;
			lines.line[i] = line;
			lines.start[i] = s;
			lines.end[i] = e;
			lines.words[i] = lineClass.words;
			lines.kind[i] = lineKindCode(lineClass.kind);
			if (lineClass.marker !== undefined) {
				lines.marker.set(i, lineClass.marker);
			}
		}
		if (lineBreak < 0) {
			return header;
		}
		lineStart = lineBreak + (text.charCodeAt(lineBreak) === 13 && text.charCodeAt(lineBreak + 1) === 10 ? 2 : 1);
		if (lines.lineCount === lines.lineStarts.length) {
			const grown = new Int32Array(lines.lineCount * 2);
			grown.set(lines.lineStarts);
			lines.lineStarts = grown;
		}
		lines.lineStarts[lines.lineCount++] = lineStart;
	}
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

function isSpace(c: number): boolean {
	return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || c === 0x3000 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200b);
}

function isFurniture(kind: number): boolean {
	return kind === boilerplate || kind === caption || kind === byline || kind === dateline;
}

/** Whether lines `a` and `b` have the same text, compared in place. */
function sameText(lines: SourceLines, a: number, b: number): boolean {
	const length = lines.end[a] - lines.start[a];
	if (length !== lines.end[b] - lines.start[b]) {
		return false;
	}
	const { source } = lines;
	const offset = lines.start[b] - lines.start[a];
	for (let i = lines.start[a]; i < lines.end[a]; i++) {
		if (source.charCodeAt(i) !== source.charCodeAt(i + offset)) {
			return false;
		}
	}
	return true;
}

/** Turns standalone line classes into block kinds by looking at neighbours: title, subtitle, headings. */
function decideKinds(lines: SourceLines): void {
	const { kind, marker, source } = lines;
	const count = lines.count;

	// A caption is often repeated on two lines in a row; prose and headings never are.
	for (let i = 1; i < count; i++) {
		if (kind[i] !== boilerplate && lines.end[i] - lines.start[i] < 300 && sameText(lines, i, i - 1)) {
			kind[i] = caption;
			kind[i - 1] = caption;
		}
	}

	const titleIndex = findTitle(lines);
	if (titleIndex >= 0) {
		kind[titleIndex] = title;
		const sub = titleIndex + 1;
		if (sub < count && isSubtitle(lines, sub)) {
			kind[sub] = subtitle;
		}
		// Between the headline and the story, a one-word line is a section label ("Tech"); two words
		// can already be a real section heading ("برنامج المعرض", "Road Conditions").
		for (let i = titleIndex + 1; i < count && kind[i] !== paragraph && kind[i] !== quote && kind[i] !== listItem; i++) {
			if (kind[i] === short && !marker.has(i) && lines.words[i] <= 1) {
				kind[i] = boilerplate;
			}
		}
	}

	for (let i = 0; i < count; i++) {
		if (kind[i] !== short) {
			continue;
		}
		const next = nextContent(lines, i + 1);
		const numbered = marker.has(i);
		let isHeading = false;
		if (next >= 0) {
			const nextKind = kind[next];
			if (nextKind === paragraph || nextKind === quote || nextKind === listItem) {
				isHeading = true;
			} else if (nextKind === short && !numbered) {
				// "Best foods to eat:" followed by "1. Eggs": an introducing heading.
				isHeading = marker.has(next) || source.charCodeAt(lines.end[i] - 1) === 58 /* : */;
			}
		}
		kind[i] = isHeading ? heading : numbered ? listItem : paragraph;
	}
}

/** Index of the next line that is not page furniture, or -1. */
function nextContent(lines: SourceLines, from: number): number {
	const { kind } = lines;
	for (let i = from; i < lines.count; i++) {
		if (!isFurniture(kind[i])) {
			return i;
		}
	}
	return -1;
}

/**
 * The title is the first heading-shaped line before any prose. One- or two-word lines just before
 * another heading-shaped line are site or section labels ("News", "Cinema"), not the title.
 */
function findTitle(lines: SourceLines): number {
	const { kind, marker, words } = lines;
	let labels = 0;
	for (let i = 0; i < Math.min(lines.count, 16); i++) {
		if (isFurniture(kind[i])) {
			continue;
		}
		if (kind[i] !== short || marker.has(i)) {
			return -1;
		}
		const next = nextContent(lines, i + 1);
		if (next < 0) {
			return -1;
		}
		if (words[i] <= 2 && labels < 2 && kind[next] === short && !marker.has(next)) {
			kind[i] = boilerplate;
			labels++;
			continue;
		}
		return i;
	}
	return -1;
}

function isSubtitle(lines: SourceLines, i: number): boolean {
	const { kind, marker, words } = lines;
	if (kind[i] === short && !marker.has(i)) {
		// A deck without final punctuation is longer than a section heading usually is.
		return words[i] >= 6 && nextContent(lines, i + 1) >= 0;
	}
	const followedByFurniture = i + 1 < lines.count && (kind[i + 1] === byline || kind[i + 1] === dateline);
	return kind[i] === paragraph && followedByFurniture && countWords(lines.source.slice(lines.start[i], lines.end[i])) <= 45;
}
