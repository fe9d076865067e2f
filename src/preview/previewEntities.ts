/**
 * The preview's view of the entity index (pure): mentions with stable ids and types, and each entity's
 * hover card, the same markdown the editor hover shows.
 */
import { entityHoverMarkdown } from '../model/entities/hoverText';
import type { EntityIndex } from '../model/entities/types';
import type { SeedDocument } from '../model/types';
import type { PreviewEntityMention } from './renderBody';

export interface PreviewEntities {
	readonly mentions: readonly PreviewEntityMention[];
	readonly card: (id: string) => string | undefined;
}

export function previewEntities(doc: SeedDocument, index: EntityIndex): PreviewEntities {
	const mentions = index.mentions.map(m => ({ start: m.start, end: m.end, type: index.entities[m.entity].type, id: `e${m.entity}` }));
	return {
		mentions,
		card: id => {
			const i = /^e(\d+)$/.exec(id) ? Number(id.slice(1)) : -1;
			return i >= 0 && i < index.entities.length ? entityHoverMarkdown(doc, index, i) : undefined;
		},
	};
}
