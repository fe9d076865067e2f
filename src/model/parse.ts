import { SeedBlock } from './block';
import { classifyLine, countWords, type LineKind } from './classifyLine';
import { matchHeader } from './header';
import { computeLineStarts, rangeAt } from './positions';
import { buildSections } from './sections';
import type { Block, BlockKind, SeedDocument, SeedHeader } from './types';

const noHeader: SeedHeader = { date: null, precision: null, raw: null, range: null };

/**
 * The non-blank lines of a document, trimmed, as parallel arrays: one entry per line, and no
 * per-line objects for the garbage collector until the blocks themselves are made.
 */
interface SourceLines {
	readonly count: number;
	readonly line: Int32Array;
	readonly start: Int32Array;
	readonly end: Int32Array;
	readonly words: Int32Array;
	readonly text: string[];
	readonly kind: (LineKind | BlockKind)[];
	readonly marker: (string | undefined)[];
}

/**
 * Parses a seed document. Never throws: any text, including empty, binary-looking or huge input,
 * yields a model (possibly with no blocks). Every non-blank line becomes exactly one block, because
 * seed text puts one paragraph on a line far more often than it wraps paragraphs.
 */
export function parseSeed(text: string): SeedDocument {
	const lineStarts = computeLineStarts(text);
	const { header, lines } = readLines(text, lineStarts);
	decideKinds(lines);

	const blocks: Block[] = new Array(lines.count);
	let title: Block | null = null;
	let subtitle: Block | null = null;
	let sawSectionHeading = false;
	for (let i = 0; i < lines.count; i++) {
		const kind = lines.kind[i] as BlockKind;
		const marker = lines.marker[i];
		let level = 0;
		if (kind === 'title') {
			level = 1;
		} else if (kind === 'heading') {
			// Numbered headings ("1. Eggs") sit under the heading that introduced them, if there is one.
			level = marker !== undefined && sawSectionHeading ? 3 : 2;
			sawSectionHeading ||= marker === undefined;
		}
		const line = lines.line[i];
		const block = new SeedBlock(kind, lines.text[i], lines.start[i], lines.end[i], line, lineStarts[line], level,
			kind === 'list-item' || kind === 'heading' ? marker : undefined);
		if (kind === 'title') {
			title = block;
		} else if (kind === 'subtitle') {
			subtitle = block;
		}
		blocks[i] = block;
	}

	return {
		text,
		header,
		title,
		subtitle,
		blocks,
		sections: buildSections(blocks),
		lineStarts,
		lineCount: lineStarts.length,
	};
}

function readLines(text: string, lineStarts: readonly number[]): { header: SeedHeader; lines: SourceLines } {
	const capacity = lineStarts.length;
	const lines = {
		count: 0,
		line: new Int32Array(capacity),
		start: new Int32Array(capacity),
		end: new Int32Array(capacity),
		words: new Int32Array(capacity),
		text: [] as string[],
		kind: [] as (LineKind | BlockKind)[],
		marker: [] as (string | undefined)[],
	};
	let header = noHeader;
	for (let line = 0; line < capacity; line++) {
		let s = lineStarts[line];
		let e = lineContentEnd(text, lineStarts, line);
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
					range: rangeAt(lineStarts, s + match.start, s + match.end),
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
		if (s === e) {
			continue;
		}
		const lineText = text.slice(s, e);
		const cls = classifyLine(lineText);
		const i = lines.count++;
		lines.line[i] = line;
		lines.start[i] = s;
		lines.end[i] = e;
		lines.words[i] = cls.words;
		lines.text.push(lineText);
		lines.kind.push(cls.kind);
		lines.marker.push(cls.marker);
	}
	return { header, lines };
}

function lineContentEnd(text: string, lineStarts: readonly number[], line: number): number {
	if (line + 1 >= lineStarts.length) {
		return text.length;
	}
	let end = lineStarts[line + 1] - 1;
	if (text.charCodeAt(end) === 10 && end > lineStarts[line] && text.charCodeAt(end - 1) === 13) {
		end--;
	}
	return end;
}

function isSpace(c: number): boolean {
	return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || c === 0x3000 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200b);
}

function isFurniture(kind: LineKind | BlockKind): boolean {
	return kind === 'boilerplate' || kind === 'caption' || kind === 'byline' || kind === 'dateline';
}

/** Turns standalone line classes into block kinds by looking at neighbours: title, subtitle, headings. */
function decideKinds(lines: SourceLines): void {
	const { count, kind, text, marker } = lines;

	// A caption is often repeated on two lines in a row; prose and headings never are.
	for (let i = 1; i < count; i++) {
		if (kind[i] !== 'boilerplate' && text[i].length < 300 && text[i] === text[i - 1]) {
			kind[i] = 'caption';
			kind[i - 1] = 'caption';
		}
	}

	const titleIndex = findTitle(lines);
	if (titleIndex >= 0) {
		kind[titleIndex] = 'title';
		const sub = titleIndex + 1;
		if (sub < count && isSubtitle(lines, sub)) {
			kind[sub] = 'subtitle';
		}
		// Between the headline and the story, a one-word line is a section label ("Tech"); two words
		// can already be a real section heading ("برنامج المعرض", "Road Conditions").
		for (let i = titleIndex + 1; i < count && kind[i] !== 'paragraph' && kind[i] !== 'quote' && kind[i] !== 'list-item'; i++) {
			if (kind[i] === 'short' && marker[i] === undefined && lines.words[i] <= 1) {
				kind[i] = 'boilerplate';
			}
		}
	}

	for (let i = 0; i < count; i++) {
		if (kind[i] !== 'short') {
			continue;
		}
		const next = nextContent(lines, i + 1);
		const numbered = marker[i] !== undefined;
		let heading = false;
		if (next >= 0) {
			const nextKind = kind[next];
			if (nextKind === 'paragraph' || nextKind === 'quote' || nextKind === 'list-item') {
				heading = true;
			} else if (nextKind === 'short' && !numbered) {
				// "Best foods to eat:" followed by "1. Eggs": an introducing heading.
				heading = marker[next] !== undefined || text[i].endsWith(':');
			}
		}
		kind[i] = heading ? 'heading' : numbered ? 'list-item' : 'paragraph';
	}
}

/** Index of the next line that is not page furniture, or -1. */
function nextContent(lines: SourceLines, from: number): number {
	for (let i = from; i < lines.count; i++) {
		if (!isFurniture(lines.kind[i])) {
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
		if (kind[i] !== 'short' || marker[i] !== undefined) {
			return -1;
		}
		const next = nextContent(lines, i + 1);
		if (next < 0) {
			return -1;
		}
		if (words[i] <= 2 && labels < 2 && kind[next] === 'short' && marker[next] === undefined) {
			kind[i] = 'boilerplate';
			labels++;
			continue;
		}
		return i;
	}
	return -1;
}

function isSubtitle(lines: SourceLines, i: number): boolean {
	const { kind, marker, words } = lines;
	if (kind[i] === 'short' && marker[i] === undefined) {
		// A deck without final punctuation is longer than a section heading usually is.
		return words[i] >= 6 && nextContent(lines, i + 1) >= 0;
	}
	const followedByFurniture = i + 1 < lines.count && (kind[i + 1] === 'byline' || kind[i + 1] === 'dateline');
	return kind[i] === 'paragraph' && followedByFurniture && countWords(lines.text[i]) <= 45;
}
