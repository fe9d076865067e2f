/**
 * The finished entity index, stored flat: mention offsets and owners in typed arrays, and a mention object
 * made only when someone asks for it. A 10 MB document has some 160,000 mentions; making an object for each
 * while indexing cost more than grouping them, and a hover or a jump needs only a few.
 */
import type { Entity, EntityIndex, EntityMention, EntityType } from './types';

/** What grouping settled for one entity, in order of first mention. */
export interface PlacedEntity {
	readonly name: string;
	readonly type: EntityType;
	readonly role: string | null;
}

export class MentionTable implements EntityIndex {
	public readonly entities: readonly Entity[];
	/** Mentions of entity `e` are `byEntity[entityStarts[e] .. entityStarts[e + 1])`, in document order. */
	private readonly _byEntity: Int32Array;
	private _objects: (EntityMention | undefined)[] | undefined;
	private _all: EntityMention[] | undefined;

	/**
	 * `starts`, `ends`, `owners` and `texts` describe mentions `0 .. count`, sorted by start and never
	 * overlapping; `owners[k]` indexes `placed`.
	 */
	constructor(
		private readonly _starts: Int32Array,
		private readonly _ends: Int32Array,
		private readonly _owners: Int32Array,
		private readonly _texts: readonly string[],
		public readonly mentionCount: number,
		placed: readonly PlacedEntity[],
	) {
		const entityStarts = new Int32Array(placed.length + 1);
		for (let k = 0; k < mentionCount; k++) {
			entityStarts[_owners[k] + 1]++;
		}
		for (let e = 0; e < placed.length; e++) {
			entityStarts[e + 1] += entityStarts[e];
		}
		const byEntity = new Int32Array(mentionCount);
		const cursor = entityStarts.slice(0, placed.length);
		for (let k = 0; k < mentionCount; k++) {
			byEntity[cursor[_owners[k]]++] = k;
		}
		this._byEntity = byEntity;
		this.entities = placed.map((p, e) => this._entity(p, entityStarts[e], entityStarts[e + 1]));
	}

	private _entity(p: PlacedEntity, from: number, to: number): Entity {
		const texts = this._texts;
		const byEntity = this._byEntity;
		// The name is the longest mention for people (the full name), the canonical name otherwise.
		let name = p.name;
		if (p.type === 'person') {
			for (let i = from; i < to; i++) {
				if (texts[byEntity[i]].length > name.length) {
					name = texts[byEntity[i]];
				}
			}
		}
		const aliases = new Set<string>();
		let definition = -1;
		let last: string | undefined;
		for (let i = from; i < to; i++) {
			const text = texts[byEntity[i]];
			if (text === last) {
				continue;
			}
			last = text;
			if (text === name) {
				if (definition < 0) {
					definition = i - from;
				}
			} else {
				aliases.add(text);
			}
		}
		// A plain object (its mentions made on first read), so it prints and compares as before.
		let mentions: readonly EntityMention[] | undefined;
		const makeMentions = (): readonly EntityMention[] => this.mentionsBetween(from, to);
		return {
			name, type: p.type, role: p.role, aliases: [...aliases],
			get mentions() { return mentions ??= makeMentions(); },
			definition: Math.max(0, definition),
		};
	}

	/** Mention `k` (document order) as an object, the same object every time it is asked for. */
	public mention(k: number): EntityMention {
		const objects = this._objects ??= new Array<EntityMention | undefined>(this.mentionCount);
		return objects[k] ??= { start: this._starts[k], end: this._ends[k], text: this._texts[k], entity: this._owners[k] };
	}

	public get mentions(): readonly EntityMention[] {
		if (!this._all) {
			const all = new Array<EntityMention>(this.mentionCount);
			for (let k = 0; k < this.mentionCount; k++) {
				all[k] = this.mention(k);
			}
			this._all = all;
		}
		return this._all;
	}

	/** Prints as the plain index it stands for, whatever has been asked of it so far. */
	public toJSON(): { entities: readonly Entity[]; mentions: readonly EntityMention[] } {
		return { entities: this.entities, mentions: this.mentions };
	}

	/** The mentions of one entity, `byEntity[from, to)`. */
	public mentionsBetween(from: number, to: number): EntityMention[] {
		const out = new Array<EntityMention>(to - from);
		for (let i = from; i < to; i++) {
			out[i - from] = this.mention(this._byEntity[i]);
		}
		return out;
	}

	/** As `mentionAt` in entityIndex.ts, by binary search over the offsets; O(log n). */
	public mentionAt(offset: number): EntityMention | undefined {
		const starts = this._starts;
		const ends = this._ends;
		let lo = 0;
		let hi = this.mentionCount - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (offset < starts[mid]) {
				hi = mid - 1;
			} else if (offset > ends[mid]) {
				lo = mid + 1;
			} else {
				// A cursor between two touching mentions ("US-Israel") belongs to the one it starts.
				if (offset === ends[mid] && mid + 1 < this.mentionCount && starts[mid + 1] === offset) {
					return this.mention(mid + 1);
				}
				return this.mention(mid);
			}
		}
		return undefined;
	}
}
