/**
 * Pure renderer: a parsed seed document -> the HTML of the article body.
 *
 * No `vscode` import, so unit tests and the CLI use exactly the code the webview shows.
 *
 * Invariants:
 * - The model decides structure (headings, lists, quotes, captions); markdown-it only renders a block's
 *   inline text, with `html: false` and links limited to literal http(s) URLs. Other markdown syntax in a
 *   seed (`*`, `` ` ``, `[x](y)`) is plain text, because seeds are plain text.
 * - Every block element carries `class="code-line"` and `data-line` = the 0-based SOURCE line of the
 *   block in the model. Elements appear in ascending `data-line` order (scroll sync binary-searches them).
 * - Nothing from the document reaches the output unescaped; bidi control characters are replaced by a
 *   visible marker so they cannot reorder the text around them.
 *
 * This module puts the blocks together and is the renderer's entry point (the desktop build bundles its
 * graph as dist/renderer.js). Its parts: markdownEngine.ts (markdown-it, inline text and bidi marking),
 * entityAnchors.ts (entity mentions and hover cards), frontMatter.ts (dateline, stats) and
 * tableOfContents.ts (heading ids, contents).
 */
import { escapeHtml } from '../model/escapeHtml';
import type { Block, SeedDocument } from '../model/types';
import { EntityMarker, type EntityCardMode, type PreviewEntityMention } from './entityAnchors';
import { frontMatterPosition, renderDateline, renderFrontMatter } from './frontMatter';
import { headingIds } from './tableOfContents';

export type { PreviewEntityMention } from './entityAnchors';
export { articleStats, formatHeaderDate, type ArticleStats } from './frontMatter';

export interface RenderOptions {
	/** Leave page noise out entirely (true, the default) or show it dimmed. */
	readonly hideBoilerplate?: boolean;
	/** Render the table of contents (default true). */
	readonly showToc?: boolean;
	/** Entity mentions to mark up; they may arrive in any order and are clipped to block text. */
	readonly entities?: readonly PreviewEntityMention[];
	/**
	 * The hover card of an entity id, as markdown whose document text is already escaped (the editor
	 * hover's text). Rendered by markdown-it with `html: false`, so even unescaped text cannot inject HTML.
	 */
	readonly card?: (id: string) => string | undefined;
	/** Where the cards go (see EntityCardMode); `store` by default. */
	readonly cardMode?: EntityCardMode;
	/**
	 * The size cap: render only the blocks that end within the first `maxChars` characters, and list only
	 * their sections in the contents (with one line counting the rest). No cap when undefined.
	 */
	readonly maxChars?: number;
}

/** How many of `blocks` (in source order) end by `end`. */
function blocksEndingBy(blocks: readonly Block[], end: number): number {
	let low = 0;
	let high = blocks.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (blocks[mid].end <= end) {
			low = mid + 1;
		} else {
			high = mid;
		}
	}
	return low;
}

function lineAttr(block: Block, extraClass?: string): string {
	const cls = extraClass ? `code-line ${extraClass}` : 'code-line';
	return `class="${cls}" data-line="${block.range.start.line}" dir="auto"`;
}

type ListKind = 'ol' | 'ul';

function listKindOf(block: Block): ListKind {
	return block.marker && /^\d+[.)]$/.test(block.marker) ? 'ol' : 'ul';
}

/**
 * Renders the article body. The result is a fragment for `<main id="seed-content">`: dateline,
 * title, stats and table of contents, then the blocks in source order.
 */
export function renderBody(doc: SeedDocument, options: RenderOptions = {}): string {
	const hideBoilerplate = options.hideBoilerplate ?? true;
	const showToc = options.showToc ?? true;
	const entities = new EntityMarker(options.entities ?? [], options.card, options.cardMode ?? 'store');
	const shownEnd = options.maxChars !== undefined && doc.text.length > options.maxChars ? options.maxChars : Infinity;
	const allBlocks = doc.blocks;
	const blocks = shownEnd === Infinity ? allBlocks : allBlocks.slice(0, blocksEndingBy(allBlocks, shownEnd));
	const parts: string[] = [];

	// Heading ids first: the table of contents needs them before the headings are written.
	const ids = headingIds(blocks);

	const dateline = renderDateline(doc);
	if (dateline) {
		parts.push(dateline);
	}

	// Stats and contents follow the title and its subtitle, or open the article when there is no title.
	const frontMatterAfter = frontMatterPosition(blocks);
	const frontMatter = () => renderFrontMatter(doc, ids, showToc, shownEnd);
	if (frontMatterAfter < 0) {
		parts.push(frontMatter());
	}

	let openList: ListKind | undefined;
	let inQuote = false;
	// Stories the page appended after the article: folded away with the rest of the page's noise.
	const relatedFrom = doc.relatedStoriesFrom;
	const closeGroups = () => {
		if (openList) {
			parts.push(`</${openList}>`);
			openList = undefined;
		}
		if (inQuote) {
			parts.push('</blockquote>');
			inQuote = false;
		}
	};

	for (let i = 0; i < blocks.length; i++) {
		const block = blocks[i];
		if (block.kind === 'boilerplate' && hideBoilerplate) {
			continue;
		}
		// Pages often print a photo's caption twice in a row; with the page's noise hidden, the reader sees it once.
		if (hideBoilerplate && block.kind === 'caption' && i > 0 && isRepeatedCaption(doc, blocks[i - 1], block)) {
			continue;
		}
		const text = entities.renderBlock(doc, block);
		if (block.kind === 'list-item') {
			const kind = listKindOf(block);
			if (openList !== kind || inQuote) {
				closeGroups();
				parts.push(kind === 'ol' ? '<ol>' : '<ul>');
				openList = kind;
			}
			const value = kind === 'ol' ? ` value="${parseInt(block.marker!, 10)}"` : '';
			// A gallery counter ("1/11") or other unusual marker stays visible, as the page showed it.
			const marker = kind === 'ul' && block.marker && block.marker !== '-' && block.marker !== '*' && block.marker !== '•'
				? `<span class="seed-marker">${escapeHtml(block.marker)}</span> ` : '';
			parts.push(`<li ${lineAttr(block, marker ? 'seed-counter' : undefined)}${value}>${marker}${stripMarker(text, block)}</li>`);
			continue;
		}
		if (block.kind === 'quote') {
			if (!inQuote) {
				closeGroups();
				parts.push('<blockquote>');
				inQuote = true;
			}
			parts.push(`<p ${lineAttr(block)}>${text}</p>`);
			continue;
		}
		closeGroups();
		if (i === relatedFrom) {
			parts.push(`<details class="seed-related"${hideBoilerplate ? '' : ' open'}>`);
			parts.push(`<summary><span class="seed-related-label">Related story</span> <h2 id="${ids.get(block.start)}" ${lineAttr(block)}>${text}</h2></summary>`);
			continue;
		}
		switch (block.kind) {
			case 'title':
				parts.push(`<h1 ${lineAttr(block, 'seed-title')}>${text}</h1>`);
				break;
			case 'subtitle':
				parts.push(`<p ${lineAttr(block, 'seed-subtitle')}>${text}</p>`);
				break;
			case 'heading': {
				const tag = block.level >= 3 ? 'h3' : 'h2';
				parts.push(`<${tag} id="${ids.get(block.start)}" ${lineAttr(block)}>${text}</${tag}>`);
				break;
			}
			case 'caption':
				parts.push(`<p ${lineAttr(block, 'seed-caption')}>${text}</p>`);
				break;
			case 'byline':
				parts.push(`<p ${lineAttr(block, 'seed-byline')}>${text}</p>`);
				break;
			case 'dateline':
				parts.push(`<p ${lineAttr(block, 'seed-inline-dateline')}>${text}</p>`);
				break;
			case 'boilerplate':
				parts.push(`<p ${lineAttr(block, 'seed-boilerplate')}>${text}</p>`);
				break;
			default:
				parts.push(`<p ${lineAttr(block)}>${text}</p>`);
		}
		if (i === frontMatterAfter) {
			parts.push(frontMatter());
		}
	}
	closeGroups();
	if (relatedFrom >= 0 && relatedFrom < blocks.length) {
		parts.push('</details>');
	}
	parts.push(entities.renderStore());
	return parts.join('\n');
}

function isRepeatedCaption(doc: SeedDocument, previous: Block, block: Block): boolean {
	return previous.kind === 'caption' && previous.end - previous.start === block.end - block.start
		&& doc.text.startsWith(doc.text.slice(previous.start, previous.end), block.start);
}

/**
 * A list item's text may still begin with its marker; the list element shows numbering itself, so
 * drop a leading marker from the rendered text (the marker is plain ASCII, so escaping left it intact).
 */
function stripMarker(html: string, block: Block): string {
	if (!block.marker) {
		return html;
	}
	const marker = escapeHtml(block.marker);
	return html.startsWith(marker) ? html.slice(marker.length).replace(/^\s+/, '') : html;
}
