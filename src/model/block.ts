import type { Block, BlockKind, Range } from './types';

/**
 * A block of a parsed document. The range is computed when asked for: a 10 MB seed has about
 * 100,000 blocks, and eager ranges would triple the objects the parser allocates and retains.
 */
export class SeedBlock implements Block {
	readonly #lineStart: number;

	constructor(
		public readonly kind: BlockKind,
		public readonly text: string,
		public readonly start: number,
		public readonly end: number,
		/** The 0-based line the block is on (a block never spans lines). */
		public readonly line: number,
		lineStart: number,
		public readonly level: number,
		public readonly marker: string | undefined,
	) {
		this.#lineStart = lineStart;
	}

	public get range(): Range {
		return {
			start: { line: this.line, character: this.start - this.#lineStart },
			end: { line: this.line, character: this.end - this.#lineStart },
		};
	}
}
