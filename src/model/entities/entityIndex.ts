/**
 * The per-document entity index: recognised spans grouped into entities (surnames, possessives,
 * short forms and acronyms joined to the full name), with every mention and O(log n) lookup by offset.
 */
import type { Block, BlockKind, SeedDocument } from '../types';
import { gazetteer } from './gazetteer';
import { mergeSpans, type SeedEntityRecognizer } from './recognize';
import type { Entity, EntityIndex, EntityMention, EntitySpan, EntityType } from './types';

/** Blocks that are page furniture: no entities there. */
const skippedKinds: ReadonlySet<BlockKind> = new Set(['boilerplate']);
/** Blocks whose capitalised words are mostly Title Case, not names: keep only names confirmed elsewhere. */
const headingKinds: ReadonlySet<BlockKind> = new Set(['heading', 'title', 'subtitle']);

interface Draft {
	span: EntitySpan;
	heading: boolean;
	key?: string;
}

interface EntityDraft {
	key: string;
	name: string;
	type: EntityType;
	role: string | null;
	spans: Draft[];
	typeVotes: Map<EntityType, number>;
}

const functionWords = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'al', 'el']);

function initials(name: string): string {
	return name.split(/[\s-]+/).filter(w => w && !functionWords.has(w.toLowerCase())).map(w => w[0]).join('').toUpperCase();
}

function words(text: string): string[] {
	return text.split(/\s+/).filter(Boolean);
}

/** Builds the entity index of a parsed seed. Each block is recognised on its own (and cached by its text). */
export function buildEntityIndex(doc: SeedDocument, recognizer: SeedEntityRecognizer): EntityIndex {
	const blocks = doc.blocks.filter(b => !skippedKinds.has(b.kind));
	const found = blocks.map(b => ({ block: b, spans: recognizer.recognizeBlock(doc.text, b.start, b.end) }));
	return indexSpans(addRepeats(doc.text, found));
}

/**
 * The tagger can miss a name the second time ("between Austin and Gallant"): adds every other
 * occurrence, as a whole word, of a person's name or surname found in body text.
 */
function addRepeats(text: string, found: { block: Block; spans: readonly EntitySpan[] }[]): { block: Block; spans: readonly EntitySpan[] }[] {
	const names = new Map<string, EntitySpan>();
	for (const { block, spans } of found) {
		if (headingKinds.has(block.kind)) {
			continue;
		}
		for (const s of spans) {
			if (s.type !== 'person') {
				continue;
			}
			const w = words(s.text);
			if (w.length >= 2) {
				names.set(s.text, { ...s, role: undefined });
				const surname = w[w.length - 1];
				if (/^\p{Lu}\p{Ll}/u.test(surname) && !names.has(surname)) {
					names.set(surname, { ...s, text: surname, role: undefined });
				}
			}
		}
	}
	if (names.size === 0) {
		return found;
	}
	// Names by their first word, longest first; a capitalised word that starts none is skipped at once.
	const byFirst = new Map<string, string[]>();
	for (const name of names.keys()) {
		const first = name.split(' ')[0];
		const list = byFirst.get(first) ?? [];
		list.push(name);
		byFirst.set(first, list);
	}
	byFirst.forEach(list => list.sort((a, b) => b.length - a.length));
	const capitalised = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}\p{N}]*/gu;
	const wordChar = /[\p{L}\p{N}]/u;
	return found.map(({ block, spans }) => {
		const extra: EntitySpan[] = [];
		capitalised.lastIndex = block.start;
		for (let m = capitalised.exec(text); m && m.index < block.end; m = capitalised.exec(text)) {
			const candidates = byFirst.get(m[0]);
			if (!candidates) {
				continue;
			}
			for (const name of candidates) {
				const end = m.index + name.length;
				if (end <= block.end && text.startsWith(name, m.index) && !(end < text.length && wordChar.test(text[end]))) {
					extra.push({ start: m.index, end, type: 'person', text: name });
					capitalised.lastIndex = end;
					break;
				}
			}
		}
		if (!extra.length) {
			return { block, spans };
		}
		// In headings a known name beats the tagger's Title Case run ("Austin Presses Gallant").
		return { block, spans: headingKinds.has(block.kind) ? mergeSpans(extra, spans) : mergeSpans(spans, extra) };
	});
}

/** Groups spans found per block into entities. Exposed for callers that recognise blocks themselves. */
export function indexSpans(found: readonly { block: Pick<Block, 'kind'>; spans: readonly EntitySpan[] }[]): EntityIndex {
	const drafts: Draft[] = [];
	for (const { block, spans } of found) {
		const heading = headingKinds.has(block.kind);
		for (const span of spans) {
			drafts.push({ span, heading });
		}
	}
	const gaz = gazetteer();
	const entities = new Map<string, EntityDraft>();
	const order: EntityDraft[] = [];
	const addTo = (key: string, name: string, d: Draft): void => {
		let e = entities.get(key);
		if (!e) {
			e = { key, name, type: d.span.type, role: null, spans: [], typeVotes: new Map() };
			entities.set(key, e);
			order.push(e);
		}
		d.key = key;
		e.spans.push(d);
		e.typeVotes.set(d.span.type, (e.typeVotes.get(d.span.type) ?? 0) + (d.span.type === 'person' ? 1.5 : 1));
		if (!e.role && d.span.role) {
			e.role = d.span.role;
		}
	};

	// 1. People written with two or more words, from body text: these define surnames.
	const surnames = new Map<string, string>();
	for (const d of drafts) {
		if (d.span.type !== 'person' || d.heading || !/\s/.test(d.span.text)) {
			continue;
		}
		const w = words(d.span.text);
		if (w.length >= 2) {
			const key = 'person:' + w[0] + ' ' + w[w.length - 1];
			addTo(key, d.span.text, d);
			if (!surnames.has(w[w.length - 1])) {
				surnames.set(w[w.length - 1], key);
			}
		}
	}
	// 2. Everything else in body text: a surname joins its person whatever the tagger said.
	const byName = new Map<string, string>();
	const bodyNames = new Set<string>();
	for (const d of drafts) {
		if (d.key || d.heading) {
			continue;
		}
		const text = d.span.text;
		const single = !/\s/.test(text);
		const surnameKey = surnames.get(text) ?? (single || d.span.type !== 'person' ? undefined : surnames.get(words(text).slice(-1)[0]));
		if (surnameKey) {
			addTo(surnameKey, text, d);
			continue;
		}
		if (d.span.type === 'date' || d.span.type === 'number') {
			addTo(d.span.type + ':' + text, text, d);
			continue;
		}
		const canonical = d.span.canonical ?? gaz.shortForms.get(text) ?? text;
		const demonym = d.span.type === 'group' ? gaz.demonyms.get(text.toLowerCase()) : undefined;
		const key = demonym ? 'group:' + demonym : 'name:' + canonical.toLowerCase();
		addTo(key, canonical, d);
		byName.set(canonical.toLowerCase(), key);
		bodyNames.add(text);
	}
	// 3. Headings: only names confirmed by the body or by the gazetteer.
	for (const d of drafts) {
		if (d.key || !d.heading) {
			continue;
		}
		const text = d.span.text;
		const surnameKey = surnames.get(text);
		if (surnameKey) {
			addTo(surnameKey, text, d);
			continue;
		}
		const canonical = d.span.canonical ?? gaz.shortForms.get(text) ?? text;
		const known = byName.get(canonical.toLowerCase());
		if (known && bodyNames.has(text)) {
			addTo(known, canonical, d);
		} else if (gaz.phrases.has(text.toLowerCase()) && d.span.type !== 'person') {
			addTo(byName.get(canonical.toLowerCase()) ?? 'name:' + canonical.toLowerCase(), canonical, d);
		}
	}
	// 4. Acronyms: "IDF" joins "Israel Defense Forces" when both occur.
	const byInitials = new Map<string, EntityDraft>();
	for (const o of order) {
		if (o.type !== 'date' && o.type !== 'number' && o.type !== 'person' && /\s/.test(o.name)) {
			const key = initials(o.name);
			if (key.length >= 2 && key.length <= 6 && !byInitials.has(key)) {
				byInitials.set(key, o);
			}
		}
	}
	for (const e of [...order]) {
		if (e.name.length > 12 || !/^(?:[A-Z]\.?){2,6}$/.test(e.name) || !entities.has(e.key)) {
			continue;
		}
		const target = byInitials.get(e.name.replace(/\./g, ''));
		if (target && target !== e && entities.has(target.key)) {
			for (const d of e.spans) {
				d.key = target.key;
				target.spans.push(d);
				target.typeVotes.set(d.span.type, (target.typeVotes.get(d.span.type) ?? 0) + 0.5);
			}
			entities.delete(e.key);
		}
	}
	return finish(drafts, entities);
}

/**
 * Turns grouped drafts into the index. `all` holds every draft in document order (blocks in order, spans
 * sorted within a block); mentions must not overlap (first come wins); entities are numbered by first mention.
 */
function finish(all: readonly Draft[], live: ReadonlyMap<string, EntityDraft>): EntityIndex {
	const ordered = all.slice().sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
	const numbers = new Map<EntityDraft, number>();
	const owners: EntityDraft[] = [];
	const perEntity: EntityMention[][] = [];
	const mentions: EntityMention[] = [];
	let lastEnd = -1;
	for (const d of ordered) {
		const owner = d.key === undefined ? undefined : live.get(d.key);
		if (!owner || d.span.start < lastEnd) {
			continue;
		}
		let e = numbers.get(owner);
		if (e === undefined) {
			e = owners.length;
			numbers.set(owner, e);
			owners.push(owner);
			perEntity.push([]);
		}
		const m: EntityMention = { start: d.span.start, end: d.span.end, text: d.span.text, entity: e };
		mentions.push(m);
		perEntity[e].push(m);
		lastEnd = d.span.end;
	}
	const entities = owners.map((o, i): Entity => {
		const ms = perEntity[i];
		let type = o.type;
		let best = -1;
		for (const [t, v] of o.typeVotes) {
			if (v > best) {
				best = v;
				type = t;
			}
		}
		// The name is the longest mention for people (the full name), the canonical name otherwise.
		let name = o.name;
		if (type === 'person') {
			for (const m of ms) {
				if (m.text.length > name.length) {
					name = m.text;
				}
			}
		}
		const aliases = [...new Set(ms.map(m => m.text))].filter(t => t !== name);
		const definition = Math.max(0, ms.findIndex(m => m.text === name));
		return { name, type, role: o.role, aliases, mentions: ms, definition };
	});
	return { entities, mentions };
}

/** The mention at `offset` (inclusive of its end, so a cursor right after a name finds it); O(log n). */
export function mentionAt(index: EntityIndex, offset: number): EntityMention | undefined {
	const ms = index.mentions;
	let lo = 0;
	let hi = ms.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const m = ms[mid];
		if (offset < m.start) {
			hi = mid - 1;
		} else if (offset > m.end) {
			lo = mid + 1;
		} else {
			// A cursor between two touching mentions ("US-Israel") belongs to the one it starts.
			if (offset === m.end && mid + 1 < ms.length && ms[mid + 1].start === offset) {
				return ms[mid + 1];
			}
			return m;
		}
	}
	return undefined;
}
