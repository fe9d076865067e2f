// The scanners under the tagger: the tokeniser, and the patterns for figures and dates.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { figureHints, findFigures, isShortInteger, isYearLike } from '../../src/model/entities/figures';
import { tokenize } from '../../src/model/entities/tokenize';
import { parseSeed } from '../../src/model/parse';
import { readSeed, repoRoot } from './helpers';

suite('entities: tokeniser', () => {
	const words = (text: string) => tokenize(text).map(t => t.text);

	test('initialisms keep their dots; possessives split off; numbers keep separators', () => {
		assert.deepEqual(words('The U.S. said Austin\'s aide counted 32,000 (1.5%).'),
			['The', 'U.S.', 'said', 'Austin', '\'s', 'aide', 'counted', '32,000', '(', '1.5', '%', ')', '.']);
	});

	test('hyphenated words stay whole, curly possessives split, initials keep their dot', () => {
		assert.deepEqual(words('US-Israel ties; Gallant’s view; P. Simmons'), ['US-Israel', 'ties', ';', 'Gallant', '’s', 'view', ';', 'P.', 'Simmons']);
	});

	test('offsets are UTF-16 indices, also after astral characters and CRLF', () => {
		const text = '😀 Gaza\r\nRafah';
		for (const t of tokenize(text)) {
			assert.equal(text.slice(t.start, t.end), t.text);
		}
		assert.deepEqual(words(text), ['😀', 'Gaza', 'Rafah']);
	});
});

suite('entities: figures and dates', () => {
	test('figures and dates', () => {
		const text = 'On June 21, 2024 the fund paid $14 billion, up 4.5%, to 32,000 people; on Tuesday 2024-03-26 it said 7 more.';
		const found = findFigures(text).map(s => `${s.type}:${s.text}`);
		assert.deepEqual(found, ['date:June 21, 2024', 'number:$14 billion', 'number:4.5%', 'number:32,000', 'date:Tuesday', 'date:2024-03-26']);
	});

	test('a change keeps its sign, a range its dash out: "-25%", "+37%", "2-25%"', () => {
		const found = findFigures('Rafah 120 90 -25%; Kerem Shalom 80 110 +37%; rates of 2-25% apply; down \u22123.5 per cent').map(s => s.text);
		assert.deepEqual(found, ['-25%', '+37%', '25%', '\u22123.5 per cent']);
	});

	test('a year after "in", "since" ... is a date without the preposition (not before "people"); an ISO date after one stays whole', () => {
		const text = 'In 2023 prices rose; of 2024-03-26 little was said; since 1999 people left; by 2030 it ends.';
		const found = findFigures(text).map(s => `${s.type}:${s.text}@${s.start}`);
		assert.deepEqual(found, ['date:2023@3', 'date:2024-03-26@24', 'date:2030@79']);
	});

	test('the number filters answer as their patterns did (every string of up to five digits, and others)', () => {
		const samples = ['', 'a', '12a', '١٢', '1.5', ' 12', '２０２４'];
		for (let length = 1; length <= 5; length++) {
			for (let n = 0; n < 10 ** length; n++) {
				samples.push(String(n).padStart(length, '0'));
			}
		}
		for (const text of samples) {
			assert.equal(isShortInteger(text), /^\d{1,3}$/.test(text), text);
			assert.equal(isYearLike(text), /^(1[6-9]|20)\d\d$/.test(text), text);
		}
	});

	test('figures found with the tokens\' hints equal figures found without them', () => {
		const hintsOf = (text: string, start: number, end: number): number =>
			tokenize(text, start, end).reduce((bits, t) => bits | figureHints(t.text), 0);
		const same = (text: string, start = 0, end = text.length): void => {
			assert.deepEqual(findFigures(text, start, end, start, hintsOf(text, start, end)), findFigures(text, start, end, start), JSON.stringify(text.slice(start, end)));
		};
		// Each pattern's alternatives, near misses and a hint split across a token boundary.
		for (const text of ['On Tuesday 2024-03-26 it said', 'Sept. 5, 2023', '5 May 1999', 'in 2023 and since 1999 people', 'holiday days today',
			'Tuesday\'s vote', 'Monday-Friday', 'Mon day', 'March', '$14 billion', 'Rs. 30 crore', '4.5 per cent', 'Jan 2024', 'ab1234cd', 'x_Monday', '１２３４', 'الثلاثاء 12']) {
			same(text);
		}
		for (const name of fs.readdirSync(path.join(repoRoot, 'seeds')).filter(f => f.endsWith('.txt'))) {
			const text = readSeed(name);
			for (const block of parseSeed(text).blocks) {
				same(text, block.start, block.end);
			}
		}
		fc.assert(fc.property(fc.array(fc.constantFrom('Monday', 'Jan', 'May', '2024', '-03-26', '12', ' ', ',', '.', 'day', 'in ', '$', '%', 'x', 'é', '_', '１'), { maxLength: 12 }), parts => same(parts.join(''))));
	});
});
