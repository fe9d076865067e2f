/**
 * Smart select ("Expand Selection") for seeds, as the Markdown extension gives it for Markdown: around an
 * offset, its sentence, its paragraph, each section it is in from the innermost out, and the whole text.
 */
import { offsetAt } from './positions';
import { splitSentences } from './sentences';
import type { Block, SeedDocument, Section } from './types';

export interface OffsetRange {
	readonly start: number;
	readonly end: number;
}

/** The block whose text holds `offset` (its end included, where a cursor after the last word stands). */
function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
	let lo = 0;
	let hi = blocks.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (offset < blocks[mid].start) {
			hi = mid - 1;
		} else if (offset > blocks[mid].end) {
			lo = mid + 1;
		} else {
			return blocks[mid];
		}
	}
	return undefined;
}

/** The sections holding `offset`, outermost first. */
function sectionsAt(doc: SeedDocument, sections: readonly Section[], offset: number, into: OffsetRange[]): OffsetRange[] {
	for (const section of sections) {
		const start = offsetAt(doc.lineStarts, section.range.start);
		const end = offsetAt(doc.lineStarts, section.range.end);
		if (start <= offset && offset <= end) {
			into.push({ start, end });
			return sectionsAt(doc, section.children, offset, into);
		}
	}
	return into;
}

/**
 * Ranges around `offset`, innermost first, each strictly holding the one before: the sentence, the block,
 * the enclosing sections and the whole text. A level that adds nothing (a one-sentence paragraph) is left out.
 */
export function selectionRanges(doc: SeedDocument, offset: number): OffsetRange[] {
	const out: OffsetRange[] = [];
	const add = (range: OffsetRange): void => {
		const last = out[out.length - 1];
		if (!last || (range.start <= last.start && range.end >= last.end && range.end - range.start > last.end - last.start)) {
			out.push(range);
		}
	};
	const block = blockAt(doc.blocks, offset);
	if (block) {
		const sentence = splitSentences(doc.text, block.start, block.end).find(s => s.start <= offset && offset <= s.end);
		if (sentence) {
			add(sentence);
		}
		add(block);
	}
	for (const section of sectionsAt(doc, doc.sections, offset, []).reverse()) {
		add(section);
	}
	add({ start: 0, end: doc.text.length });
	return out;
}
