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

function renderSections(sections: readonly Section[], ids: ReadonlyMap<number, string>): string {
	if (sections.length === 0) {
		return '';
	}
	let out = '<ol>';
	for (const section of sections) {
		const id = ids.get(section.heading.start);
		const label = renderText(section.heading.text);
		out += '<li>' + (id ? `<a href="#${id}">${label}</a>` : label);
		out += renderSections(section.children, ids);
		out += '</li>';
	}
	return out + '</ol>';
}

/** The collapsible contents as nested lists of links to the headings; empty without sections. */
export function renderTableOfContents(sections: readonly Section[], ids: ReadonlyMap<number, string>): string {
	if (sections.length === 0) {
		return '';
	}
	return `<nav class="seed-toc" id="seed-toc" aria-label="Contents"><details open><summary>Contents</summary>${renderSections(sections, ids)}</details></nav>`;
}
