import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { findTaggerWeights } from '../../src/cli/taggerWeights';
import { buildEntityIndex } from '../../src/model/entities/entityIndex';
import { SeedEntityRecognizer } from '../../src/model/entities/recognize';
import { SeedTagger } from '../../src/model/entities/tagger';
import type { TaggerModelData } from '../../src/model/entities/weightsFile';
import { parseSeed } from '../../src/model/parse';

const weights = JSON.parse(fs.readFileSync(findTaggerWeights(), 'utf8')) as TaggerModelData;

// Two short pages that write the same words differently, line for line ("the green park" and "Green
// Park", "river" and "River", "Mercer" as a name and a street), so a recogniser reading marks, word
// tables or name lists left by the other would show it: with one table of lower-case marks shared by
// both, "Green Park" reads as a place after the first line of the other page, and as a person alone.
const riverPage = [
	'The brown bear and the young lion slept in the green park.',
	'Mayor Clara Mercer of Lowbridge said the river rose again on Sunday.',
	'Residents near the river moved to the school on Mercer Street, and Mercer said help was coming.',
	'The Lowbridge Council met on Monday. Clara Mercer thanked the volunteers.',
	'Tom Ashby, the fire chief, said the water would fall by Friday.',
];
const clubPage = [
	'Brown Bear and Young Lion played in Green Park.',
	'River Plate beat Boca Juniors 2-1 in Buenos Aires on Saturday.',
	'Coach Martin Ashby said River played well, and Ashby praised the young striker Leo Mercer.',
	'The Argentine Football Association will meet in March.',
	'MERCER SCORES AGAIN AS RIVER WIN',
];

function pageText(lines: readonly string[]): string {
	return ` date 2024-03-26 ${lines.join('\n\n')}\n`;
}

/** Each line of `lines` recognised alone, in order, by `recognizer`. */
function lineSpans(recognizer: SeedEntityRecognizer, lines: readonly string[]): string[] {
	return lines.map(line => JSON.stringify(recognizer.recognizeText(line)));
}

suite('entities: recogniser instances share no state', () => {
	for (const shared of [true, false]) {
		test(`two recognisers${shared ? ' on one tagger' : ''}, block by block in turn, find what each finds alone`, () => {
			// A tagger only memoises its own weight sums, so the runs alone may use the same two.
			const firstTagger = new SeedTagger(weights);
			const secondTagger = shared ? firstTagger : new SeedTagger(weights);
			for (const cacheBytes of [undefined, 0]) {
				// The club page first: run after the river page, it would show the river page's marks if they leaked.
				const aloneClub = lineSpans(new SeedEntityRecognizer(secondTagger, cacheBytes), clubPage);
				const aloneRiver = lineSpans(new SeedEntityRecognizer(firstTagger, cacheBytes), riverPage);
				const first = new SeedEntityRecognizer(firstTagger, cacheBytes);
				const second = new SeedEntityRecognizer(secondTagger, cacheBytes);
				const river: string[] = [];
				const club: string[] = [];
				for (let k = 0; k < riverPage.length; k++) {
					river.push(JSON.stringify(first.recognizeText(riverPage[k])));
					club.push(JSON.stringify(second.recognizeText(clubPage[k])));
				}
				assert.deepEqual(river, aloneRiver);
				assert.deepEqual(club, aloneClub);
			}
		});
	}

	test('two entity indexes built in turn, each again after the other, equal those built alone', () => {
		const riverText = pageText(riverPage);
		const clubText = pageText(clubPage);
		const tagger = new SeedTagger(weights);
		const alone = (text: string): string => JSON.stringify(buildEntityIndex(parseSeed(text), new SeedEntityRecognizer(tagger)));
		const expectedRiver = alone(riverText);
		const expectedClub = alone(clubText);
		const first = new SeedEntityRecognizer(tagger);
		const second = new SeedEntityRecognizer(tagger);
		// Twice round: the second time every block comes from each recogniser's cache and memo.
		for (let round = 0; round < 2; round++) {
			assert.equal(JSON.stringify(buildEntityIndex(parseSeed(riverText), first)), expectedRiver, `river page, round ${round}`);
			assert.equal(JSON.stringify(buildEntityIndex(parseSeed(clubText), second)), expectedClub, `club page, round ${round}`);
		}
		// And crossed over: each recogniser now reads the page the other read.
		assert.equal(JSON.stringify(buildEntityIndex(parseSeed(clubText), first)), expectedClub);
		assert.equal(JSON.stringify(buildEntityIndex(parseSeed(riverText), second)), expectedRiver);
	});
});
