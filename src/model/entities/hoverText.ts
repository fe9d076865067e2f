/**
 * Markdown for entity and date hovers, built here (pure) so it can be unit-tested; the editor adapter only
 * wraps it in an untrusted MarkdownString. Every piece of document text goes through `escapeMarkdown`.
 */
import { dayNames, monthNames } from '../calendar';
import { lineAt } from '../positions';
import { splitSentences } from '../sentences';
import type { SeedDocument } from '../types';
import { everyWhitespaceRun, trimWhitespace } from '../whitespace';
import type { Entity, EntityIndex } from './types';

/** Escapes text so markdown shows it literally (no links, emphasis, HTML or headings). */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\\`*_{}[\]()#+\-.!|~<>&"]/g, c => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '\\' + c))
		.replace(everyWhitespaceRun, ' ');
}

const typeNames: Readonly<Record<Entity['type'], string>> = {
	person: 'person', organization: 'organization', place: 'place', group: 'group or nationality', date: 'date', number: 'figure',
};

export interface HoverTextOptions {
	/** Link target for a 0-based line, e.g. `file:///…/doc.txt#L13`; links are left out when absent. */
	readonly lineLink?: (line: number) => string;
	/** At most this many mention links (default 12). */
	readonly maxLinks?: number;
}

/** The sentence around `offset`, trimmed to at most `max` characters. */
export function sentenceAround(doc: SeedDocument, offset: number, max = 300): string {
	const lineStarts = doc.lineStarts;
	const line = lineAt(lineStarts, offset);
	let lineStart = lineStarts[line];
	const headerRange = doc.header.range;
	if (headerRange && headerRange.end.line === line) {
		// The header token (" date 2024-03-26") is not part of the first sentence.
		lineStart = Math.max(lineStart, lineStarts[line] + headerRange.end.character);
	}
	const lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : doc.text.length;
	for (const s of splitSentences(doc.text, lineStart, lineEnd)) {
		if (s.start <= offset && offset < s.end) {
			const text = trimWhitespace(doc.text.slice(s.start, s.end));
			return text.length > max ? text.slice(0, max - 1) + '…' : text;
		}
	}
	return trimWhitespace(doc.text.slice(offset, Math.min(lineEnd, offset + max)));
}

/** The hover card of one entity: name, type, role, other names, the sentence introducing it and links to mentions. */
export function entityHoverMarkdown(doc: SeedDocument, index: EntityIndex, entityIndex: number, options: HoverTextOptions = {}): string {
	const e = index.entities[entityIndex];
	const parts: string[] = [];
	let head = `**${escapeMarkdown(e.name)}** · ${typeNames[e.type]}`;
	if (e.role) {
		head += ` · ${escapeMarkdown(e.role)}`;
	}
	parts.push(head);
	if (e.aliases.length) {
		parts.push(`Also written: ${e.aliases.map(a => escapeMarkdown(a)).join(', ')}`);
	}
	// The sentence that introduced it: its first full mention ("Israeli Defense Minister Yoav Gallant met ..."),
	// not a headline's surname before it.
	const introduction = e.mentions[e.definition] ?? e.mentions[0];
	if (introduction) {
		parts.push(`> ${escapeMarkdown(sentenceAround(doc, introduction.start))}`);
	}
	const count = e.mentions.length;
	let mentions = `${count} mention${count === 1 ? '' : 's'}`;
	if (options.lineLink) {
		const max = options.maxLinks ?? 12;
		const lines = [...new Set(e.mentions.map(m => lineAt(doc.lineStarts, m.start)))];
		const links = lines.slice(0, max).map(l => `[${l + 1}](${options.lineLink!(l)})`);
		mentions += ` on ${lines.length === 1 ? 'line' : 'lines'} ${links.join(', ')}${lines.length > max ? ', …' : ''}`;
	}
	parts.push(mentions);
	return parts.join('\n\n');
}


/** "1 year and 8 months ago", "in 3 days", "today": the distance between two UTC dates, in words. */
export function timeAgo(then: Date, now: Date): string {
	const days = Math.round((Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - then.getTime()) / 86_400_000);
	if (days === 0) {
		return 'today';
	}
	const future = days < 0;
	const abs = Math.abs(days);
	let text: string;
	if (abs < 31) {
		text = `${abs} day${abs === 1 ? '' : 's'}`;
	} else {
		const [a, b] = future ? [now, then] : [then, now];
		let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
		if (b.getUTCDate() < a.getUTCDate()) {
			months--;
		}
		const years = Math.floor(months / 12);
		const rest = months % 12;
		const y = years ? `${years} year${years === 1 ? '' : 's'}` : '';
		const m = rest ? `${rest} month${rest === 1 ? '' : 's'}` : '';
		text = [y, m].filter(Boolean).join(' and ') || `${abs} days`;
	}
	return future ? `in ${text}` : `${text} ago`;
}

/** The header date spelled out, with how long ago it was; null when the document has no valid header date. */
export function headerDateMarkdown(doc: SeedDocument, now: Date): string | null {
	const { date, precision } = doc.header;
	const m = date ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date) : null;
	if (!m) {
		return null;
	}
	const year = Number(m[1]);
	const month = Number(m[2]) - 1;
	const day = m[3] ? Number(m[3]) : 1;
	const then = new Date(Date.UTC(year, month, day));
	if (then.getUTCMonth() !== month || month < 0) {
		return null;
	}
	const spelled = precision === 'month' || !m[3]
		? `${monthNames[month]} ${year}`
		: `${dayNames[then.getUTCDay()]}, ${day} ${monthNames[month]} ${year}`;
	return `**${spelled}** · ${timeAgo(then, now)}\n\nThe page's date (from its \`date\` header).`;
}
