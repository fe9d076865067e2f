import type { Block, Section } from './types';

interface OpenSection {
	readonly heading: Block;
	readonly level: number;
	readonly firstBlock: number;
	readonly children: Section[];
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
		const section: Section = {
			heading: open.heading,
			level: open.level,
			range: { start: open.heading.range.start, end: last.range.end },
			firstBlock: open.firstBlock,
			endBlock,
			children: open.children,
		};
		(stack.length > 0 ? stack[stack.length - 1].children : roots).push(section);
	};

	// The parser knows where its headings are; scanning 100,000 blocks for them is not free.
	const headingIndices = headings ?? blocks.flatMap((block, i) => block.kind === 'heading' ? [i] : []);
	for (const i of headingIndices) {
		const block = blocks[i];
		while (stack.length > 0 && stack[stack.length - 1].level >= block.level) {
			close(i);
		}
		stack.push({ heading: block, level: block.level, firstBlock: i, children: [] });
	}
	while (stack.length > 0) {
		close(blocks.length);
	}
	return roots;
}
