import { classifyLine, type LineClass } from './classifyLine';
import { matchHeader } from './header';
import { computeLineStarts, rangeAt } from './positions';
import { buildSections } from './sections';
import type { Block, BlockKind, SeedDocument, SeedHeader } from './types';

/** A non-blank line, trimmed, with its standalone classification. */
interface SourceLine {
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly cls: LineClass;
}

const noHeader: SeedHeader = { date: null, precision: null, raw: null, range: null };

/**
 * Parses a seed document. Never throws: any text, including empty, binary-looking or huge input,
 * yields a model (possibly with no blocks). Every non-blank line becomes exactly one block, because
 * seed text puts one paragraph on a line far more often than it wraps paragraphs.
 */
export function parseSeed(text: string): SeedDocument {
	const lineStarts = computeLineStarts(text);
	const lineCount = lineStarts.length;
	let header = noHeader;
	const lines: SourceLine[] = [];

	for (let line = 0; line < lineCount; line++) {
		let start = lineStarts[line];
		const end = lineContentEnd(text, lineStarts, line);
		if (line === 0) {
			if (text.charCodeAt(0) === 0xfeff) {
				start = 1;
			}
			const firstLine = text.slice(start, Math.min(end, start + 64));
			const match = matchHeader(firstLine);
			if (match) {
				header = {
					date: match.date,
					precision: match.precision,
					raw: match.raw,
					...(match.problem ? { problem: match.problem } : {}),
					range: rangeAt(lineStarts, start + match.start, start + match.end),
				};
				start += match.textStart;
			}
		}
		let s = start;
		let e = end;
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
		lines.push({ start: s, end: e, text: lineText, cls: classifyLine(lineText) });
	}

	const kinds = decideKinds(lines);
	const blocks: Block[] = [];
	let title: Block | null = null;
	let subtitle: Block | null = null;
	let sawSectionHeading = false;
	for (let i = 0; i < lines.length; i++) {
		const source = lines[i];
		const kind = kinds[i];
		const numbered = source.cls.marker !== undefined;
		let level = 0;
		if (kind === 'title') {
			level = 1;
		} else if (kind === 'heading') {
			// Numbered headings ("1. Eggs") sit under the heading that introduced them, if there is one.
			level = numbered && sawSectionHeading ? 3 : 2;
			sawSectionHeading ||= !numbered;
		}
		const block: Block = {
			kind,
			text: source.text,
			start: source.start,
			end: source.end,
			range: rangeAt(lineStarts, source.start, source.end),
			level,
			...(source.cls.marker !== undefined && (kind === 'list-item' || kind === 'heading') ? { marker: source.cls.marker } : {}),
		};
		if (kind === 'title') {
			title = block;
		} else if (kind === 'subtitle') {
			subtitle = block;
		}
		blocks.push(block);
	}

	return {
		text,
		header,
		title,
		subtitle,
		blocks,
		sections: buildSections(blocks, lineStarts),
		lineStarts,
		lineCount,
	};
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

const furniture = new Set<BlockKind | 'short'>(['boilerplate', 'caption', 'byline', 'dateline']);

/** Turns standalone line classes into block kinds by looking at neighbours: title, subtitle, headings. */
function decideKinds(lines: readonly SourceLine[]): BlockKind[] {
	const n = lines.length;
	const kinds: (BlockKind | 'short')[] = lines.map(l => l.cls.kind);

	// A caption is often repeated on two lines in a row; prose and headings never are.
	for (let i = 1; i < n; i++) {
		if (lines[i].text === lines[i - 1].text && lines[i].text.length < 300 && kinds[i] !== 'boilerplate') {
			kinds[i] = 'caption';
			kinds[i - 1] = 'caption';
		}
	}

	const titleIndex = findTitle(lines, kinds);
	if (titleIndex >= 0) {
		kinds[titleIndex] = 'title';
		const sub = titleIndex + 1;
		if (sub < n && isSubtitle(lines, kinds, sub)) {
			kinds[sub] = 'subtitle';
		}
	}

	for (let i = 0; i < n; i++) {
		if (kinds[i] !== 'short') {
			continue;
		}
		const next = nextContent(kinds, i + 1);
		const numbered = lines[i].cls.marker !== undefined;
		let heading = false;
		if (next >= 0) {
			const nextKind = kinds[next];
			if (nextKind === 'paragraph' || nextKind === 'quote' || nextKind === 'list-item') {
				heading = true;
			} else if (nextKind === 'short' && !numbered) {
				// "Best foods to eat:" followed by "1. Eggs": an introducing heading.
				heading = lines[next].cls.marker !== undefined || lines[i].text.endsWith(':');
			}
		}
		kinds[i] = heading ? 'heading' : numbered ? 'list-item' : 'paragraph';
	}
	return kinds as BlockKind[];
}

/** Index of the next block that is not page furniture, or -1. */
function nextContent(kinds: readonly (BlockKind | 'short')[], from: number): number {
	for (let i = from; i < kinds.length; i++) {
		if (!furniture.has(kinds[i])) {
			return i;
		}
	}
	return -1;
}

/**
 * The title is the first heading-shaped line before any prose. One- or two-word lines just before
 * another heading-shaped line are site or section labels ("News", "Cinema"), not the title.
 */
function findTitle(lines: readonly SourceLine[], kinds: (BlockKind | 'short')[]): number {
	let labels = 0;
	for (let i = 0; i < Math.min(lines.length, 16); i++) {
		const kind = kinds[i];
		if (furniture.has(kind)) {
			continue;
		}
		if (kind !== 'short' || lines[i].cls.marker !== undefined) {
			return -1;
		}
		const next = nextContent(kinds, i + 1);
		if (next < 0) {
			return -1;
		}
		if (lines[i].cls.words <= 2 && labels < 2 && kinds[next] === 'short' && lines[next].cls.marker === undefined) {
			kinds[i] = 'boilerplate';
			labels++;
			continue;
		}
		return i;
	}
	return -1;
}

function isSubtitle(lines: readonly SourceLine[], kinds: readonly (BlockKind | 'short')[], i: number): boolean {
	const line = lines[i];
	const followedByFurniture = i + 1 < lines.length && (kinds[i + 1] === 'byline' || kinds[i + 1] === 'dateline');
	if (kinds[i] === 'short' && line.cls.marker === undefined) {
		// A deck without final punctuation is longer than a section heading usually is.
		return line.cls.words >= 6 && nextContent(kinds, i + 1) >= 0;
	}
	return kinds[i] === 'paragraph' && line.cls.words > 0 && line.cls.words <= 45 && followedByFurniture;
}
