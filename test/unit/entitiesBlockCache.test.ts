import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { findTaggerWeights } from '../../src/cli/taggerWeights';
import { SeedEntityRecognizer } from '../../src/model/entities/recognize';
import { SeedTagger } from '../../src/model/entities/tagger';
import type { TaggerModelData } from '../../src/model/entities/weightsFile';

const tagger = new SeedTagger(JSON.parse(fs.readFileSync(findTaggerWeights(), 'utf8')) as TaggerModelData);

/** Full collections, so heap figures are what is retained rather than garbage not yet collected. */
function retainedHeapMb(): number {
	v8.setFlagsFromString('--expose-gc');
	const gc = vm.runInNewContext('gc') as () => void;
	gc();
	gc();
	return process.memoryUsage().heapUsed / 1048576;
}

/** About 3 KB of news-like prose with names, unique to `n` (the number is spelled into words and names). */
function uniqueBlock(n: number): string {
	const tag = n.toString(36);
	const sentences: string[] = [];
	for (let k = 0; sentences.join(' ').length < 3000; k++) {
		sentences.push(`Minister Anna Berg${tag} met officials of the Northwind${tag} Council in Oslo on Tuesday, item ${tag}x${k}, and said the talks on the budget would resume.`);
	}
	return sentences.join(' ');
}

/** A document around block `n`: the block is a slice of a larger text, as blocks of real documents are. */
function documentWith(n: number): { text: string; start: number; end: number } {
	const block = uniqueBlock(n);
	const text = ` date 2024-03-26 Page ${n}\n${block}\n${'Footer line of the page. '.repeat(40)}`;
	const start = text.indexOf('\n') + 1;
	return { text, start, end: start + block.length };
}

suite('entities: block cache memory', () => {
	test('20,000 unique 3 KB blocks: the cache stays within its byte bound and holds about that much heap', function () {
		this.timeout(120_000);
		const boundBytes = 8 * 1048576;
		const recognizer = new SeedEntityRecognizer(tagger, boundBytes);
		const before = retainedHeapMb();
		for (let n = 0; n < 20_000; n++) {
			const { text, start, end } = documentWith(n);
			recognizer.recognizeBlockRelative(text, start, end);
			assert.ok(recognizer.cacheBytes <= boundBytes, `after block ${n}: ${recognizer.cacheBytes} bytes cached, bound ${boundBytes}`);
		}
		assert.ok(recognizer.cacheBytes > boundBytes / 2, `the cache is used: ${recognizer.cacheBytes} bytes`);
		const full = retainedHeapMb();
		recognizer.clearCache();
		const cleared = retainedHeapMb();
		// What the cache holds is what clearing it gives back (the shared word tables stay either way, bounded
		// by their own counts). The bound counts two bytes a character, so it must not hold the blocks' documents.
		const held = full - cleared;
		assert.ok(held < boundBytes / 1048576 * 1.5, `the cache held ${held.toFixed(1)} MB for a bound of ${boundBytes / 1048576} MB (heap before ${before.toFixed(1)} MB, full ${full.toFixed(1)} MB, cleared ${cleared.toFixed(1)} MB)`);
	});

	test('a sweep drops the blocks no kept document uses (after one sweep of grace) and keeps the rest', () => {
		const recognizer = new SeedEntityRecognizer(tagger);
		const open = documentWith(1);
		const closed = documentWith(2);
		const openUse = recognizer.trackBlocks(() => recognizer.recognizeBlockRelative(open.text, open.start, open.end)).blocks;
		recognizer.trackBlocks(() => recognizer.recognizeBlockRelative(closed.text, closed.start, closed.end));
		const full = recognizer.cacheBytes;
		// The first sweep keeps what was used since the previous one: a document closed and reopened at once stays warm.
		recognizer.sweepBlocks([openUse]);
		assert.equal(recognizer.cacheBytes, full);
		recognizer.sweepBlocks([openUse]);
		assert.ok(recognizer.cacheBytes < full * 0.6, `the closed document's block is dropped: ${recognizer.cacheBytes} of ${full} bytes left`);
		assert.ok(recognizer.cacheBytes > 0, 'the open document\'s block is kept');

		const before = recognizer.stats;
		recognizer.recognizeBlockRelative(open.text, open.start, open.end);
		assert.equal(recognizer.stats.hits - before.hits, 1, 'the open document\'s unchanged block still hits');
		recognizer.recognizeBlockRelative(closed.text, closed.start, closed.end);
		assert.equal(recognizer.stats.misses - before.misses, 1, 'the closed document\'s block is recognised again');
	});

	test('a repeated block hits the cache, and a sweep with nothing kept empties it', () => {
		const recognizer = new SeedEntityRecognizer(tagger);
		const doc = documentWith(3);
		const first = recognizer.recognizeBlockRelative(doc.text, doc.start, doc.end);
		const before = recognizer.stats;
		// The same characters in another string: the cache is keyed by the text, not the string object.
		const copy = 'x' + doc.text.slice(1);
		assert.equal(recognizer.recognizeBlockRelative(copy, doc.start, doc.end), first);
		assert.deepEqual(recognizer.stats, { hits: before.hits + 1, misses: before.misses });
		recognizer.sweepBlocks([]);
		recognizer.sweepBlocks([]);
		assert.equal(recognizer.cacheBytes, 0);
	});
});
