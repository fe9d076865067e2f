import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { findTaggerWeights } from '../../src/cli/taggerWeights';
import { buildEntityIndex } from '../../src/model/entities/entityIndex';
import { SeedEntityRecognizer } from '../../src/model/entities/recognize';
import { SeedTagger } from '../../src/model/entities/tagger';
import type { TaggerModelData } from '../../src/model/entities/weightsFile';
import { parseSeed } from '../../src/model/parse';
import { readSeed, realSeedName } from './helpers';

const weights = JSON.parse(fs.readFileSync(findTaggerWeights(), 'utf8')) as TaggerModelData;
const tagger = new SeedTagger(weights);

/** The index of `text` from a recogniser that has seen nothing yet. */
function freshIndex(text: string): string {
	return JSON.stringify(buildEntityIndex(parseSeed(text), new SeedEntityRecognizer(tagger)));
}

suite('entities: incremental index', () => {
	test('after each edit, the index built from cached blocks equals one built from scratch', () => {
		const recognizer = new SeedEntityRecognizer(tagger);
		let text = readSeed(realSeedName);
		buildEntityIndex(parseSeed(text), recognizer);
		const para = text.indexOf('\n', text.length >> 1) + 1;
		const edits: ((t: string) => string)[] = [
			// A new full name elsewhere: a bare "Gallant" or "Austin" in an unchanged block must follow it.
			t => t.slice(0, para) + 'Israeli Defense Minister Yoav Gallant met Defense Secretary Lloyd Austin in Cairo.\n' + t.slice(para),
			// Typing inside a paragraph, one character at a time.
			t => t.slice(0, para + 5) + 'x' + t.slice(para + 5),
			t => t.slice(0, para + 6) + 'y' + t.slice(para + 6),
			// A name's only full mention removed: its surname-only mentions lose it.
			t => t.replace(/Lloyd Austin/g, 'Austin'),
			// A paragraph deleted.
			t => t.slice(0, para) + t.slice(t.indexOf('\n', para) + 1),
			// Text glued right after a block's last word: the word now runs on past the old block end.
			t => t.replace('\n', 'Gallant\n'),
		];
		for (const [n, edit] of edits.entries()) {
			text = edit(text);
			const before = recognizer.stats;
			const incremental = JSON.stringify(buildEntityIndex(parseSeed(text), recognizer));
			assert.equal(incremental, freshIndex(text), `edit ${n}`);
			assert.ok(recognizer.stats.hits - before.hits > 5, `edit ${n} reused cached blocks`);
		}
	});

	test('a surname in an untouched heading joins a full name typed into another paragraph', () => {
		const recognizer = new SeedEntityRecognizer(tagger);
		const top = ' date 2024-03-26 Talks on Rafah\nIsraeli Defense Minister Yoav Gallant arrived late, and officials met in Cairo on Tuesday.\n';
		const rest = 'Austin Presses Gallant on Rafah\nThe talks went on for hours, officials said.\n';
		const first = buildEntityIndex(parseSeed(top + rest), recognizer);
		assert.ok(!first.entities.some(e => e.name === 'Lloyd Austin'));
		const edited = top + 'Defense Secretary Lloyd Austin arrived first.\n' + rest;
		const idx = buildEntityIndex(parseSeed(edited), recognizer);
		const austin = idx.entities.find(e => e.name === 'Lloyd Austin');
		assert.ok(austin, JSON.stringify(idx.entities.map(e => e.name)));
		assert.ok(austin.mentions.some(m => m.start === edited.indexOf('Austin Presses')), 'the heading mention');
		assert.equal(JSON.stringify(idx), freshIndex(edited));
	});
});
