import type { Block, Range, Section } from './types';

interface OpenSection {
	readonly heading: Block;
	readonly level: number;
	readonly firstBlock: number;
	children: Section[] | undefined;
}

const noChildren: readonly Section[] = Object.freeze([]);

/** A section whose range is made when asked for: a heading-heavy 10 MB seed has tens of thousands. */
class SeedSection implements Section {
	constructor(
		public readonly heading: Block,
		private readonly last: Block,
		public readonly level: number,
		public readonly firstBlock: number,
		public readonly endBlock: number,
		public readonly children: readonly Section[],
	) {}

	public get range(): Range {
		return { start: this.heading.range.start, end: this.last.range.end };
	}
}

/**
 * Nests heading blocks into sections. A section runs from its heading to the block before the next
 * heading of the same or a higher level. The title (level 1) heads no section: the outline shows it
 * beside the sections, the way a page shows its headline above the article. `headings`, if given, are
 * the indices of the heading blocks in order.
 */
export function buildSections(blocks: readonly Block[], headings?: readonly number[]): Section[] {
	const roots: Section[] = [];
	const stack: OpenSection[] = [];

	const close = (endBlock: number) => {
		const open = stack.pop()!;
		const last = blocks[Math.max(open.firstBlock, endBlock - 1)];
		const section = new SeedSection(open.heading, last, open.level, open.firstBlock, endBlock, open.children ?? noChildren);
		if (stack.length > 0) {
			const parent = stack[stack.length - 1];
			(parent.children ??= []).push(section);
		} else {
			roots.push(section);
		}
	};

	// The parser knows where its headings are; scanning 100,000 blocks for them is not free.
	const headingIndices = headings ?? blocks.flatMap((block, i) => block.kind === 'heading' ? [i] : []);
	for (const i of headingIndices) {
		const block = blocks[i];
		while (stack.length > 0 && stack[stack.length - 1].level >= block.level) {
			close(i);
		}
		stack.push({ heading: block, level: block.level, firstBlock: i, children: undefined });
	}
	while (stack.length > 0) {
		close(blocks.length);
	}
	return roots;
}
