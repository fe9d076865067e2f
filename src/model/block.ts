import type { Block, BlockKind, Range } from './types';

/** Block kinds by their code in a block table. */
export const blockKindNames: readonly BlockKind[] = [
	'paragraph', 'heading', 'title', 'subtitle', 'list-item', 'quote', 'caption', 'byline', 'dateline', 'boilerplate',
];

export const blockKindCode: Readonly<Record<BlockKind, number>> = Object.fromEntries(
	blockKindNames.map((name, code) => [name, code]),
) as Record<BlockKind, number>;

/**
 * Every block of one document as typed arrays, one entry per block. A 10 MB seed has about 100,000
 * blocks; keeping their fields here instead of in each block object leaves the garbage collector one
 * small handle per block to copy and trace, which is most of what makes large documents parse fast.
 */
export interface BlockTable {
	readonly source: string;
	readonly lineStarts: ArrayLike<number>;
	readonly count: number;
	/** Codes into `blockKindNames`. */
	readonly kind: Uint8Array;
	readonly start: Int32Array;
	readonly end: Int32Array;
	readonly line: Int32Array;
	readonly level: Uint8Array;
	/** List and numbering markers, by block index; most blocks have none. */
	readonly marker: ReadonlyMap<number, string>;
}

/**
 * Where a parsed model keeps its block table: a registered symbol, so that the entity engine, bundled in
 * a file of its own, finds the table the main bundle's parser put there (a module-level WeakMap would be
 * one per bundle). Not enumerable, so a spread copy (`{ ...model, blocks: [] }`) does not carry it.
 */
const blockTableKey = Symbol.for('seedReader.blockTable');

export function attachBlockTable(doc: object, table: BlockTable): void {
	Object.defineProperty(doc, blockTableKey, { value: table });
}

/**
 * The block table behind a parsed model, for passes over every block (the entity index) that would
 * otherwise make a block object for each; undefined for a model not made by the parser.
 */
export function blockTableOf(doc: object): BlockTable | undefined {
	return (doc as { [blockTableKey]?: BlockTable })[blockTableKey];
}

/** A block of a parsed document: a handle into its document's block table. */
export class SeedBlock implements Block {
	readonly #table: BlockTable;
	readonly #index: number;

	constructor(table: BlockTable, index: number) {
		this.#table = table;
		this.#index = index;
	}

	public get kind(): BlockKind {
		return blockKindNames[this.#table.kind[this.#index]];
	}

	public get start(): number {
		return this.#table.start[this.#index];
	}

	public get end(): number {
		return this.#table.end[this.#index];
	}

	/** The 0-based line the block is on (a block never spans lines). */
	public get line(): number {
		return this.#table.line[this.#index];
	}

	public get level(): number {
		return this.#table.level[this.#index];
	}

	public get marker(): string | undefined {
		return this.#table.marker.get(this.#index);
	}

	/** Copied out of the document text on each call: keeping a copy per block would double the model. */
	public get text(): string {
		const table = this.#table;
		return table.source.slice(table.start[this.#index], table.end[this.#index]);
	}

	public get range(): Range {
		const table = this.#table;
		const line = table.line[this.#index];
		const lineStart = table.lineStarts[line];
		return {
			start: { line, character: table.start[this.#index] - lineStart },
			end: { line, character: table.end[this.#index] - lineStart },
		};
	}
}
