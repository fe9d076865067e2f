/**
 * Another story appended after the article: pages often print a related story whole, headline, byline and
 * dateline included ("Cardinals Win Third Straight at Home / By Press Association / ST. LOUIS – ...").
 * A section of the article never opens with a byline or a new place dateline; another story does.
 */
import { placeDateline } from './patterns';
import { byline, caption, dateline, heading, listItem, paragraph, quote, type SourceLines } from './sourceLines';

/** Furniture lines that may stand between a story's headline and its first paragraph. */
const maxFurniture = 2;
/**
 * Article text before a story can be appended to it: a few hundred characters, or two paragraphs of some
 * length. A headline and byline after a line of page text are the article's own.
 */
const minArticleChars = 400;
const minTwoParagraphChars = 200;

/**
 * The line record of the first appended story's headline, or -1: a heading after some of the article's text,
 * followed by a byline, or by a paragraph that opens with a place dateline (captions may come between).
 */
export function findRelatedStories(lines: SourceLines): number {
	const { kind, marker } = lines;
	let articleChars = 0;
	let articleBlocks = 0;
	for (let i = 0; i < lines.count; i++) {
		const k = kind[i];
		if (k === paragraph || k === listItem || k === quote) {
			articleChars += lines.end[i] - lines.start[i];
			articleBlocks++;
		} else if (k === heading && (articleChars >= minArticleChars || (articleBlocks >= 2 && articleChars >= minTwoParagraphChars))
			&& !marker.has(i) && opensStory(lines, i + 1)) {
			return i;
		}
	}
	return -1;
}

/** Whether a story starts at line record `from`: a byline, or a paragraph opening with a place dateline (datelines and captions may come first). */
export function opensStory(lines: SourceLines, from: number): boolean {
	const { kind } = lines;
	for (let i = from; i < lines.count && i <= from + maxFurniture; i++) {
		if (kind[i] === byline) {
			return true;
		}
		if (kind[i] === paragraph) {
			return placeDateline.test(lines.source.slice(lines.start[i], Math.min(lines.end[i], lines.start[i] + 80)));
		}
		if (kind[i] !== dateline && kind[i] !== caption) {
			return false;
		}
	}
	return false;
}
