import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { findTaggerWeights } from '../../src/cli/taggerWeights';
import { BlockWords } from '../../src/model/entities/blockWords';
import { collectContext, extractFeatures, makeSentence, maxFeatures, Seen, startTag, tagCount, type TagContext, type TagSentence } from '../../src/model/entities/features';
import { bestAllowedTag, SeedTagger } from '../../src/model/entities/tagger';
import { decodeBase64, encodeBase64, type TaggerModelData } from '../../src/model/entities/weightsFile';
import { tokenize } from '../../src/model/entities/tokenize';
import { readSeed } from './helpers';

/** The tagger written the slow, obvious way: every feature looked up on its own. */
function referenceTag(tagger: SeedTagger, s: TagSentence, ctx: TagContext): number[] {
	const feats = new Int32Array(maxFeatures);
	const out: number[] = [];
	let p1: number = startTag;
	let p2: number = startTag;
	for (let i = 0; i < s.length; i++) {
		let best = 0;
		const word = s.infos[s.start + i];
		const insideName = p1 !== 0 && p1 !== startTag;
		// A word without a capital starts no name, and continues one only as a connector or a number.
		if (word.cap !== 0 || (insideName && word.continuesName)) {
			const scores = new Float64Array(tagCount);
			const n = extractFeatures(s, ctx, i, p1, p2, feats);
			for (let k = 0; k < n; k++) {
				const w = tagger.featureWeights(feats[k]);
				if (w) {
					w.forEach((v, t) => { scores[t] += v; });
				}
			}
			best = bestAllowedTag(scores, p1);
		}
		out.push(best);
		p2 = p1;
		p1 = best;
	}
	return out;
}

suite('entities: tagger', () => {
	const tagger = new SeedTagger(JSON.parse(fs.readFileSync(findTaggerWeights(), 'utf8')) as TaggerModelData);

	test('the fast scoring (per-word sums, context tables) tags exactly like scoring every feature', () => {
		let compared = 0;
		for (const name of ['000_b555f2e6071b8337.txt', '002_headline_deck_byline.txt', '004_month_only.txt', '005_noise_first.txt', '010_related_story.txt']) {
			for (const line of readSeed(name).split('\n')) {
				const sentence = makeSentence(tokenize(line).map(t => t.text), tagger.lists);
				const ctx = collectContext([sentence]);
				assert.deepEqual(Array.from(tagger.tag(sentence, ctx)), referenceTag(tagger, sentence, ctx), line);
				compared += sentence.length;
			}
		}
		const caps = makeSentence(['ISRAEL', 'AND', 'U.S.', 'DEFENCE', 'CHIEFS', 'MEET', 'IN', 'WASHINGTON'], tagger.lists);
		assert.ok(caps.allCaps);
		assert.deepEqual(Array.from(tagger.tag(caps, collectContext([caps]))), referenceTag(tagger, caps, collectContext([caps])));
		assert.ok(compared > 500);
	});

	test('a word without a capital continues a name only as a connector or a number', () => {
		const tagOf = (words: string[]) => {
			const s = makeSentence(words);
			return Array.from(tagger.tag(s, collectContext([s])));
		};
		const bank = tagOf(['The', 'Bank', 'of', 'England', 'raised', 'rates', '.']);
		assert.deepEqual(bank.slice(1, 4).map(t => t !== 0), [true, true, true], 'Bank of England is one name');
		assert.equal(bank[4], 0);
		for (const word of ['of', 'de', '&', "'s", '95']) {
			assert.ok(makeSentence([word]).infos[0].continuesName, word);
		}
		for (const word of ['said', ',', '.', 'rates', 'the-end']) {
			assert.ok(!makeSentence([word]).infos[0].continuesName, word);
		}
	});

	test('block word marks answer as the word sets do, and no mark outlives its block', () => {
		const marks = new BlockWords();
		let asked = 0;
		for (const name of ['000_b555f2e6071b8337.txt', '004_month_only.txt', '009_italian.txt', '010_related_story.txt']) {
			// Each line is a block; the same words come back in later lines, so a leaked mark would show.
			for (const line of readSeed(name).split('\n')) {
				const sentences = line.split(/(?<=\.)\s+/).map(s => makeSentence(tokenize(s).map(t => t.text)));
				const sets = collectContext(sentences);
				marks.collect(sentences);
				for (const s of sentences) {
					for (let i = 0; i < s.length; i++) {
						const info = s.infos[s.start + i];
						assert.equal(marks.seenBits(info), sets.seenBits(info), `${info.word} in ${line}`);
						asked++;
					}
				}
			}
		}
		const lower = makeSentence(['the', 'Gaza', 'strip']);
		marks.collect([lower]);
		assert.equal(marks.seenBits(makeSentence(['The']).infos[0]), Seen.Lower, 'one record per lower-case form');
		assert.equal(marks.seenBits(lower.infos[1]), Seen.Capitalised);
		marks.collect([makeSentence(['Nothing', 'here'])]);
		assert.equal(marks.seenBits(lower.infos[0]), 0);
		assert.ok(asked > 500);
	});

	test('two block contexts marking the same words in turn never see each other\'s marks', () => {
		const first = new BlockWords();
		const second = new BlockWords();
		const lower = makeSentence(['the', 'river', 'rose']);
		const capitalised = makeSentence(['Then', 'The', 'River', 'rose']);
		first.collect([lower]);
		second.collect([capitalised]);
		// The same word infos go through both: each context answers from its own block.
		const river = lower.infos[1];
		assert.equal(first.seenBits(river), Seen.Lower);
		assert.equal(second.seenBits(river), Seen.Capitalised);
		assert.equal(first.seenBits(river), Seen.Lower, 'asking the second did not disturb the first');
		second.collect([makeSentence(['Nothing', 'here'])]);
		assert.equal(first.seenBits(river), Seen.Lower, 'a new block in the second leaves the first as it was');
		assert.equal(second.seenBits(river), 0);
	});

	test('base64 round trip', () => {
		for (const length of [0, 1, 2, 3, 4, 5, 255]) {
			const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 255);
			assert.deepEqual(decodeBase64(encodeBase64(bytes)), bytes);
		}
	});

	test('a weights file of another format is refused', () => {
		assert.throws(() => new SeedTagger({ format: 'other', labels: [], scale: 1, keys: '', weights: '' } as unknown as TaggerModelData), /Unsupported/);
	});
});
