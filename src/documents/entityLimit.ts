/**
 * The entity size guard, kept apart from the cache (and from `vscode`) so a unit test can prove what
 * the over-size path does not touch.
 */
import type { EntityIndex } from '../model/entities/types';
import type { SeedDocument } from '../model/types';

/** The index of a document whose entities are not recognised. */
export const noEntities: EntityIndex = Object.freeze({ entities: Object.freeze([]), mentions: Object.freeze([]) });

/**
 * `build(model)`, or no entities when the text is over `maxChars`. Past the limit nothing of the model
 * is read but its length: not its blocks, whose lazy getter would make every block object of the very
 * document the limit is there to spare.
 */
export function entitiesWithinLimit<T extends EntityIndex | Promise<EntityIndex>>(model: SeedDocument, maxChars: number, build: (model: SeedDocument) => T): T | EntityIndex {
	if (model.text.length > maxChars) {
		return noEntities;
	}
	return build(model);
}
