import type { SeedDocument, Section } from './types';

export interface FoldingRegion {
	readonly start: number;
	readonly end: number;
	/** `comment` for runs of page noise, so "Fold All Block Comments" tucks them away in one go. */
	readonly kind: 'region' | 'comment';
}

/** Folding regions by line: each section, the intro before the first section, and runs of noise lines. */
export function buildFoldingRegions(doc: SeedDocument): FoldingRegion[] {
	const regions: FoldingRegion[] = [];
	const addSection = (section: Section) => {
		if (section.range.end.line > section.range.start.line) {
			regions.push({ start: section.range.start.line, end: section.range.end.line, kind: 'region' });
		}
		section.children.forEach(addSection);
	};
	doc.sections.forEach(addSection);

	const blocks = doc.blocks;
	for (let i = 0; i < blocks.length; i++) {
		if (blocks[i].kind !== 'boilerplate') {
			continue;
		}
		let j = i;
		while (j + 1 < blocks.length && blocks[j + 1].kind === 'boilerplate') {
			j++;
		}
		if (j > i) {
			regions.push({ start: blocks[i].range.start.line, end: blocks[j].range.end.line, kind: 'comment' });
		}
		i = j;
	}
	return regions.sort((a, b) => a.start - b.start || b.end - a.end);
}
