/**
 * Scores the parser and the entity index on one real page against its gold annotation
 * (test/realPages/ANNOTATION.md), and adds page scores up. Pure: text and models in, numbers out.
 * Lines are 0-based, offsets UTF-16, as in src/model.
 */
import { buildEntityIndex } from '../../src/model/entities/entityIndex';
import type { SeedEntityRecognizer } from '../../src/model/entities/recognize';
import type { Entity, EntityIndex } from '../../src/model/entities/types';
import { parseSeed } from '../../src/model/parse';
import type { BlockKind, SeedDocument } from '../../src/model/types';

export type GoldKind = 'title' | 'subtitle' | 'heading' | 'paragraph' | 'list-item' | 'quote' | 'caption' | 'byline' | 'dateline' | 'noise' | 'related';
export const GOLD_KINDS: readonly GoldKind[] = ['title', 'subtitle', 'heading', 'paragraph', 'list-item', 'quote', 'caption', 'byline', 'dateline', 'noise', 'related'];
/** Everything a reader of the article skips, scored together as page noise. */
const NOISE: ReadonlySet<string> = new Set(['noise', 'caption', 'byline', 'dateline', 'related']);

export interface GoldName {
	readonly name: string;
	readonly aliases?: readonly string[];
}
export interface GoldPerson extends GoldName {
	readonly role?: string | null;
}
export interface GoldPage {
	readonly id: string;
	readonly split: 'tune' | 'check';
	readonly language: string;
	readonly singleLine: boolean;
	readonly lines?: Readonly<Record<string, GoldKind>>;
	readonly segments?: readonly (readonly [number, GoldKind])[];
	readonly entities?: {
		readonly people?: readonly GoldPerson[];
		readonly places?: readonly (GoldName | string)[];
		readonly organisations?: readonly (GoldName | string)[];
	};
}

export interface Counts {
	tp: number;
	fp: number;
	fn: number;
}

export interface PageScore {
	readonly id: string;
	readonly split: 'tune' | 'check';
	readonly language: string;
	readonly titleRight: boolean;
	readonly headings: Counts;
	readonly noise: Counts;
	/** gold kind → model kind → lines. */
	readonly confusion: Record<string, Record<string, number>>;
	/** Lines (or segments) whose kind the model got wrong, in the coarse classes a reader sees. */
	readonly lineErrors: number;
	readonly units: number;
	readonly entities: EntityScore;
}

export interface EntityScore {
	readonly people: Counts;
	readonly rolesWanted: number;
	readonly rolesRight: number;
	readonly aliasesWanted: number;
	readonly aliasesLinked: number;
	readonly placesOrgsWanted: number;
	readonly placesOrgsFound: number;
	readonly placesOrgsPredicted: number;
	readonly placesOrgsPredictedRight: number;
	/** Gold places the model typed as a person: the reader's worst case. */
	readonly placesAsPeople: readonly string[];
}

/** The model's kind for a block, in the gold vocabulary; blocks of appended stories are `related`. */
function goldKindOf(kind: BlockKind, related: boolean): GoldKind {
	if (related) {
		return 'related';
	}
	return kind === 'boilerplate' ? 'noise' : kind;
}

/** The classes a reader tells apart: the title, sections, the article's text, and what is skipped. */
export function coarse(kind: string): string {
	if (NOISE.has(kind)) {
		return 'noise';
	}
	if (kind === 'paragraph' || kind === 'list-item' || kind === 'quote') {
		return 'text';
	}
	return kind;
}

function count(counts: Counts, gold: boolean, model: boolean): void {
	if (gold && model) {
		counts.tp++;
	} else if (model) {
		counts.fp++;
	} else if (gold) {
		counts.fn++;
	}
}

/** Pairs of (gold kind, model kind), one per annotated line or segment. */
export function pairs(gold: GoldPage, doc: SeedDocument): [GoldKind, string][] {
	const related = doc.relatedStoriesFrom;
	if (!gold.singleLine) {
		const byLine = new Map<number, string>();
		doc.blocks.forEach((block, i) => byLine.set(block.line, goldKindOf(block.kind, related >= 0 && i >= related)));
		return Object.entries(gold.lines ?? {}).map(([line, kind]) => [kind, byLine.get(Number(line)) ?? 'none']);
	}
	// A single-line page: each segment takes the kind of the block that holds its first non-space character.
	const text = doc.text;
	return (gold.segments ?? []).map(([start, kind]) => {
		let at = start;
		while (at < text.length && /\s/.test(text[at])) {
			at++;
		}
		const i = doc.blocks.findIndex(b => b.start <= at && at < b.end);
		return [kind, i < 0 ? 'none' : goldKindOf(doc.blocks[i].kind, related >= 0 && i >= related)];
	});
}

function titleRight(gold: GoldPage, doc: SeedDocument): boolean {
	if (!gold.singleLine) {
		const goldLine = Object.entries(gold.lines ?? {}).find(([, kind]) => kind === 'title')?.[0];
		return (goldLine === undefined ? undefined : Number(goldLine)) === doc.title?.line;
	}
	const segments = gold.segments ?? [];
	const i = segments.findIndex(([, kind]) => kind === 'title');
	if (i < 0) {
		return doc.title === null;
	}
	const end = i + 1 < segments.length ? segments[i + 1][0] : doc.text.length;
	return doc.title !== null && doc.title.text === doc.text.slice(segments[i][0], end).trim();
}

/** Names compared as a reader would: case, spacing, a possessive and a leading "the" aside. */
export function normaliseName(name: string): string {
	return name.normalize('NFC').toLowerCase().replace(/[\u2019']s$/u, '').replace(/^the\s+/u, '').replace(/\s+/gu, ' ').trim();
}

function namesOf(entry: GoldName | string): string[] {
	return typeof entry === 'string' ? [entry] : [entry.name, ...(entry.aliases ?? [])];
}

function entityNames(entity: Entity): Set<string> {
	return new Set([entity.name, ...entity.aliases, ...entity.mentions.map(m => m.text)].map(normaliseName));
}

function matches(entity: Entity, names: readonly string[]): boolean {
	const known = entityNames(entity);
	return names.some(n => known.has(normaliseName(n)));
}

function roleRight(goldRole: string, modelRole: string | null): boolean {
	if (!modelRole) {
		return false;
	}
	const g = normaliseName(goldRole);
	const m = normaliseName(modelRole);
	return g === m || g.includes(m) || m.includes(g);
}

export function scoreEntities(gold: GoldPage, index: EntityIndex): EntityScore {
	const people = index.entities.filter(e => e.type === 'person');
	const placesOrgs = index.entities.filter(e => e.type === 'place' || e.type === 'organization');
	const goldPeople = gold.entities?.people ?? [];
	const goldPlacesOrgs = [...(gold.entities?.places ?? []), ...(gold.entities?.organisations ?? [])];
	const personCounts: Counts = { tp: 0, fp: 0, fn: 0 };
	let rolesWanted = 0;
	let rolesRight = 0;
	let aliasesWanted = 0;
	let aliasesLinked = 0;
	for (const person of goldPeople) {
		const names = namesOf(person);
		const found = people.find(e => matches(e, names));
		if (found) {
			personCounts.tp++;
		} else {
			personCounts.fn++;
		}
		if (person.role) {
			rolesWanted++;
			if (found && roleRight(person.role, found.role)) {
				rolesRight++;
			}
		}
		const aliases = person.aliases ?? [];
		aliasesWanted += aliases.length;
		if (found) {
			const known = entityNames(found);
			aliasesLinked += aliases.filter(a => known.has(normaliseName(a))).length;
		}
	}
	const goldPeopleNames = goldPeople.map(namesOf);
	personCounts.fp = people.filter(e => !goldPeopleNames.some(names => matches(e, names))).length;

	let placesOrgsFound = 0;
	for (const entry of goldPlacesOrgs) {
		const names = namesOf(entry);
		const found = placesOrgs.find(e => matches(e, names));
		if (found) {
			placesOrgsFound++;
			if (typeof entry !== 'string') {
				const aliases = entry.aliases ?? [];
				aliasesWanted += aliases.length;
				const known = entityNames(found);
				aliasesLinked += aliases.filter(a => known.has(normaliseName(a))).length;
			}
		} else if (typeof entry !== 'string') {
			aliasesWanted += entry.aliases?.length ?? 0;
		}
	}
	const goldPlaceOrgNames = goldPlacesOrgs.map(namesOf);
	const placesAsPeople = (gold.entities?.places ?? []).map(namesOf)
		.filter(names => people.some(e => matches(e, names))).map(names => names[0]);
	return {
		people: personCounts, rolesWanted, rolesRight, aliasesWanted, aliasesLinked,
		placesOrgsWanted: goldPlacesOrgs.length, placesOrgsFound,
		placesOrgsPredicted: placesOrgs.length,
		placesOrgsPredictedRight: placesOrgs.filter(e => goldPlaceOrgNames.some(names => matches(e, names))).length,
		placesAsPeople,
	};
}

export function scorePage(gold: GoldPage, text: string, recognizer: SeedEntityRecognizer): PageScore {
	const doc = parseSeed(text);
	const headings: Counts = { tp: 0, fp: 0, fn: 0 };
	const noise: Counts = { tp: 0, fp: 0, fn: 0 };
	const confusion: Record<string, Record<string, number>> = {};
	let lineErrors = 0;
	const all = pairs(gold, doc);
	for (const [goldKind, modelKind] of all) {
		count(headings, goldKind === 'heading', modelKind === 'heading');
		count(noise, NOISE.has(goldKind), NOISE.has(modelKind));
		const row = confusion[goldKind] ??= {};
		row[modelKind] = (row[modelKind] ?? 0) + 1;
		if (coarse(goldKind) !== coarse(modelKind)) {
			lineErrors++;
		}
	}
	return {
		id: gold.id, split: gold.split, language: gold.language,
		titleRight: titleRight(gold, doc), headings, noise, confusion, lineErrors, units: all.length,
		entities: scoreEntities(gold, buildEntityIndex(doc, recognizer)),
	};
}

export interface SplitSummary {
	readonly pages: number;
	readonly titleAccuracy: number;
	readonly headings: { precision: number; recall: number; f1: number };
	readonly noise: { precision: number; recall: number; f1: number };
	readonly confusion: Record<string, Record<string, number>>;
	readonly people: { precision: number; recall: number; f1: number };
	readonly roles: number;
	readonly aliases: number;
	readonly placesOrgsFound: number;
	readonly placesOrgsPrecision: number;
	readonly placesAsPeople: readonly string[];
}

function ratio(a: number, b: number): number {
	return b === 0 ? 1 : a / b;
}

function prf(c: Counts): { precision: number; recall: number; f1: number } {
	const precision = ratio(c.tp, c.tp + c.fp);
	const recall = ratio(c.tp, c.tp + c.fn);
	return { precision, recall, f1: precision + recall === 0 ? 0 : 2 * precision * recall / (precision + recall) };
}

function add(into: Counts, c: Counts): void {
	into.tp += c.tp;
	into.fp += c.fp;
	into.fn += c.fn;
}

export function summarise(scores: readonly PageScore[]): SplitSummary {
	const headings: Counts = { tp: 0, fp: 0, fn: 0 };
	const noise: Counts = { tp: 0, fp: 0, fn: 0 };
	const people: Counts = { tp: 0, fp: 0, fn: 0 };
	const confusion: Record<string, Record<string, number>> = {};
	let rolesWanted = 0, rolesRight = 0, aliasesWanted = 0, aliasesLinked = 0;
	let placesOrgsWanted = 0, placesOrgsFound = 0, placesOrgsPredicted = 0, placesOrgsPredictedRight = 0;
	const placesAsPeople: string[] = [];
	for (const s of scores) {
		add(headings, s.headings);
		add(noise, s.noise);
		add(people, s.entities.people);
		for (const [g, row] of Object.entries(s.confusion)) {
			const into = confusion[g] ??= {};
			for (const [m, n] of Object.entries(row)) {
				into[m] = (into[m] ?? 0) + n;
			}
		}
		rolesWanted += s.entities.rolesWanted;
		rolesRight += s.entities.rolesRight;
		aliasesWanted += s.entities.aliasesWanted;
		aliasesLinked += s.entities.aliasesLinked;
		placesOrgsWanted += s.entities.placesOrgsWanted;
		placesOrgsFound += s.entities.placesOrgsFound;
		placesOrgsPredicted += s.entities.placesOrgsPredicted;
		placesOrgsPredictedRight += s.entities.placesOrgsPredictedRight;
		placesAsPeople.push(...s.entities.placesAsPeople.map(p => `${s.id}: ${p}`));
	}
	return {
		pages: scores.length,
		titleAccuracy: ratio(scores.filter(s => s.titleRight).length, scores.length),
		headings: prf(headings), noise: prf(noise), confusion,
		people: prf(people), roles: ratio(rolesRight, rolesWanted), aliases: ratio(aliasesLinked, aliasesWanted),
		placesOrgsFound: ratio(placesOrgsFound, placesOrgsWanted),
		placesOrgsPrecision: ratio(placesOrgsPredictedRight, placesOrgsPredicted),
		placesAsPeople,
	};
}
