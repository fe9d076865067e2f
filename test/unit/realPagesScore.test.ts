import * as assert from 'node:assert/strict';
import { nodeEntityRecognizer } from '../../src/cli/taggerWeights';
import { normaliseName, scorePage, summarise, type GoldPage } from '../realPages/score';

// A page written here, shaped as real ones are: headline on the header line, byline, story, a section.
const page = [
	' date 2024-05-02 Council Approves New Bridge Over the River',
	'By Maria Lopez',
	'The city council of Riverton voted on Tuesday to build a new bridge, Mayor Tom Hughes said.',
	'What Happens Next',
	'Hughes said work would start in June.',
	'Share this article',
].join('\n');

function gold(lines: GoldPage['lines'], entities: GoldPage['entities'] = {}): GoldPage {
	return { id: 'sample', split: 'tune', language: 'en', singleLine: false, lines, entities };
}

const rightKinds = { 0: 'title', 1: 'byline', 2: 'paragraph', 3: 'heading', 4: 'paragraph', 5: 'noise' } as const;

suite('real-page scoring', () => {
	test('a title on the header line counts only on its line', () => {
		assert.equal(scorePage(gold(rightKinds), page, nodeEntityRecognizer()).titleRight, true);
		const noTitle = { ...rightKinds, 0: 'paragraph' } as const;
		assert.equal(scorePage(gold(noTitle), page, nodeEntityRecognizer()).titleRight, false);
	});

	test('headings and noise lines are counted against the gold kinds, and the confusion table has every line', () => {
		const score = scorePage(gold(rightKinds), page, nodeEntityRecognizer());
		const lines = Object.values(score.confusion).flatMap(row => Object.values(row)).reduce((a, b) => a + b, 0);
		assert.equal(lines, 6);
		assert.equal(score.headings.tp + score.headings.fn, 1);
		assert.equal(score.noise.tp + score.noise.fn, 2, 'the byline and the share row are noise');
		// A gold heading the parser cannot agree with: line 2 is prose, so it is a missed heading.
		const wrong = scorePage(gold({ ...rightKinds, 2: 'heading' }), page, nodeEntityRecognizer());
		assert.equal(wrong.headings.fn, score.headings.fn + 1);
	});

	test('people are matched by any written form, roles by containment, and a place typed as a person is named', () => {
		const score = scorePage(gold(rightKinds, {
			people: [{ name: 'Tom Hughes', role: 'Mayor', aliases: ['Hughes'] }, { name: 'Maria Lopez', role: null }],
			places: [{ name: 'Riverton' }],
		}), page, nodeEntityRecognizer());
		assert.equal(score.entities.people.tp + score.entities.people.fn, 2);
		assert.equal(score.entities.rolesWanted, 1);
		assert.equal(score.entities.aliasesWanted, 1);
		assert.ok(score.entities.people.tp >= 1, 'Tom Hughes is found');
	});

	test('summaries add pages up; an empty split scores 1, not NaN', () => {
		const one = scorePage(gold(rightKinds), page, nodeEntityRecognizer());
		const summary = summarise([one, one]);
		assert.equal(summary.pages, 2);
		assert.equal(summary.titleAccuracy, 1);
		assert.equal(summarise([]).headings.f1, 1);
	});

	test('names compare without case, possessive or a leading "the"', () => {
		assert.equal(normaliseName('The  Pentagon\u2019s'), normaliseName('pentagon'));
	});
});
