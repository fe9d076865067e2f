import * as assert from 'node:assert/strict';
import { entitiesWithinLimit, noEntities } from '../../src/documents/entityLimit';
import type { EntityIndex } from '../../src/model/entities/types';
import { parseSeed } from '../../src/model/parse';
import type { SeedDocument } from '../../src/model/types';

/** A parsed model whose `blocks` getter counts its calls. */
function countingBlocks(text: string): { model: SeedDocument; reads(): number } {
	const parsed = parseSeed(text);
	let reads = 0;
	const model = Object.create(parsed, {
		blocks: { enumerable: true, get: () => { reads++; return parsed.blocks; } },
	}) as SeedDocument;
	// Own, enumerable copies of the other fields, as the parser's model has them.
	for (const key of Object.keys(parsed).filter(k => k !== 'blocks')) {
		Object.defineProperty(model, key, { enumerable: true, value: (parsed as unknown as Record<string, unknown>)[key] });
	}
	return { model, reads: () => reads };
}

const text = ' date 2024-03-26 Talks in Washington\n\nLloyd Austin met Yoav Gallant in Washington on Tuesday.\n';

suite('entity size guard', () => {
	test('over the limit: no entities, and neither the blocks nor the recogniser are touched', () => {
		const { model, reads } = countingBlocks(text);
		let built = 0;
		const index = entitiesWithinLimit(model, 10, () => {
			built++;
			return noEntities;
		});
		assert.deepEqual(index, { entities: [], mentions: [] });
		assert.equal(reads(), 0, 'the over-size path read the blocks');
		assert.equal(built, 0, 'the recogniser ran on an over-size document');
	});

	test('within the limit: the index is built from the model itself', () => {
		const { model } = countingBlocks(text);
		const built: EntityIndex = { entities: [], mentions: [] };
		let seen: SeedDocument | undefined;
		assert.equal(entitiesWithinLimit(model, text.length, m => { seen = m; return built; }), built);
		assert.equal(seen, model);
	});
});
