/**
 * Plain data produced by the seed document parser.
 *
 * Invariants (relied on by every adapter):
 * - Lines and characters are 0-based. Characters count UTF-16 code units, like JS string indices and
 *   VS Code positions.
 * - Offsets (`start`, `end`) are UTF-16 indices into the exact text given to the parser; `end` is exclusive.
 * - A line's content excludes its terminator (`\n`, `\r\n`), so no range ever ends inside a CRLF pair.
 */

export interface Position {
	readonly line: number;
	readonly character: number;
}

export interface Range {
	readonly start: Position;
	readonly end: Position;
}

export type BlockKind =
	| 'title'
	| 'subtitle'
	| 'heading'
	| 'paragraph'
	| 'list-item'
	| 'quote'
	| 'caption'
	| 'byline'
	| 'dateline'
	| 'boilerplate';

export interface Block {
	readonly kind: BlockKind;
	/** The block's text as written on its line, trimmed of surrounding white space (markers included). */
	readonly text: string;
	readonly start: number;
	readonly end: number;
	/** The 0-based line the block is on: a block is one line's text, trimmed. */
	readonly line: number;
	readonly range: Range;
	/** Heading depth: 1 for the title, 2 for sections, 3 for numbered items under a section. 0 otherwise. */
	readonly level: number;
	/** For list items and numbered headings: the marker as written ("-", "1.", "1/11"). */
	readonly marker?: string;
}

export type DatePrecision = 'day' | 'month';

export interface SeedHeader {
	/** ISO date as written (`2024-03-26` or `2024-06`), or null when there is no valid header. */
	readonly date: string | null;
	readonly precision: DatePrecision | null;
	/** The raw header token (e.g. `date 2024-13-45`), also kept when the date is impossible. */
	readonly raw: string | null;
	/** Why a header-like first line was not accepted; absent when the header is fine or simply missing. */
	readonly problem?: string;
	/** Range of the header token on line 0; null when there is no header. */
	readonly range: Range | null;
}

export interface Section {
	readonly heading: Block;
	readonly level: number;
	/** From the heading's start to the end of the section's last block. */
	readonly range: Range;
	/** Index range into `SeedDocument.blocks`: [firstBlock, endBlock). The heading is `blocks[firstBlock]`. */
	readonly firstBlock: number;
	readonly endBlock: number;
	readonly children: readonly Section[];
	/** The section is (part of) another story appended after the article: see `SeedDocument.relatedStoriesFrom`. */
	readonly related: boolean;
}

export interface SeedDocument {
	readonly text: string;
	readonly header: SeedHeader;
	readonly title: Block | null;
	readonly subtitle: Block | null;
	/** Every block in document order; blocks never overlap. */
	readonly blocks: readonly Block[];
	/** Top-level sections (level 2), each with nested subsections. */
	readonly sections: readonly Section[];
	/**
	 * Index into `blocks` of the headline of another story appended after the article (pages print related
	 * stories whole, each with its own byline or dateline); -1 when there is none. Every block from there on
	 * belongs to such stories: page noise, not the article.
	 */
	readonly relatedStoriesFrom: number;
	/** Offset where each line starts; `lineStarts[0] === 0`. */
	readonly lineStarts: ArrayLike<number>;
	readonly lineCount: number;
}

export interface Sentence {
	readonly start: number;
	readonly end: number;
}
