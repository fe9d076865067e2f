import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { addNameRepeats, type BlockSpans } from '../../src/model/entities/nameRepeats';
import { entitySpan, mergeSpans } from '../../src/model/entities/spans';
import type { EntitySpan } from '../../src/model/entities/types';
import type { BlockKind } from '../../src/model/types';

const headingKinds: ReadonlySet<BlockKind> = new Set(['heading', 'title', 'subtitle']);
const people = ['Lloyd Austin', 'Yoav Gallant'];
const names = ['Lloyd Austin', 'Austin', 'Yoav Gallant', 'Gallant'];

/**
 * The repeats of `names` in `text[start, end)` the slow, obvious way: every capitalised word the pattern
 * finds, scanned in order, starts the longest name that is written there as whole words.
 */
function referenceRepeats(text: string, start: number, end: number): EntitySpan[] {
	const out: EntitySpan[] = [];
	const word = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}\p{N}]*/gu;
	word.lastIndex = start;
	for (let m = word.exec(text); m && m.index < end; m = word.exec(text)) {
		const candidates = names.filter(n => n.split(' ')[0] === m![0]).sort((a, b) => b.length - a.length);
		for (const name of candidates) {
			const nameEnd = m.index + name.length;
			if (nameEnd <= end && text.startsWith(name, m.index) && !(nameEnd < text.length && /[\p{L}\p{N}]/u.test(text[nameEnd]))) {
				out.push(entitySpan(m.index - start, nameEnd - start, 'person', name));
				word.lastIndex = nameEnd;
				break;
			}
		}
	}
	return out;
}

suite('entities: name repeats', () => {
	test('every block gets the repeats a scan of every capitalised word finds (skipped blocks included)', () => {
		const words = ['Austin', 'Gallant', 'Lloyd Austin', 'Yoav Gallant', 'Austinite', 'MacAustin', 'austin', 'Yoav',
			'e\u0301Austin', 'X\u0301Austin', 'Austin\u0301', 'Austin\'s', 'Gallant-Smith', 'said', 'the', 'Pentagon', ',', '.', '5', 'Lloyd'];
		const block = fc.array(fc.constantFrom(...words), { maxLength: 8 }).map(w => w.join(' '));
		fc.assert(fc.property(fc.array(fc.tuple(block, fc.constantFrom<BlockKind>('paragraph', 'heading')), { maxLength: 12 }), blocks => {
			// The first block names both people; the recogniser's spans for it are given.
			const first = `${people[0]} met ${people[1]}.`;
			const texts = [first, ...blocks.map(([t]) => t)];
			const text = texts.join('\n');
			const found: BlockSpans[] = [];
			let at = 0;
			texts.forEach((t, k) => {
				const spans = k === 0 ? people.map(p => entitySpan(first.indexOf(p), first.indexOf(p) + p.length, 'person', p)) : [];
				found.push({ kind: k === 0 ? 'paragraph' : blocks[k - 1][1], start: at, end: at + t.length, spans });
				at += t.length + 1;
			});
			const result = addNameRepeats(text, found, headingKinds);
			result.forEach((b, k) => {
				const extra = referenceRepeats(text, b.start, b.end);
				const expected = k === 0 ? mergeSpans(found[0].spans, extra) : extra;
				assert.deepEqual(b.spans.map(s => [s.start, s.end, s.text]), expected.map(s => [s.start, s.end, s.text]), JSON.stringify(texts[k]));
			});
		}), { numRuns: 300 });
	});
});
