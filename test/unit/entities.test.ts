import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { nodeEntityRecognizer } from '../../src/cli/taggerWeights';
import { buildEntityIndex, mentionAt } from '../../src/model/entities/entityIndex';
import { parseSeed } from '../../src/model/parse';
import type { Entity, EntityIndex } from '../../src/model/entities/types';

const repoRoot = path.resolve(__dirname, '../../..');
const seedsDir = path.join(repoRoot, 'seeds');
const realSeed = fs.readFileSync(path.join(seedsDir, '000_b555f2e6071b8337.txt'), 'utf8');

function index(text: string): EntityIndex {
	return buildEntityIndex(parseSeed(text), nodeEntityRecognizer());
}

function entity(idx: EntityIndex, name: string): Entity {
	const found = idx.entities.find(e => e.name === name);
	assert.ok(found, `no entity "${name}" in ${JSON.stringify(idx.entities.map(e => e.name))}`);
	return found;
}

/** Offsets of every whole-word occurrence of `word`. */
function occurrences(text: string, word: string): number[] {
	const out: number[] = [];
	const re = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.]/g, '\\.')}(?![\\p{L}\\p{N}])`, 'gu');
	for (let m = re.exec(text); m; m = re.exec(text)) {
		out.push(m.index);
	}
	return out;
}

suite('entities: the real seed', () => {
	const idx = index(realSeed);

	test('Lloyd Austin: person, Defense Secretary, alias Austin, every mention', () => {
		const austin = entity(idx, 'Lloyd Austin');
		assert.equal(austin.type, 'person');
		assert.equal(austin.role, 'Defense Secretary');
		assert.ok(austin.aliases.includes('Austin'));
		const starts = austin.mentions.map(m => m.start);
		const expected = occurrences(realSeed, 'Austin').map(s => (realSeed.slice(s - 6, s) === 'Lloyd ' ? s - 6 : s));
		assert.deepEqual(starts, expected);
		// The possessive stays outside the mention.
		const possessive = realSeed.indexOf('Austin\'s');
		assert.ok(austin.mentions.some(m => m.start === possessive && m.end === possessive + 'Austin'.length));
		// The definition is the first full mention.
		assert.equal(austin.mentions[austin.definition].text, 'Lloyd Austin');
	});

	test('Yoav Gallant: person, Defense Minister, every mention', () => {
		const gallant = entity(idx, 'Yoav Gallant');
		assert.equal(gallant.type, 'person');
		assert.match(gallant.role ?? '', /Defense Minister$/);
		assert.equal(gallant.mentions.length, occurrences(realSeed, 'Gallant').length);
	});

	test('places: Gaza, Rafah, Egypt, Israel; every Gaza mention', () => {
		for (const name of ['Gaza', 'Rafah', 'Egypt', 'Israel']) {
			assert.equal(entity(idx, name).type, 'place', name);
		}
		assert.equal(entity(idx, 'Gaza').mentions.length, occurrences(realSeed, 'Gaza').length);
	});

	test('the United States with its US alias; the Pentagon is an organisation', () => {
		const us = entity(idx, 'United States');
		assert.equal(us.type, 'place');
		assert.ok(us.aliases.includes('US'));
		assert.equal(entity(idx, 'Pentagon').type, 'organization');
	});

	test('"US-Israel" is two mentions: the United States and Israel', () => {
		const at = realSeed.indexOf('US-Israel');
		const us = mentionAt(idx, at);
		const israel = mentionAt(idx, at + 3);
		assert.equal(us && idx.entities[us.entity].name, 'United States');
		assert.equal(israel && idx.entities[israel.entity].name, 'Israel');
	});

	test('no heading words as entities', () => {
		const doc = parseSeed(realSeed);
		const headings = doc.blocks.filter(b => b.kind === 'heading');
		assert.equal(headings.length, 3);
		for (const h of headings) {
			assert.equal(idx.mentions.filter(m => m.start >= h.start && m.end <= h.end).length, 0, h.text);
		}
		for (const word of ['Strategic', 'Dialogue', 'Crisis', 'Humanitarian', 'Concerns', 'Political', 'Discord', 'Path', 'Peace']) {
			assert.ok(!idx.entities.some(e => e.name.split(' ').includes(word)), word);
		}
	});

	test('figures: "32,000" is a number', () => {
		assert.equal(entity(idx, '32,000').type, 'number');
	});

	test('mentions are sorted, inside the text, never overlapping, and spell their text', () => {
		let last = 0;
		for (const m of idx.mentions) {
			assert.ok(m.start >= last && m.end > m.start && m.end <= realSeed.length);
			assert.equal(realSeed.slice(m.start, m.end), m.text);
			last = m.end;
		}
	});

	test('mentionAt finds a mention by any offset inside it, and nothing between names', () => {
		const at = realSeed.indexOf('Rafah');
		for (const offset of [at, at + 2, at + 5]) {
			assert.equal(idx.entities[mentionAt(idx, offset)!.entity].name, 'Rafah');
		}
		assert.equal(mentionAt(idx, realSeed.indexOf('tensions') + 2), undefined);
	});

	test('the index read from the parser\'s block table equals the one read from block objects', () => {
		const doc = parseSeed(realSeed);
		// A spread copy has the same blocks but not the table, so it takes the block-object path.
		const viaBlocks = buildEntityIndex({ ...doc }, nodeEntityRecognizer());
		assert.equal(JSON.stringify(idx), JSON.stringify(viaBlocks));
		assert.equal(buildEntityIndex({ ...doc, blocks: [] }, nodeEntityRecognizer()).entities.length, 0);
	});

	test('mention objects are made once: the index, the entity and mentionAt hand back the same one', () => {
		const fresh = index(realSeed);
		const austin = entity(fresh, 'Lloyd Austin');
		const first = austin.mentions[austin.definition];
		assert.equal(mentionAt(fresh, first.start), first);
		assert.equal(fresh.mentions.find(m => m.start === first.start), first);
	});
});
