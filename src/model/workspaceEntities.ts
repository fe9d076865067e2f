/**
 * Entities across a corpus: a compact per-document summary of the named entities (people,
 * organisations, places, groups), and an index that merges those summaries by canonical name and type,
 * so a hover can say in which other seeds an entity appears. Pure: documents are named by opaque string
 * ids (the adapter uses URI strings). Lines and characters are 0-based.
 */
import { escapeMarkdown } from './entities/hoverText';
import { positionAt } from './positions';
import type { Position, Range, SeedDocument } from './types';
import type { EntityIndex, EntityType } from './entities/types';
import { collapseWhitespace } from './whitespace';

/** The entity types that make sense across documents; figures and dates are per-document facts. */
export const namedEntityTypes: readonly EntityType[] = ['person', 'organization', 'place', 'group'];
const namedTypes: ReadonlySet<EntityType> = new Set(namedEntityTypes);

/** One entity of one document. `mentions` holds (line, startCharacter, endCharacter) triples: a mention never spans lines. */
export interface DocumentEntity {
	readonly key: string;
	readonly name: string;
	readonly type: EntityType;
	readonly count: number;
	readonly mentions: Uint32Array;
}

/** The named entities of one document, most mentioned first (ties: first mention first). */
export type DocumentEntities = readonly DocumentEntity[];

/** The key that merges entities across documents: the type and the name, case and spacing folded. */
export function entityKey(type: EntityType, name: string): string {
	return type + ':' + collapseWhitespace(name.normalize('NFC').toLowerCase().replace(/[\u2019']s$/u, ''));
}

/** Summarises a document's entity index: named types only, mentions packed as line/character triples. */
export function summarizeEntities(doc: Pick<SeedDocument, 'lineStarts'>, index: EntityIndex): DocumentEntities {
	const drafts = new Map<string, { name: string; type: EntityType; triples: number[]; first: number }>();
	for (const e of index.entities) {
		if (!namedTypes.has(e.type) || e.mentions.length === 0) {
			continue;
		}
		const key = entityKey(e.type, e.name);
		let draft = drafts.get(key);
		if (!draft) {
			draft = { name: e.name, type: e.type, triples: [], first: e.mentions[0].start };
			drafts.set(key, draft);
		}
		// Two entities of a document can fold to one key: their mentions merge.
		for (const m of e.mentions) {
			const start = positionAt(doc.lineStarts, m.start);
			const end = positionAt(doc.lineStarts, m.end);
			draft.triples.push(start.line, start.character, end.line === start.line ? end.character : start.character + (m.end - m.start));
		}
		draft.first = Math.min(draft.first, e.mentions[0].start);
	}
	const out: (DocumentEntity & { first: number })[] = [];
	for (const [key, d] of drafts) {
		const mentions = sortTriples(d.triples);
		out.push({ key, name: d.name, type: d.type, count: mentions.length / 3, mentions, first: d.first });
	}
	out.sort((a, b) => b.count - a.count || a.first - b.first);
	return out.map(({ first: _first, ...entity }) => entity);
}

function sortTriples(flat: number[]): Uint32Array {
	const n = flat.length / 3;
	const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => flat[a * 3] - flat[b * 3] || flat[a * 3 + 1] - flat[b * 3 + 1]);
	const out = new Uint32Array(flat.length);
	order.forEach((from, to) => {
		out[to * 3] = flat[from * 3];
		out[to * 3 + 1] = flat[from * 3 + 1];
		out[to * 3 + 2] = flat[from * 3 + 2];
	});
	return out;
}

/** The ranges of a document entity's mentions. */
export function mentionRanges(entity: DocumentEntity): Range[] {
	const ranges: Range[] = [];
	for (let i = 0; i < entity.mentions.length; i += 3) {
		const line = entity.mentions[i];
		ranges.push({ start: { line, character: entity.mentions[i + 1] }, end: { line, character: entity.mentions[i + 2] } });
	}
	return ranges;
}

/** Where an entity occurs in one document. */
export interface EntityOccurrence {
	readonly doc: string;
	readonly entity: DocumentEntity;
	/** The first mention. */
	readonly first: Position;
}

/** An entity across the corpus. */
export interface CorpusEntity {
	readonly key: string;
	readonly name: string;
	readonly type: EntityType;
	readonly documents: number;
	readonly mentions: number;
}

/**
 * Per-document entity summaries merged by key. Setting a document replaces its previous summary, so
 * the index follows edits one document at a time; every operation costs O(entities of that document).
 */
export class WorkspaceEntityIndex {
	private readonly _byDoc = new Map<string, DocumentEntities>();
	private readonly _byKey = new Map<string, Map<string, DocumentEntity>>();

	public get documentCount(): number {
		return this._byDoc.size;
	}

	public set(doc: string, entities: DocumentEntities): void {
		this.delete(doc);
		this._byDoc.set(doc, entities);
		for (const e of entities) {
			let docs = this._byKey.get(e.key);
			if (!docs) {
				docs = new Map();
				this._byKey.set(e.key, docs);
			}
			docs.set(doc, e);
		}
	}

	public delete(doc: string): void {
		const old = this._byDoc.get(doc);
		if (!old) {
			return;
		}
		this._byDoc.delete(doc);
		for (const e of old) {
			const docs = this._byKey.get(e.key);
			docs?.delete(doc);
			if (docs?.size === 0) {
				this._byKey.delete(e.key);
			}
		}
	}

	public has(doc: string): boolean {
		return this._byDoc.has(doc);
	}

	public entitiesOf(doc: string): DocumentEntities | undefined {
		return this._byDoc.get(doc);
	}

	/** Every document that mentions the entity, except `except`; most mentions first, then by id. */
	public occurrences(key: string, except?: string): EntityOccurrence[] {
		const docs = this._byKey.get(key);
		if (!docs) {
			return [];
		}
		const out: EntityOccurrence[] = [];
		for (const [doc, entity] of docs) {
			if (doc !== except) {
				out.push({ doc, entity, first: { line: entity.mentions[0], character: entity.mentions[1] } });
			}
		}
		return out.sort((a, b) => b.entity.count - a.entity.count || (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
	}

	/** Entities whose name contains `query` (case-insensitive; every entity when empty), most widespread first. */
	public search(query: string, limit = Infinity): CorpusEntity[] {
		const q = query.trim().toLowerCase();
		const out: CorpusEntity[] = [];
		for (const [key, docs] of this._byKey) {
			const sample = docs.values().next().value as DocumentEntity;
			if (q && !sample.name.toLowerCase().includes(q)) {
				continue;
			}
			let mentions = 0;
			for (const e of docs.values()) {
				mentions += e.count;
			}
			out.push({ key, name: sample.name, type: sample.type, documents: docs.size, mentions });
		}
		out.sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.name.localeCompare(b.name));
		return out.length > limit ? out.slice(0, limit) : out;
	}

	/** Whether the document mentions an entity whose name contains `query` (case-insensitive). */
	public mentionsName(doc: string, query: string): boolean {
		const q = query.trim().toLowerCase();
		return this._byDoc.get(doc)?.some(e => e.name.toLowerCase().includes(q)) ?? false;
	}
}

/** The `n` most mentioned entities of a document (already in that order). */
export function mainEntities(entities: DocumentEntities | undefined, n = 5): DocumentEntity[] {
	return entities ? entities.slice(0, n) : [];
}

/** How the hover names and links another document. */
export interface OtherDocument {
	readonly label: string;
	/** A link target (a file URI with an `#L<line>` fragment). */
	readonly link: string;
}

/** A strong right-to-left letter: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
const rightToLeft = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/**
 * The hover's cross-document line: "Mentioned in 3 other seeds: [A](…), [B](…), …". Labels are escaped;
 * link targets come from the adapter (URIs it built), with parentheses and spaces percent-encoded.
 */
export function crossDocumentMarkdown(occurrences: readonly EntityOccurrence[], describe: (occurrence: EntityOccurrence) => OtherDocument, maxLinks = 8): string | undefined {
	if (occurrences.length === 0) {
		return undefined;
	}
	const n = occurrences.length;
	const links = occurrences.slice(0, maxLinks).map(o => {
		const { label, link } = describe(o);
		const target = link.replace(/[()\s<>]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
		// A right-to-left title is isolated, so its count stays after it: "‏…القاهرة (1)", not "(1) …القاهرة".
		const text = rightToLeft.test(label) ? `\u2068${escapeMarkdown(label)}\u2069` : escapeMarkdown(label);
		return `[${text}](${target}) (${o.entity.count})`;
	});
	return `Mentioned in ${n} other seed${n === 1 ? '' : 's'}: ${links.join(', ')}${n > maxLinks ? ', …' : ''}`;
}

/** The text around a mention on its line, for a tree row: up to `before`/`after` characters, cut at word edges. */
export function mentionContext(lineText: string, start: number, end: number, before = 30, after = 50): string {
	let from = Math.max(0, start - before);
	let to = Math.min(lineText.length, end + after);
	if (from > 0) {
		const space = lineText.indexOf(' ', from);
		from = space >= 0 && space < start ? space + 1 : from;
	}
	if (to < lineText.length) {
		const space = lineText.lastIndexOf(' ', to);
		to = space > end ? space : to;
	}
	return (from > 0 ? '…' : '') + collapseWhitespace(lineText.slice(from, to)) + (to < lineText.length ? '…' : '');
}
