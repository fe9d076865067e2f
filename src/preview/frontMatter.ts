/**
 * What the article shows besides its blocks: the dateline from the seed's header, and the stats line
 * and table of contents that follow the title.
 */
import { monthNames } from '../model/calendar';
import { countWords } from '../model/classifyLine';
import { escapeHtml } from '../model/escapeHtml';
import { formatReadingTime, formatWords } from '../model/library';
import type { Block, SeedDocument, SeedHeader } from '../model/types';
import { renderTableOfContents } from './tableOfContents';

export interface ArticleStats {
	readonly words: number;
	/** "431 words · 2 min read". */
	readonly label: string;
}

/** Formats `2024-03-26` as "March 26, 2024" and `2024-06` as "June 2024"; null for anything else. */
export function formatHeaderDate(header: Pick<SeedHeader, 'date' | 'precision'>): string | null {
	const m = header.date ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(header.date) : null;
	if (!m) {
		return null;
	}
	const month = monthNames[Number(m[2]) - 1];
	if (!month) {
		return null;
	}
	if (m[3] && header.precision !== 'month') {
		return `${month} ${Number(m[3])}, ${m[1]}`;
	}
	return `${month} ${m[1]}`;
}

/**
 * Word count (article text; page noise and appended stories excluded) and reading time, by the same rules and wording as the
 * status bar's reading stats, so both show the same figures.
 */
export function articleStats(doc: SeedDocument): ArticleStats {
	let words = 0;
	const blocks = doc.blocks;
	const end = doc.relatedStoriesFrom >= 0 ? doc.relatedStoriesFrom : blocks.length;
	for (let i = 0; i < end; i++) {
		if (blocks[i].kind !== 'boilerplate') {
			words += countWords(blocks[i].text);
		}
	}
	return { words, label: `${formatWords(words)} · ${formatReadingTime(words)} read` };
}

/** The header's date as a `<time>` on the header's line; undefined when the header has no readable date. */
export function renderDateline(doc: SeedDocument): string | undefined {
	const dateline = formatHeaderDate(doc.header);
	if (!dateline || !doc.header.range) {
		return undefined;
	}
	const iso = escapeHtml(doc.header.date ?? '');
	return `<p class="code-line seed-dateline" data-line="${doc.header.range.start.line}"><time datetime="${iso}">${escapeHtml(dateline)}</time></p>`;
}

/**
 * The index of the block the stats and contents follow: the title, or its subtitle when one comes
 * right after it; -1 when there is no title and they open the article.
 */
export function frontMatterPosition(blocks: readonly Block[]): number {
	for (let i = 0; i < blocks.length; i++) {
		if (blocks[i].kind === 'title') {
			return blocks[i + 1]?.kind === 'subtitle' ? i + 1 : i;
		}
	}
	return -1;
}

/**
 * The stats line, then the table of contents when it is wanted and there are sections; `shownEnd` is
 * where the body is cut, if it is.
 */
export function renderFrontMatter(doc: SeedDocument, headingIds: ReadonlyMap<number, string>, showToc: boolean, shownEnd = Infinity): string {
	let out = `<p class="seed-stats">${escapeHtml(articleStats(doc).label)}</p>`;
	if (showToc) {
		out += renderTableOfContents(doc.sections.filter(s => !s.related), headingIds, shownEnd);
	}
	return out;
}
