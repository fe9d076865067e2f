/**
 * The renderer's markdown-it: a block's inline text (plain text plus http(s) autolinks, nothing else)
 * and the entity hover cards. The only module that imports markdown-it; it is reached only through
 * renderBody.ts, which the desktop build loads lazily (see lazyRenderer.ts), so activation never
 * compiles markdown-it.
 */
import MarkdownIt from 'markdown-it';
import { bidiControlName, bidiControlsIn, hasBidiControl, neutralizeBidi } from '../model/bidi';
import { escapeHtml } from '../model/escapeHtml';

let inlineEngine: MarkdownIt | undefined;
let cardEngine: MarkdownIt | undefined;

/** Markdown for hover cards: CommonMark without raw HTML; links only to http(s). */
export function renderCardMarkdown(markdown: string): string {
	if (!cardEngine) {
		cardEngine = new MarkdownIt('commonmark', { html: false });
		cardEngine.validateLink = url => /^https?:\/\//i.test(url);
	}
	// The card quotes document text: its bidi controls are written as their codes, as in tooltips.
	return cardEngine.render(neutralizeBidi(markdown));
}

/** The shared inline engine: plain text plus http(s) autolinks, nothing else. Created lazily. */
function getInlineEngine(): MarkdownIt {
	if (!inlineEngine) {
		const md = new MarkdownIt('zero', { html: false, linkify: true });
		md.enable(['linkify']);
		md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
		md.validateLink = url => /^https?:\/\//i.test(url);
		inlineEngine = md;
	}
	return inlineEngine;
}

const hasLinkCandidate = /https?:\/\//i;

function renderInline(text: string): string {
	if (!hasLinkCandidate.test(text)) {
		// Without a URL, markdown-it's zero preset plus linkify yields exactly the escaped text;
		// skipping it keeps a 1 MB seed well inside the render budget.
		return escapeHtml(text);
	}
	const html = getInlineEngine().renderInline(text);
	// Linkify must only add links, never drop or change text (a 255-character host came out as
	// "https://"): if the rendered text is not the text, show it unlinked.
	return visibleText(html) === text ? html : escapeHtml(text);
}

const htmlEntities: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': '\'', '&amp;': '&' };

/** The text a reader sees in inline HTML made of text and links: tags dropped, entities decoded. */
function visibleText(html: string): string {
	return html.replace(/<[^>]*>/g, '').replace(/&(?:lt|gt|quot|#39|amp);/g, e => htmlEntities[e]);
}

/** Renders plain text, marking bidi controls visibly instead of letting them act. */
export function renderText(text: string): string {
	if (!hasBidiControl(text)) {
		return renderInline(text);
	}
	let out = '';
	let last = 0;
	for (const m of bidiControlsIn(text)) {
		const name = bidiControlName(m[0]);
		out += renderInline(text.slice(last, m.index)) + `<span class="bidi-control" title="Bidirectional control character ${name}">${name}</span>`;
		last = m.index! + 1;
	}
	return out + renderInline(text.slice(last));
}

/** True when `text` has neither a URL nor a bidi control: then `renderText` of it (or of any piece of it) is `escapeHtml`. */
export function isPlainText(text: string): boolean {
	return !hasLinkCandidate.test(text) && !hasBidiControl(text);
}
