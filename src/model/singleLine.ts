import { splitSentences } from './sentences';
import { trimWhitespaceEnd } from './whitespace';

/**
 * Some seeds are one line with no newline at all: the page's text with its line breaks lost. Read as one
 * block, such a page is a wall of text in the preview and one entry in the outline. These helpers cut
 * that line where the page's own structure shows through: before each gallery counter ("3/11This image
 * …"), and at sentence ends into paragraphs of a few sentences. Every piece is an offset span into the
 * text, so positions stay exact; the pieces cover the line's text with only white space between them.
 */

export interface Piece {
	readonly start: number;
	readonly end: number;
}

/** A line shorter than this is cut only at gallery counters: a short single-line page is one paragraph. */
export const minSplitLength = 600;
/** A paragraph cut from a single line ends at the first sentence end past this many characters. */
const paragraphChars = 320;
/** … or after this many sentences, whichever comes first. */
const paragraphSentences = 4;

/**
 * Gallery counters as pages glue them to their captions: "1/11", "2/11" … with the same total, each one
 * greater than the one before. A lone "24/7" or "1/2 cup" is not a gallery, so at least two are needed.
 */
const counterPattern = /(?<![\p{L}\p{N}/])(\d{1,3})\/(\d{1,3})(?![\d/])/gu;

/** Offsets where gallery items start in `text[start, end)`, in order; none unless it is a gallery. */
export function galleryCounters(text: string, start: number, end: number): number[] {
	const slice = text.slice(start, end);
	const found: { at: number; index: number; total: number }[] = [];
	for (const m of slice.matchAll(counterPattern)) {
		const index = Number(m[1]);
		const total = Number(m[2]);
		if (index >= 1 && index <= total && total >= 2) {
			found.push({ at: start + (m.index ?? 0), index, total });
		}
	}
	// The longest run of counters with one total, each greater than the one before.
	let best: number[] = [];
	for (const total of new Set(found.map(f => f.total))) {
		const run: number[] = [];
		let last = 0;
		for (const f of found) {
			if (f.total === total && f.index > last) {
				run.push(f.at);
				last = f.index;
			}
		}
		if (run.length > best.length) {
			best = run;
		}
	}
	return best.length >= 2 ? best : [];
}

/** `text[start, end)` cut into paragraphs of a few sentences each. */
function paragraphs(text: string, start: number, end: number, out: Piece[]): void {
	const sentences = splitSentences(text, start, end);
	let from = -1;
	let count = 0;
	for (const sentence of sentences) {
		if (from < 0) {
			from = sentence.start;
		}
		count++;
		if (sentence.end - from >= paragraphChars || count >= paragraphSentences) {
			out.push({ start: from, end: sentence.end });
			from = -1;
			count = 0;
		}
	}
	if (from >= 0) {
		out.push({ start: from, end: sentences[sentences.length - 1].end });
	}
}

/**
 * The pieces of a single-line page's text `text[start, end)` (trimmed): what comes before the first
 * gallery counter, cut into paragraphs at sentence ends, then each gallery item whole, its counter
 * first (the line classifier reads "3/11This image …" as a list item). A line shorter than
 * `minSplitLength` is cut only at gallery counters.
 */
export function splitSingleLine(text: string, start: number, end: number): Piece[] {
	const counters = galleryCounters(text, start, end);
	if (counters.length === 0 && end - start < minSplitLength) {
		return [{ start, end }];
	}
	const out: Piece[] = [];
	const firstItem = counters.length > 0 ? counters[0] : end;
	if (firstItem > start) {
		if (end - start < minSplitLength) {
			out.push({ start, end: trimWhitespaceEnd(text, start, firstItem) });
		} else {
			paragraphs(text, start, firstItem, out);
		}
	}
	for (let i = 0; i < counters.length; i++) {
		const itemEnd = i + 1 < counters.length ? counters[i + 1] : end;
		const trimmed = trimWhitespaceEnd(text, counters[i], itemEnd);
		if (trimmed > counters[i]) {
			out.push({ start: counters[i], end: trimmed });
		}
	}
	return out.length > 0 ? out : [{ start, end }];
}
