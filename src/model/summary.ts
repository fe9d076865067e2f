import { countWords } from './words';
import { leadingWords } from './outline';
import type { Range, SeedDocument } from './types';

export interface SummaryHeading {
	readonly name: string;
	readonly level: number;
	readonly range: Range;
}

/** What workspace-wide features keep of a seed: small enough to hold thousands in memory. */
export interface SeedSummary {
	readonly date: string | null;
	/** The page's title, or its first words when it shows none. */
	readonly label: string;
	readonly hasTitle: boolean;
	readonly titleRange: Range | null;
	readonly headings: readonly SummaryHeading[];
	readonly wordCount: number;
}

export function summarize(doc: SeedDocument): SeedSummary {
	const headings: SummaryHeading[] = [];
	let words = 0;
	let firstText: string | undefined;
	const blocks = doc.blocks;
	const articleEnd = doc.relatedStoriesFrom >= 0 ? doc.relatedStoriesFrom : blocks.length;
	for (let i = 0; i < blocks.length; i++) {
		const block = blocks[i];
		if (block.kind === 'boilerplate') {
			continue;
		}
		if (i < articleEnd) {
			words += countWords(block.text);
		}
		if (block.kind === 'heading') {
			headings.push({ name: block.text, level: block.level, range: block.range });
		} else if (firstText === undefined && (block.kind === 'paragraph' || block.kind === 'subtitle')) {
			firstText = block.text;
		}
	}
	return {
		date: doc.header.date,
		label: doc.title?.text ?? leadingWords(firstText ?? '', 8),
		hasTitle: doc.title !== null,
		titleRange: doc.title?.range ?? null,
		headings,
		wordCount: words,
	};
}

/** Case-insensitive subsequence match, the same leniency as VS Code's symbol pickers. */
export function matchesQuery(name: string, query: string): boolean {
	if (query.length === 0) {
		return true;
	}
	const haystack = name.toLowerCase();
	let at = 0;
	for (const ch of query.toLowerCase()) {
		if (ch === ' ') {
			continue;
		}
		at = haystack.indexOf(ch, at);
		if (at < 0) {
			return false;
		}
		at++;
	}
	return true;
}
