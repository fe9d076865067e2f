/**
 * Plain data of the entity recogniser and index. Offsets are UTF-16 indices into the document text
 * (`end` exclusive); lines and characters are 0-based, as everywhere in src/model.
 */

export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'date' | 'number';

/** One recognised span of text, before mentions are grouped into entities. */
export interface EntitySpan {
	readonly start: number;
	readonly end: number;
	readonly type: EntityType;
	readonly text: string;
	/** A title written right before a person's name ("Defense Secretary"); never part of the name. */
	readonly role?: string;
	/** The canonical name a gazetteer gives this text ("United States" for "U.S."). */
	readonly canonical?: string;
}

export interface EntityMention {
	readonly start: number;
	readonly end: number;
	/** The text as written ("Austin", "U.S."). */
	readonly text: string;
	/** Index of the entity in `EntityIndex.entities`. */
	readonly entity: number;
}

export interface Entity {
	/** The fullest name ("Lloyd Austin", "United States"). */
	readonly name: string;
	readonly type: EntityType;
	readonly role: string | null;
	/** Other names used in the document ("Austin", "US"), without the canonical name. */
	readonly aliases: readonly string[];
	/** Every mention in document order. */
	readonly mentions: readonly EntityMention[];
	/** Index into `mentions` of the first mention written with the full name (the definition). */
	readonly definition: number;
}

export interface EntityIndex {
	/** Entities in order of first mention. */
	readonly entities: readonly Entity[];
	/** All mentions of all entities, sorted by start, never overlapping. */
	readonly mentions: readonly EntityMention[];
}
