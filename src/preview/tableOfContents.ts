/**
 * Heading ids and the table of contents that links to them. The ids are assigned once per render,
 * before anything is written, because the contents come before the headings they point to.
 */
import type { Block, Section } from '../model/types';
import { renderText } from './markdownEngine';

/**
 * Heading ids, unique within one render: "crisis", "crisis-2", ... (a counter per base keeps it linear).
 * Combining marks stay, so a Hindi heading keeps its vowel signs ("मुख्य-बातें").
 */
class SlugSet {
	private readonly _taken = new Set<string>(['seed-content', 'seed-toc', 'seed-card']);
	private readonly _next = new Map<string, number>();

	public add(text: string): string {
		const base = text
			.toLowerCase()
			.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || 'section';
		let id = base;
		let i = this._next.get(base) ?? 2;
		while (this._taken.has(id)) {
			id = `${base}-${i++}`;
		}
		this._next.set(base, i);
		this._taken.add(id);
		return id;
	}
}

/** The element id of every heading block, keyed by the block's start offset. */
export function headingIds(blocks: readonly Block[]): Map<number, string> {
	const ids = new Map<number, string>();
	const slugs = new SlugSet();
	for (const block of blocks) {
		if (block.kind === 'heading') {
			ids.set(block.start, slugs.add(block.text));
		}
	}
	return ids;
}

/** Sections with their subsections. */
function sectionCount(sections: readonly Section[]): number {
	let count = sections.length;
	for (const section of sections) {
		count += sectionCount(section.children);
	}
	return count;
}

/** Nested lists of the sections whose heading ends by `shownEnd`; `cut.count` adds up the others. */
function renderSections(sections: readonly Section[], ids: ReadonlyMap<number, string>, shownEnd: number, cut: { count: number }): string {
	let out = '';
	for (const section of sections) {
		if (section.heading.end > shownEnd) {
			cut.count += 1 + sectionCount(section.children);
			continue;
		}
		const id = ids.get(section.heading.start);
		const label = renderText(section.heading.text);
		out += '<li>' + (id ? `<a href="#${id}">${label}</a>` : label);
		out += renderSections(section.children, ids, shownEnd, cut);
		out += '</li>';
	}
	return out ? `<ol>${out}</ol>` : '';
}

/**
 * The collapsible contents as nested lists of links to the headings; empty without sections. When the
 * body is cut at `shownEnd` (the preview's size cap), only the sections whose heading is shown are
 * listed, and one line says how many more there are: a 50 MB seed's contents would otherwise list
 * thousands of headings that are not on the page.
 */
export function renderTableOfContents(sections: readonly Section[], ids: ReadonlyMap<number, string>, shownEnd = Infinity): string {
	if (sections.length === 0) {
		return '';
	}
	const cut = { count: 0 };
	const list = renderSections(sections, ids, shownEnd, cut);
	const more = cut.count === 0 ? ''
		: `<p class="seed-toc-more">${cut.count.toLocaleString('en-US')} more ${cut.count === 1 ? 'section is' : 'sections are'} past the part shown</p>`;
	return `<nav class="seed-toc" id="seed-toc" aria-label="Contents"><details open><summary>Contents</summary>${list}${more}</details></nav>`;
}
