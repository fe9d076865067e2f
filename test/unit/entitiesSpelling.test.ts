// The same person spelled two ways on one page: one entity, the other spelling as an alias.
import * as assert from 'node:assert/strict';
import { nodeEntityRecognizer } from '../../src/cli/taggerWeights';
import { buildEntityIndex } from '../../src/model/entities/entityIndex';
import { isOneEditApart } from '../../src/model/entities/spellingVariants';
import { parseSeed } from '../../src/model/parse';

const header = ' date 2024-03-26 ';

function people(text: string): string[] {
	const index = buildEntityIndex(parseSeed(header + text), nodeEntityRecognizer());
	return index.entities.filter(e => e.type === 'person').map(e => `${e.name} {${[...e.aliases].sort().join(', ')}} x${e.mentions.length}`);
}

suite('entities: spelling variants', () => {
	test('one edit: a letter changed, added, dropped or two swapped, never the first letter', () => {
		assert.ok(isOneEditApart('Gallant', 'Galant'));
		assert.ok(isOneEditApart('Galant', 'Gallant'));
		assert.ok(isOneEditApart('Zelensky', 'Zelenskyy'));
		assert.ok(isOneEditApart('Netanyahu', 'Netanyuhu'));
		assert.ok(isOneEditApart('Blinken', 'Bilnken'));
		assert.ok(!isOneEditApart('Gallant', 'Gallant'));
		assert.ok(!isOneEditApart('Gallant', 'Galent'), 'two edits');
		assert.ok(!isOneEditApart('Kelly', 'Jelly'), 'first letter');
		assert.ok(!isOneEditApart('Blinken', 'Blinkenss'));
	});

	test('a full name and a surname misspelled once join the person written more often', () => {
		const found = people('Israeli Defense Minister Yoav Gallant arrived in Washington on Monday. Gallant met Defense Secretary Lloyd Austin.\n\n'
			+ 'Officials said Yoav Galant would return to Israel on Wednesday.\n\nGallant later told reporters the visit was productive, and Galant thanked Austin.');
		assert.deepEqual(found, ['Yoav Gallant {Galant, Gallant, Yoav Galant} x5', 'Lloyd Austin {Austin} x2']);
	});

	test('other first names, or short surnames, are other people', () => {
		assert.deepEqual(people('Boris Johnson spoke in London.\n\nLater, Ian Johnston said the vote had failed. Johnston called for a new one.'),
			['Boris Johnson {} x1', 'Ian Johnston {Johnston} x2']);
		assert.deepEqual(people('Mark Kerr spoke first. Then Mark Karr spoke.'), ['Mark Kerr {} x1', 'Mark Karr {} x1']);
	});
});
