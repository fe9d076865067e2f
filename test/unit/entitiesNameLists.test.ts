import * as assert from 'node:assert/strict';
import { nodeEntityRecognizer } from '../../src/cli/taggerWeights';
import { buildEntityIndex, indexSpans } from '../../src/model/entities/entityIndex';
import { makeSentence } from '../../src/model/entities/features';
import { ListBit, NameLists } from '../../src/model/entities/nameLists';
import { entitySpan } from '../../src/model/entities/spans';
import { collapsedDoubles } from '../../src/model/entities/nameRepeats';
import { PhraseTexts } from '../../src/model/entities/phraseText';
import { refineSpan } from '../../src/model/entities/refine';
import { SentenceTokens } from '../../src/model/entities/sentenceTokens';
import { tokenize } from '../../src/model/entities/tokenize';
import type { EntitySpan } from '../../src/model/entities/types';
import { parseSeed } from '../../src/model/parse';

const small = new NameLists({ sources: 'test', places: 'Pune\nNew Delhi\nSão Paulo\nSao Paulo', divisions: 'Karnataka\nTamil Nadu', givenNames: 'Asha\nRavi' });
const bits = (words: string[], lists = small): number[] => Array.from(makeSentence(words, lists).listBits.subarray(0, words.length));

suite('entities: generated name lists', () => {
	test('a token is marked with the bits of every listed span that covers it', () => {
		assert.deepEqual(bits(['Asha', 'Rao', 'moved', 'from', 'New', 'Delhi', 'to', 'Pune', ',', 'Karnataka']),
			[ListBit.GivenName, 0, 0, 0, ListBit.Place, ListBit.Place, 0, ListBit.Place, 0, ListBit.Division]);
		assert.deepEqual(bits(['in', 'Tamil', 'Nadu', 'and', 'São', 'Paulo']), [0, ListBit.Division, ListBit.Division, 0, ListBit.Place, ListBit.Place]);
		// "New" alone is not the place, and a span starts at a capitalised word only ("pune" is not Pune).
		assert.deepEqual(bits(['New', 'rules', 'in', 'pune']), [0, 0, 0, 0]);
		// In a headline in capitals every word may start one.
		assert.deepEqual(bits(['RAVI', 'WINS', 'IN', 'PUNE']), [ListBit.GivenName, 0, 0, ListBit.Place]);
		assert.deepEqual(bits(['Asha', 'in', 'Pune'], NameLists.empty), [0, 0, 0]);
	});

	test('the shipped lists: towns, first-level divisions and given names, without common words or dates', () => {
		const lists = nodeEntityRecognizer().lists;
		assert.equal(lists.bitsOf('Mysore') & ListBit.Place, ListBit.Place);
		assert.equal(lists.bitsOf('Karnataka'), ListBit.Division);
		assert.equal(lists.bitsOf('Bayern') & ListBit.Division, ListBit.Division);
		assert.equal(lists.bitsOf('Asha') & ListBit.GivenName, ListBit.GivenName);
		assert.equal(lists.bitsOf('Jennifer') & ListBit.GivenName, ListBit.GivenName);
		// "Police" is a town in Poland and "June" a given name, but as list words they are mostly not names.
		assert.equal(lists.bitsOf('Police'), 0);
		assert.equal(lists.bitsOf('June'), 0);
		assert.equal(lists.bitsOf('Tuesday'), 0);
	});

	test('a lone "person" the lists know as a place is the place; one the page writes in lower case is nobody', () => {
		const lists = nodeEntityRecognizer().lists;
		const text = 'Karnataka voted. Asha spoke. Trucks waited, and more trucks came.';
		const spans = [
			entitySpan(0, 9, 'person', 'Karnataka'),
			entitySpan(17, 21, 'person', 'Asha'),
			entitySpan(29, 35, 'person', 'Trucks'),
		];
		const idx = indexSpans([{ kind: 'paragraph', start: 0, spans }], { text, lists });
		assert.deepEqual(idx.entities.map(e => `${e.name}/${e.type}`), ['Karnataka/place', 'Asha/person']);
		// Without the page (callers that group spans themselves), the spans are kept as tagged.
		assert.deepEqual(indexSpans([{ kind: 'paragraph', start: 0, spans }]).entities.map(e => e.type), ['person', 'person', 'person']);
		// A title before the name says it is a person's.
		const titled = indexSpans([{ kind: 'paragraph', start: 0, spans: [entitySpan(0, 9, 'person', 'Karnataka', 'Judge')] }], { text, lists });
		assert.equal(titled.entities[0].type, 'person');
	});

	test('in a line of capitalised words, a "person" ending in a listed place is the place unless a given name starts it', () => {
		const text = ' date 2024-03-26 Farm prices rose again this week in the south.\nWeekly Prices Crop Change Karnataka 40 55 Change Punjab 30 20\n'
			+ 'Prices in Karnataka and Punjab rose because the rains came late.\n';
		const idx = buildEntityIndex(parseSeed(text), nodeEntityRecognizer());
		assert.ok(!idx.entities.some(e => e.type === 'person' && /Karnataka|Punjab/.test(e.name)), JSON.stringify(idx.entities.map(e => [e.name, e.type])));
		assert.equal(idx.entities.find(e => e.name === 'Karnataka')?.type, 'place');
	});
});

suite('entities: one name, one type, from the words around it', () => {
	const index = (body: string) => buildEntityIndex(parseSeed(` date 2024-03-26 ${body}\n`), nodeEntityRecognizer());
	const typeOf = (body: string, name: string) => index(body).entities.find(e => e.name === name)?.type;

	test('a "person" the lists know as a place, every word of it, is the place unless a given name starts it', () => {
		// The clean-up on its own, whatever the tagger says of these words today.
		const refined = (text: string) => {
			const tokens = tokenize(text);
			const sentence = makeSentence(tokens.map(t => t.text), nodeEntityRecognizer().lists);
			const toks = new SentenceTokens(Int32Array.from(tokens, t => t.start), Int32Array.from(tokens, t => t.end), sentence, 0);
			const out: EntitySpan[] = [];
			refineSpan(text, toks, 2, 4, 'person', out, new PhraseTexts());
			return out.map(span => `${span.text}/${span.type}`);
		};
		assert.deepEqual(refined('Officials from Arunachal Pradesh met on Monday.'), ['Arunachal Pradesh/place']);
		assert.deepEqual(refined('He met Lloyd Austin on Monday.'), ['Lloyd Austin/person']);
	});

	test('"X district", "in X", "X-based" make a place; "X said" keeps a lone name a speaker', () => {
		const idx = index('Ravi Kumar visited Wokhatown district on Friday. Farmers near Belvaro complained, and a Zelmora-based trader agreed.');
		const types = Object.fromEntries(idx.entities.map(e => [e.name, e.type]));
		assert.notEqual(types.Wokhatown, 'person', JSON.stringify(types));
		assert.notEqual(types.Belvaro, 'person', JSON.stringify(types));
		assert.notEqual(types.Zelmora, 'person', JSON.stringify(types));
		assert.equal(types['Ravi Kumar'], 'person');
		// Clinton is a town the lists know; a page that has him speak uses it as a name.
		assert.equal(typeOf('The bill passed on Tuesday. Clinton said he would sign it.', 'Clinton'), 'person');
	});

	test('members of a list of names share the type of its known places, but for a name with a given name first', () => {
		const lists = nodeEntityRecognizer().lists;
		const text = 'Rain hit Pune, Belvaro, Karnataka, Asha Rao and Wokhatown on Monday.';
		const at = (name: string) => text.indexOf(name);
		const span = (name: string, type: 'place' | 'person') => entitySpan(at(name), at(name) + name.length, type, name);
		const spans = [span('Pune', 'place'), span('Belvaro', 'person'), span('Karnataka', 'place'), span('Asha Rao', 'person'), span('Wokhatown', 'person')];
		const idx = indexSpans([{ kind: 'paragraph', start: 0, spans }], { text, lists });
		assert.deepEqual(idx.entities.map(e => `${e.name}/${e.type}`), ['Pune/place', 'Belvaro/place', 'Karnataka/place', 'Asha Rao/person', 'Wokhatown/place']);
		// Two names are no list.
		const two = indexSpans([{ kind: 'paragraph', start: 0, spans: [span('Pune', 'place'), span('Belvaro', 'person')] }], { text, lists });
		assert.equal(two.entities[1].type, 'person');
	});

	test('a person ends in no area word: "Clay County" is a place', () => {
		assert.equal(typeOf('Deputies in Clay County said the road was closed.', 'Clay County'), 'place');
	});

	test('a doubled letter written once in a surname is still the person: "Galant" for "Gallant"', () => {
		assert.deepEqual(collapsedDoubles('Gallant'), ['Galant']);
		assert.deepEqual(collapsedDoubles('Kissinger'), ['Kisinger']);
		assert.deepEqual(collapsedDoubles('Rao'), []);
		const idx = index('Yoav Gallant arrived in Washington. A spokesman said Galant would return on Wednesday.');
		const gallant = idx.entities.find(e => e.name === 'Yoav Gallant');
		assert.ok(gallant?.aliases.includes('Galant'), JSON.stringify(idx.entities.map(e => [e.name, e.aliases])));
	});
});

suite('entities: roles written after the name', () => {
	const roles = (body: string) => Object.fromEntries(buildEntityIndex(parseSeed(` date 2024-03-26 ${body}\n`), nodeEntityRecognizer()).entities
		.filter(e => e.type === 'person').map(e => [e.name, e.role]));

	test('a title between commas after a name is its role: local government, sport, business', () => {
		const found = roles('Asha Rao, the deputy commissioner of Mysuru, said roads would reopen. Lee Min, the winger, scored twice. '
			+ 'Ravi Patel, chief executive of Acme, resigned.');
		assert.equal(found['Asha Rao'], 'deputy commissioner of Mysuru');
		assert.equal(found['Lee Min'], 'winger');
		assert.equal(found['Ravi Patel'], 'chief executive of Acme');
	});

	test('a clause after a name is no role, and a title before it wins', () => {
		const found = roles('Jo Kim, who is the coach, smiled. Defense Secretary Lloyd Austin, the former general, spoke.');
		assert.equal(found['Jo Kim'], null);
		assert.equal(found['Lloyd Austin'], 'Defense Secretary');
	});
});
