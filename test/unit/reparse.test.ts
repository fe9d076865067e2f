import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSeed, reparseSeed, type SeedTextEdit } from '../../src/model/parse';
import type { Section, SeedDocument } from '../../src/model/types';
import { readSeed, realSeedName, repoRoot } from './helpers';
import { fuzzParams, fuzzTimeoutMs, withinCaseLimit } from './fuzzRuns';


/** Everything a provider can read from a model, as one comparable value. */
function modelView(doc: SeedDocument): unknown {
	const section = (s: Section): unknown => ({ heading: s.heading.start, level: s.level, range: s.range, first: s.firstBlock, end: s.endBlock, children: s.children.map(section) });
	return {
		header: doc.header, title: doc.title?.start, subtitle: doc.subtitle?.start, lineCount: doc.lineCount, lineStarts: Array.from(doc.lineStarts),
		blocks: doc.blocks.map(b => [b.kind, b.text, b.start, b.end, b.range, b.level, b.marker]), sections: doc.sections.map(section),
	};
}

function edit(text: string, offset: number, deleted: number, insert: string): { text: string; edit: SeedTextEdit } {
	return { text: text.slice(0, offset) + insert + text.slice(offset + deleted), edit: { offset, deleted, inserted: insert.length } };
}

const sampleSeeds = fs.readdirSync(path.join(repoRoot, 'seeds')).filter(f => f.endsWith('.txt')).map(readSeed);
const sampleLines = sampleSeeds.flatMap(t => t.split(/\r?\n/));

suite('Incremental reparse', function () {
	this.timeout(fuzzTimeoutMs);
	test('typing a heading into the real seed gives the model a full parse gives', () => {
		const before = readSeed(realSeedName);
		const previous = parseSeed(before);
		const paragraph = previous.blocks.filter(b => b.kind === 'paragraph').at(-1)!;
		const at = previous.lineStarts[paragraph.line];
		const after = edit(before, at, 0, 'A New Section Heading\n');
		const model = reparseSeed(previous, after.text, after.edit);
		assert.deepEqual(modelView(model), modelView(parseSeed(after.text)));
		assert.ok(model.blocks.some(b => b.kind === 'heading' && b.text === 'A New Section Heading'));
	});

	test('an edit on the header line, or in a document with carriage returns, still gives the full-parse model', () => {
		const before = ' date 2024-03-26 Lede here.\r\nNext Heading\r\nBody text that goes on for a while.';
		for (const after of [edit(before, 6, 4, '2025'), edit(before, 30, 0, 'x')]) {
			assert.deepEqual(modelView(reparseSeed(parseSeed(before), after.text, after.edit)), modelView(parseSeed(after.text)));
		}
	});

	test('an edit that does not match the text is parsed in full, not trusted', () => {
		const previous = parseSeed(' date 2024-03-26 Lede.\nHeading\nBody.');
		const model = reparseSeed(previous, 'something else entirely', { offset: 3, deleted: 1, inserted: 1 });
		assert.deepEqual(modelView(model), modelView(parseSeed('something else entirely')));
	});

	test('property: any run of edits gives exactly the model a full parse gives', () => {
		const document = fc.oneof(
			fc.constantFrom(...sampleSeeds),
			fc.array(fc.oneof(fc.constantFrom(...sampleLines), fc.constantFrom('', 'Heading Here', '1. Eggs', '- item', 'Share', 'World', 'WASHINGTON, April 1 (Reuters) - Earlier: Senators weigh a new aid package', 'Por EFE', 'Publié le 3 mai 2024 à 10h12', '¿Qué Se Sabe?',
				'By \u202EPress\u202C Association', '\u202F', '\u2028', '\u0085', `See https://${'a.'.repeat(127)}com. end.`, 'Alpha Beta '.repeat(100))), { maxLength: 30 }).map(ls => ls.join('\n')),
		);
		const insertion = fc.oneof(
			fc.constantFrom('', '\n', '\n\n', 'x', ' ', 'New Heading\n', '\nA new paragraph that is long enough to be prose.\n', '1. ', '\r\n', 'Share'),
			fc.string({ maxLength: 12 }),
			fc.constantFrom(...sampleLines).map(l => `${l}\n`),
		);
		// A position as a share of the text: fc.double favours 0 and 1, which would mostly test the ends.
		const step = fc.tuple(fc.nat(1_000_000), fc.nat(40), insertion);
		fc.assert(fc.property(document, fc.array(step, { minLength: 1, maxLength: 4 }), withinCaseLimit((text, steps) => {
			let previous = parseSeed(text);
			for (const [where, deleteCount, insert] of steps) {
				const offset = Math.floor(where / 1_000_001 * (previous.text.length + 1));
				const after = edit(previous.text, offset, Math.min(deleteCount, previous.text.length - offset), insert);
				const model = reparseSeed(previous, after.text, after.edit);
				assert.deepEqual(modelView(model), modelView(parseSeed(after.text)));
				previous = model;
			}
		})), fuzzParams);
	});
});
