import { rangeAt } from './positions';
import type { Block, Range, SeedDocument, Section } from './types';
import { whitespaceRun } from './whitespace';

/** Names of `vscode.SymbolKind` members, so the CLI's JSON and the editor's outline are the same tree. */
export type OutlineSymbolKind = 'File' | 'Namespace' | 'String';

export interface OutlineSymbol {
	readonly name: string;
	readonly detail: string;
	readonly kind: OutlineSymbolKind;
	readonly range: Range;
	readonly selectionRange: Range;
	readonly children: readonly OutlineSymbol[];
}

const ledeNameWords = 8;

/**
 * The document's outline: the title (or, without one, the lede) covering everything before the first
 * section, then one symbol per section with its subsections as children.
 */
export function buildOutline(doc: SeedDocument): OutlineSymbol[] {
	const symbols: OutlineSymbol[] = [];
	const firstSection = doc.sections.length > 0 ? doc.sections[0].firstBlock : doc.blocks.length;
	const intro = doc.blocks.slice(0, firstSection);
	const head = doc.title ?? intro.find(b => b.kind === 'paragraph' || b.kind === 'subtitle' || b.kind === 'list-item' || b.kind === 'quote');
	if (head) {
		const first = intro[0];
		const last = intro[intro.length - 1];
		const isTitle = head === doc.title;
		const date = doc.header.date ?? '';
		symbols.push({
			name: isTitle ? head.text : leadingWords(head.text, ledeNameWords),
			detail: isTitle ? date : date ? `lede · ${date}` : 'lede',
			kind: isTitle ? 'File' : 'Namespace',
			range: rangeAt(doc.lineStarts, first.start, last.end),
			selectionRange: head.range,
			children: [],
		});
	}
	for (const section of doc.sections) {
		symbols.push(sectionSymbol(section));
	}
	return symbols;
}

function sectionSymbol(section: Section): OutlineSymbol {
	const heading: Block = section.heading;
	return {
		name: heading.text,
		detail: section.related ? 'related story' : '',
		kind: 'String',
		range: section.range,
		selectionRange: heading.range,
		children: section.children.map(sectionSymbol),
	};
}

export function leadingWords(text: string, count: number): string {
	const words = text.split(whitespaceRun);
	return words.length <= count ? text : `${words.slice(0, count).join(' ')}…`;
}
