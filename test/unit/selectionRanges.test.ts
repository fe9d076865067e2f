import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { parseSeed } from '../../src/model/parse';
import { selectionRanges } from '../../src/model/selectionRanges';
import { readSeed, realSeedName, repoRoot } from './helpers';

suite('selection ranges (Expand Selection)', () => {
	const text = readSeed(realSeedName);
	const doc = parseSeed(text);
	const texts = (offset: number): string[] => selectionRanges(doc, offset).map(r => text.slice(r.start, r.end));

	test('in a section\'s paragraph: the sentence, the paragraph, the section, the whole text', () => {
		const offset = text.indexOf('Austin urged') + 3;
		const [sentence, paragraph, section, all, ...more] = texts(offset);
		assert.ok(sentence.startsWith('Austin urged the Israeli defense establishment') && sentence.endsWith('border with Egypt.'), sentence);
		assert.ok(paragraph.startsWith('The heart of the discussions') && !paragraph.includes('\n'), paragraph);
		assert.ok(section.startsWith('Strategic Dialogue Amidst Crisis') && section.includes(paragraph), section.slice(0, 80));
		assert.ok(!section.includes('Humanitarian Concerns and Political Discord'), 'the section stops before the next one');
		assert.equal(all, text);
		assert.deepEqual(more, []);
	});

	test('in the lede: no section around it; a cursor right after a paragraph\'s last word still selects it', () => {
		const lede = doc.blocks[0];
		const ranges = texts(lede.end);
		assert.equal(ranges[ranges.length - 1], text);
		assert.ok(ranges.includes(text.slice(lede.start, lede.end)), JSON.stringify(ranges.map(r => r.slice(0, 40))));
		assert.ok(!ranges.some(r => r.startsWith('Strategic Dialogue')));
	});

	test('on a heading line, its section; on a blank line, the section it is in', () => {
		const heading = text.indexOf('Humanitarian Concerns and Political Discord');
		const onHeading = texts(heading + 2);
		assert.equal(onHeading[0], 'Humanitarian Concerns and Political Discord');
		assert.ok(onHeading[1].startsWith('Humanitarian Concerns and Political Discord\n'), onHeading[1].slice(0, 60));
		const blank = text.indexOf('\n\n', heading) + 1;
		const onBlank = texts(blank);
		assert.ok(onBlank[0].startsWith('Humanitarian Concerns'), onBlank[0].slice(0, 60));
		assert.equal(onBlank[onBlank.length - 1], text);
	});

	test('every sample seed, any offset: each range holds the offset and strictly holds the one before', () => {
		const names = fs.readdirSync(path.join(repoRoot, 'seeds')).filter(f => f.endsWith('.txt'));
		for (const name of names) {
			const seed = readSeed(name);
			const model = parseSeed(seed);
			fc.assert(fc.property(fc.integer({ min: 0, max: seed.length }), offset => {
				const ranges = selectionRanges(model, offset);
				assert.ok(ranges.length >= 1);
				assert.deepEqual(ranges[ranges.length - 1], { start: 0, end: seed.length });
				ranges.forEach((r, k) => {
					assert.ok(r.start <= offset && offset <= r.end, `${name}@${offset}: ${JSON.stringify(r)}`);
					const inner = ranges[k - 1];
					assert.ok(!inner || (r.start <= inner.start && inner.end <= r.end && r.end - r.start > inner.end - inner.start), `${name}@${offset}: not nested`);
				});
			}), { numRuns: 50 });
		}
		assert.deepEqual(selectionRanges(parseSeed(''), 0), [{ start: 0, end: 0 }]);
	});
});
