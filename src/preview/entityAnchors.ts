/**
 * Marks entity mentions in rendered block text (`<span class="entity ...">`) and gathers the hover
 * cards of the entities it marked. The mentions themselves come from the entity index through
 * previewEntities.ts; this is the renderer's side, pure like the rest of it.
 */
import { neutralizeBidi } from '../model/bidi';
import { escapeHtml } from '../model/escapeHtml';
import type { Block, SeedDocument } from '../model/types';
import { isPlainText, renderCardMarkdown, renderText } from './markdownEngine';

/** An entity mention, as offsets into the document text (end exclusive). */
export interface PreviewEntityMention {
	readonly start: number;
	readonly end: number;
	/** Entity type, e.g. `person`, `place`, `organization`; becomes the class `entity-<type>`. */
	readonly type: string;
	/** Stable entity id; becomes `data-entity`, and keys `cards`. */
	readonly id: string;
}

/**
 * Where the cards go: `store` (hidden elements the webview script shows on hover), `title`
 * (a native tooltip, for static exports without scripts) or `none`.
 */
export type EntityCardMode = 'store' | 'title' | 'none';

/** The entities escapeMarkdown (model/entities/hoverText.ts) writes for `<`, `>` and `&`. */
const markdownEntities: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/**
 * A card as one line of plain text, for a native tooltip: markdown escapes, the entities they use and
 * emphasis removed, so the caller's attribute escaping is the only one ("AT&T", not "AT&amp;T").
 */
function cardPlainText(markdown: string): string {
	return markdown.replace(/\*\*/g, '').replace(/^> /gm, '').replace(/\\(.)/g, '$1').replace(/&(?:lt|gt|amp);/g, e => markdownEntities[e])
		.replace(/\n{2,}/g, '\n').trim();
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

/** One render's marker: blocks must be rendered in document order (it keeps a cursor into the mentions). */
export class EntityMarker {
	private readonly _mentions: readonly PreviewEntityMention[];
	private _next = 0;

	constructor(
		mentions: readonly PreviewEntityMention[],
		private readonly _card: ((id: string) => string | undefined) | undefined,
		private readonly _mode: EntityCardMode,
	) {
		this._mentions = [...mentions]
			.filter(m => Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start)
			.sort((a, b) => a.start - b.start || b.end - a.end);
	}

	public readonly used = new Set<string>();

	/** Renders a block's text with its mentions marked (none when the text is not a slice of the document). */
	public renderBlock(doc: SeedDocument, block: Block): string {
		return this._render(block.text, textBase(doc, block));
	}

	/** Renders `text`, which starts at document offset `base` (mentions outside it are skipped). */
	private _render(text: string, base: number | undefined): string {
		if (base === undefined || this._mentions.length === 0) {
			return renderText(text);
		}
		// Most blocks have neither URLs nor bidi controls: then every piece is just escaped text.
		const piece = isPlainText(text) ? escapeHtml : renderText;
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
					attrs += ` title="${escapeHtml(neutralizeBidi(cardPlainText(card)))}"`;
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

	/** The hidden card store (`store` mode): one element per marked entity that has a card. */
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
