import type { BlockTable } from './block';
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
		private readonly table: BlockTable,
		public readonly heading: Block,
		public readonly level: number,
		public readonly firstBlock: number,
		public readonly endBlock: number,
		public readonly children: readonly Section[],
		public readonly related: boolean,
	) {}

	public get range(): Range {
		// From the table, so the section's last block needs no object of its own.
		const { table } = this;
		const last = Math.max(this.firstBlock, this.endBlock - 1);
		const line = table.line[last];
		return { start: this.heading.range.start, end: { line, character: table.end[last] - table.lineStarts[line] } };
	}
}

/**
 * Nests heading blocks into sections. A section runs from its heading to the block before the next
 * heading of the same or a higher level. The title (level 1) heads no section: the outline shows it
 * beside the sections, the way a page shows its headline above the article. `headings` are the
 * indices of the heading blocks in order; `blockAt` gives a block's object. Sections from block `relatedFrom`
 * on are related stories appended to the page.
 */
export function buildSections(table: BlockTable, blockAt: (index: number) => Block, headings: readonly number[], relatedFrom = -1): Section[] {
	const roots: Section[] = [];
	const stack: OpenSection[] = [];

	const close = (endBlock: number) => {
		const open = stack.pop()!;
		const section = new SeedSection(table, open.heading, open.level, open.firstBlock, endBlock, open.children ?? noChildren,
			relatedFrom >= 0 && open.firstBlock >= relatedFrom);
		if (stack.length > 0) {
			const parent = stack[stack.length - 1];
			(parent.children ??= []).push(section);
		} else {
			roots.push(section);
		}
	};

	for (const i of headings) {
		const heading = blockAt(i);
		const level = table.level[i];
		while (stack.length > 0 && stack[stack.length - 1].level >= level) {
			close(i);
		}
		stack.push({ heading, level, firstBlock: i, children: undefined });
	}
	while (stack.length > 0) {
		close(table.count);
	}
	return roots;
}
