import type { SeedEntityCache } from '../language/entityCache';
import { previewEntities } from './entityMarkup';
import type { PreviewEntitySource } from './previewServices';

/** The preview's entities from the shared entity cache (one index per document version). */
export function entitySourceFrom(cache: SeedEntityCache): PreviewEntitySource {
	return async document => {
		const { model, index } = await cache.get(document);
		return previewEntities(model, index);
	};
}
