/**
 * The last step of building an entity index: grouped drafts (spans with their entities) placed in
 * document order as mentions, first come first served where they overlap, and entities numbered by
 * first mention, into the flat mention table.
 */
import { MentionTable, type PlacedEntity } from './mentionTable';
import type { EntityIndex, EntitySpan, EntityType } from './types';

/** An entity while spans are being grouped. */
export interface EntityDraft {
	readonly key: string;
	readonly name: string;
	readonly type: EntityType;
	role: string | null;
	/** Indices of its drafts (spans) in document order of grouping. */
	readonly drafts: number[];
	/** The types its mentions were given, in the order each first came. */
	readonly voteTypes: EntityType[];
	/** Votes of `voteTypes`, doubled so they stay small integers (a person counts 1.5, an acronym's mention 0.5). */
	readonly votes: number[];
	/** False once merged into another entity (acronyms). */
	live: boolean;
	/** Number in the finished index, -1 before its first mention is placed. */
	number: number;
	/** 1 + its place in the order drafts were made (how spans name their owner). */
	readonly id: number;
}

/**
 * Draft indices by document offset, longer first at the same start; undefined when the drafts already are in
 * that order, as they usually are (blocks in order, spans sorted within a block).
 */
function documentOrder(spans: readonly EntitySpan[], bases: Int32Array): Int32Array | undefined {
	let sorted = true;
	for (let d = 1; d < spans.length && sorted; d++) {
		const aStart = spans[d - 1].start + bases[d - 1];
		const bStart = spans[d].start + bases[d];
		sorted = aStart < bStart || (aStart === bStart && spans[d - 1].end + bases[d - 1] >= spans[d].end + bases[d]);
	}
	if (sorted) {
		return undefined;
	}
	const ordered = new Int32Array(spans.length);
	for (let d = 0; d < ordered.length; d++) {
		ordered[d] = d;
	}
	return ordered.sort((a, b) => spans[a].start + bases[a] - (spans[b].start + bases[b]) || spans[b].end + bases[b] - (spans[a].end + bases[a]) || a - b);
}

/**
 * Turns grouped drafts into the index. `spans` holds every draft in document order (blocks in order, spans
 * sorted within a block), at `bases`; span `d` belongs to `drafts[owners[d] - 1]` (none when 0). Mentions must
 * not overlap (first come wins); entities are numbered by first mention.
 */
export function placeMentions(spans: readonly EntitySpan[], bases: Int32Array, owners: Int32Array, drafts: readonly EntityDraft[]): EntityIndex {
	const ordered = documentOrder(spans, bases);
	const placed: PlacedEntity[] = [];
	const starts = new Int32Array(spans.length);
	const ends = new Int32Array(spans.length);
	const numbers = new Int32Array(spans.length);
	// Sized for every draft up front: pushing 160,000 strings grew and copied the array over and over.
	const texts = new Array<string>(spans.length);
	let count = 0;
	let lastEnd = -1;
	for (let k = 0; k < spans.length; k++) {
		const d = ordered ? ordered[k] : k;
		const owner = owners[d] > 0 ? drafts[owners[d] - 1] : undefined;
		const span = spans[d];
		const start = span.start + bases[d];
		if (!owner || !owner.live || start < lastEnd) {
			continue;
		}
		if (owner.number < 0) {
			owner.number = placed.length;
			placed.push({ name: owner.name, type: votedType(owner), role: owner.role });
		}
		const end = span.end + bases[d];
		starts[count] = start;
		ends[count] = end;
		numbers[count] = owner.number;
		texts[count] = span.text;
		count++;
		lastEnd = end;
	}
	texts.length = count;
	return new MentionTable(starts, ends, numbers, texts, count, placed);
}

/** The type most of an entity's mentions were given (the first to reach the top on a tie). */
export function votedType(o: EntityDraft): EntityType {
	let type = o.type;
	let best = -1;
	for (let k = 0; k < o.votes.length; k++) {
		if (o.votes[k] > best) {
			best = o.votes[k];
			type = o.voteTypes[k];
		}
	}
	return type;
}

/**
 * Gives `type` `count` more votes for entity `e`. Two small arrays instead of a map: an entity's mentions
 * almost always have one or two types, and this runs once per span.
 */
export function addVote(e: EntityDraft, type: EntityType, count: number): void {
	const k = e.voteTypes.indexOf(type);
	if (k < 0) {
		e.voteTypes.push(type);
		e.votes.push(count);
	} else {
		e.votes[k] += count;
	}
}
