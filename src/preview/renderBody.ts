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
 */
import MarkdownIt from 'markdown-it';
import { countWords } from '../model/classifyLine';
import { escapeHtml } from '../model/escapeHtml';
import { formatReadingTime, formatWords } from '../model/library';
import type { Block, SeedDocument, SeedHeader, Section } from '../model/types';

/** An entity mention, as offsets into the document text (end exclusive). */
export interface PreviewEntityMention {
	readonly start: number;
	readonly end: number;
	/** Entity type, e.g. `person`, `place`, `organization`; becomes the class `entity-<type>`. */
	readonly type: string;
	/** Stable entity id; becomes `data-entity`, and keys `cards`. */
	readonly id: string;
}

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
	/**
	 * Where the cards go: `store` (hidden elements the webview script shows on hover), `title`
	 * (a native tooltip, for static exports without scripts) or `none`.
	 */
	readonly cardMode?: 'store' | 'title' | 'none';
}

export interface ArticleStats {
	readonly words: number;
	/** "431 words · 2 min read". */
	readonly label: string;
}

const monthNames = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December',
];

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

let engine: MarkdownIt | undefined;
let cardEngine: MarkdownIt | undefined;

/** Markdown for hover cards: CommonMark without raw HTML; links only to http(s). */
function renderCardMarkdown(markdown: string): string {
	if (!cardEngine) {
		cardEngine = new MarkdownIt('commonmark', { html: false });
		cardEngine.validateLink = url => /^https?:\/\//i.test(url);
	}
	return cardEngine.render(markdown);
}

/** A card as one line of plain text, for a native tooltip: markdown escapes and emphasis removed. */
function cardPlainText(markdown: string): string {
	return markdown.replace(/\*\*/g, '').replace(/^> /gm, '').replace(/\\(.)/g, '$1').replace(/\n{2,}/g, '\n').trim();
}

/** The shared inline engine: plain text plus http(s) autolinks, nothing else. Created lazily. */
function getEngine(): MarkdownIt {
	if (!engine) {
		const md = new MarkdownIt('zero', { html: false, linkify: true });
		md.enable(['linkify']);
		md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
		md.validateLink = url => /^https?:\/\//i.test(url);
		engine = md;
	}
	return engine;
}

/** Bidi embedding, override and isolate controls (the "Trojan Source" characters). */
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/g;
const hasLinkCandidate = /https?:\/\//i;

function renderInline(text: string): string {
	if (!hasLinkCandidate.test(text)) {
		// Without a URL, markdown-it's zero preset plus linkify yields exactly the escaped text;
		// skipping it keeps a 1 MB seed well inside the render budget.
		return escapeHtml(text);
	}
	return getEngine().renderInline(text);
}

/** Renders plain text, marking bidi controls visibly instead of letting them act. */
function renderText(text: string): string {
	if (!bidiControl.test(text)) {
		bidiControl.lastIndex = 0;
		return renderInline(text);
	}
	bidiControl.lastIndex = 0;
	let out = '';
	let last = 0;
	for (const m of text.matchAll(bidiControl)) {
		const code = m[0].charCodeAt(0).toString(16).toUpperCase();
		out += renderInline(text.slice(last, m.index)) + `<span class="bidi-control" title="Bidirectional control character U+${code}">U+${code}</span>`;
		last = m.index! + 1;
	}
	return out + renderInline(text.slice(last));
}

/** Where a block's `text` starts in the document, when it is a verbatim slice of it; else undefined. */
function textBase(doc: SeedDocument, block: Block): number | undefined {
	const source = doc.text.slice(block.start, block.end);
	if (source === block.text) {
		return block.start;
	}
	const at = source.indexOf(block.text);
	return at >= 0 ? block.start + at : undefined;
}

class EntityMarker {
	private readonly _mentions: readonly PreviewEntityMention[];
	private _next = 0;

	constructor(
		mentions: readonly PreviewEntityMention[],
		private readonly _card: ((id: string) => string | undefined) | undefined,
		private readonly _mode: 'store' | 'title' | 'none',
	) {
		this._mentions = [...mentions]
			.filter(m => Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start)
			.sort((a, b) => a.start - b.start || b.end - a.end);
	}

	public readonly used = new Set<string>();

	/** Renders `text`, which starts at document offset `base` (mentions outside it are skipped). */
	public render(text: string, base: number | undefined): string {
		if (base === undefined || this._mentions.length === 0) {
			return renderText(text);
		}
		// Most blocks have neither URLs nor bidi controls: then every piece is just escaped text.
		bidiControl.lastIndex = 0;
		const piece = hasLinkCandidate.test(text) || bidiControl.test(text) ? renderText : escapeHtml;
		bidiControl.lastIndex = 0;
		const end = base + text.length;
		// Mentions are sorted and blocks come in document order, so a cursor is enough.
		while (this._next < this._mentions.length && this._mentions[this._next].end <= base) {
			this._next++;
		}
		let out = '';
		let pos = base;
		for (let i = this._next; i < this._mentions.length && this._mentions[i].start < end; i++) {
			const m = this._mentions[i];
			if (m.start < pos || m.end > end) {
				continue; // overlapping or crossing the block boundary
			}
			out += piece(text.slice(pos - base, m.start - base));
			out += this._open(m) + piece(text.slice(m.start - base, m.end - base)) + '</span>';
			pos = m.end;
		}
		return out + piece(text.slice(pos - base));
	}

	private readonly _openTags = new Map<string, string>();

	private _open(m: PreviewEntityMention): string {
		const key = `${m.type}\u0000${m.id}`;
		let tag = this._openTags.get(key);
		if (tag === undefined) {
			const type = m.type.toLowerCase().replace(/[^a-z0-9-]/g, '');
			let attrs = `class="entity entity-${type}" data-entity="${escapeHtml(m.id)}"`;
			if (this._mode === 'title') {
				const card = this._cards(m.id);
				if (card !== undefined) {
					attrs += ` title="${escapeHtml(cardPlainText(card))}"`;
				}
			}
			tag = `<span ${attrs}>`;
			this._openTags.set(key, tag);
		}
		if (this._mode === 'store') {
			this.used.add(m.id);
		}
		return tag;
	}

	/** Each card computed once per id, and only for ids that occur. */
	private readonly _cardCache = new Map<string, string | undefined>();

	private _cards(id: string): string | undefined {
		if (!this._cardCache.has(id)) {
			this._cardCache.set(id, this._card?.(id));
		}
		return this._cardCache.get(id);
	}

	public renderStore(): string {
		if (this._mode !== 'store' || this.used.size === 0 || !this._card) {
			return '';
		}
		let out = '<div class="entity-cards" hidden>';
		for (const id of this.used) {
			const card = this._cards(id);
			if (card !== undefined) {
				out += `<div data-card-for="${escapeHtml(id)}">${renderCardMarkdown(card)}</div>`;
			}
		}
		return out + '</div>';
	}
}

/**
 * Word count (article text, page noise excluded) and reading time, by the same rules and wording as the
 * status bar's reading stats, so both show the same figures.
 */
export function articleStats(doc: SeedDocument): ArticleStats {
	let words = 0;
	for (const block of doc.blocks) {
		if (block.kind !== 'boilerplate') {
			words += countWords(block.text);
		}
	}
	return { words, label: `${formatWords(words)} · ${formatReadingTime(words)} read` };
}

/** Heading ids, unique within one render: "crisis", "crisis-2", ... (a counter per base keeps it linear). */
class SlugSet {
	private readonly _taken = new Set<string>(['seed-content', 'seed-toc', 'seed-card']);
	private readonly _next = new Map<string, number>();

	public add(text: string): string {
		const base = text
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, '-')
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

function lineAttr(block: Block, extraClass?: string): string {
	const cls = extraClass ? `code-line ${extraClass}` : 'code-line';
	const { start, end } = block.range;
	const endAttr = end.line > start.line ? ` data-line-end="${end.line}"` : '';
	return `class="${cls}" data-line="${start.line}"${endAttr} dir="auto"`;
}

type ListKind = 'ol' | 'ul';

function listKindOf(block: Block): ListKind {
	return block.marker && /^\d+[.)]$/.test(block.marker) ? 'ol' : 'ul';
}

function renderToc(sections: readonly Section[], ids: ReadonlyMap<number, string>): string {
	if (sections.length === 0) {
		return '';
	}
	let out = '<ol>';
	for (const section of sections) {
		const id = ids.get(section.heading.start);
		const label = renderText(section.heading.text);
		out += '<li>' + (id ? `<a href="#${id}">${label}</a>` : label);
		out += renderToc(section.children, ids);
		out += '</li>';
	}
	return out + '</ol>';
}

/**
 * Renders the article body. The result is a fragment for `<main id="seed-content">`: dateline,
 * title, stats and table of contents, then the blocks in source order.
 */
export function renderBody(doc: SeedDocument, options: RenderOptions = {}): string {
	const hideBoilerplate = options.hideBoilerplate ?? true;
	const showToc = options.showToc ?? true;
	const entities = new EntityMarker(options.entities ?? [], options.card, options.cardMode ?? 'store');
	const blocks = doc.blocks;
	const parts: string[] = [];

	// Heading ids first: the table of contents needs them before the headings are written.
	const ids = new Map<number, string>();
	const slugs = new SlugSet();
	for (const block of blocks) {
		if (block.kind === 'heading') {
			ids.set(block.start, slugs.add(block.text));
		}
	}

	const dateline = formatHeaderDate(doc.header);
	if (dateline && doc.header.range) {
		const iso = escapeHtml(doc.header.date ?? '');
		parts.push(`<p class="code-line seed-dateline" data-line="${doc.header.range.start.line}"><time datetime="${iso}">${escapeHtml(dateline)}</time></p>`);
	}

	// Stats and contents follow the title and its subtitle, or open the article when there is no title.
	let frontMatterAfter = -1;
	for (let i = 0; i < blocks.length; i++) {
		if (blocks[i].kind === 'title') {
			frontMatterAfter = i;
			if (blocks[i + 1]?.kind === 'subtitle') {
				frontMatterAfter = i + 1;
			}
			break;
		}
	}
	const stats = articleStats(doc);
	const frontMatter = () => {
		let out = `<p class="seed-stats">${escapeHtml(stats.label)}</p>`;
		if (showToc && doc.sections.length > 0) {
			out += `<nav class="seed-toc" id="seed-toc" aria-label="Contents"><details open><summary>Contents</summary>${renderToc(doc.sections, ids)}</details></nav>`;
		}
		return out;
	};
	if (frontMatterAfter < 0) {
		parts.push(frontMatter());
	}

	let openList: ListKind | undefined;
	let inQuote = false;
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
		const text = entities.render(block.text, textBase(doc, block));
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
	parts.push(entities.renderStore());
	return parts.join('\n');
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
