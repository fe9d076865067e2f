import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { nodeEntityRecognizer } from '../../src/cli/taggerWeights';
import { buildEntityIndex } from '../../src/model/entities/entityIndex';
import { documentIsOtherLanguage, knownNamesOnly, listedPersonName, otherLanguageFilter, paragraphIsOtherLanguage } from '../../src/model/entities/otherLanguage';
import { entitySpan } from '../../src/model/entities/spans';
import type { EntityIndex } from '../../src/model/entities/types';
import { parseSeed } from '../../src/model/parse';

const seedsDir = path.resolve(__dirname, '../../../seeds');
const seedFiles = fs.readdirSync(seedsDir).filter(f => f.endsWith('.txt')).sort();
const italianSeed = fs.readFileSync(path.join(seedsDir, '009_italian.txt'), 'utf8');

function index(text: string): EntityIndex {
	return buildEntityIndex(parseSeed(text), nodeEntityRecognizer());
}

/** The paragraphs of `text` taken as another language. */
function otherLanguageBlocks(text: string): string[] {
	return documentIsOtherLanguage(text) ? parseSeed(text).blocks.filter(b => paragraphIsOtherLanguage(text, b.start, b.end)).map(b => text.slice(b.start, b.end)) : [];
}

function names(idx: EntityIndex): string[] {
	return idx.entities.map(e => `${e.name}/${e.type}`);
}

suite('entities: text in another language', () => {
	test('only the Italian sample seed has paragraphs in another language, and all of its paragraphs are', () => {
		const other = seedFiles.filter(f => otherLanguageBlocks(fs.readFileSync(path.join(seedsDir, f), 'utf8')).length > 0);
		assert.deepEqual(other, ['009_italian.txt']);
		assert.equal(otherLanguageBlocks(italianSeed).length, parseSeed(italianSeed).blocks.length);
	});

	test('Spanish, Portuguese, French and German pages read as other languages; English ones with foreign names do not', () => {
		const pages = {
			spanish: 'El gobierno de Pedro Sánchez aprobó el martes un plan para la vivienda que, según el ministerio, llegará a los jóvenes y a las familias con menos ingresos.',
			portuguese: 'O presidente Luiz Inácio Lula da Silva disse que o governo não vai aumentar os impostos e que a economia cresce mais do que o esperado.',
			french: 'Le président Emmanuel Macron a annoncé mardi que le gouvernement présentera un projet de loi sur les retraites et qu\'il sera débattu dans les deux chambres.',
			german: 'Bundeskanzler Olaf Scholz hat am Dienstag gesagt, dass die Regierung an ihrem Plan festhält und die Schuldenbremse auch im nächsten Jahr gilt.',
		};
		for (const [language, text] of Object.entries(pages)) {
			assert.ok(documentIsOtherLanguage(` date 2024-03-26 ${text}`), language);
		}
		const english = ' date 2024-03-26 Officials from the Museo de la Nación and the Banco de España said the loan of works by Diego Velázquez to the Prado would go ahead, and that the exhibition will open in May.';
		assert.ok(!documentIsOtherLanguage(english));
	});

	test('an Italian page keeps the people the name lists vouch for, not what the tagger made of its Title Case', () => {
		// The English tagger makes a name of "Domus Aurea di Nerone" here; no list knows it, so it goes. The
		// mayor, a listed given name and surname, stays.
		const body = italianSeed.indexOf('Dopo tre anni');
		const tagged = nodeEntityRecognizer().recognizeBlock(italianSeed, body, italianSeed.indexOf('\n', body), { refine: false, figures: false });
		assert.ok(tagged.some(s => s.text.startsWith('Domus Aurea') && (s.type === 'person' || s.type === 'organization')), JSON.stringify(tagged));
		assert.deepEqual(names(index(italianSeed)), ['Roberto Gualtieri/person']);
	});

	test('an English paragraph of an Italian page keeps its names', () => {
		const text = ' date 2024-09-03 Roma, riapre al pubblico la Domus Aurea\n'
			+ 'Dopo tre anni di restauri, la Domus Aurea di Nerone riapre ai visitatori con un nuovo percorso. Il ministro della Cultura ha inaugurato la mostra insieme al sindaco Roberto Gualtieri.\n'
			+ 'Il sito sarà aperto dal venerdì alla domenica, e il biglietto costa 18 euro per gli adulti.\n'
			+ 'Defense Secretary Lloyd Austin said that the visit was one of the highlights of his trip to Italy.\n';
		assert.equal(otherLanguageBlocks(text).length, 3);
		const found = names(index(text));
		assert.ok(found.includes('Lloyd Austin/person'), found.join(', '));
		assert.ok(found.includes('Italy/place'), found.join(', '));
		assert.ok(found.includes('Roberto Gualtieri/person'), found.join(', '));
		assert.ok(!found.some(n => n.startsWith('Domus Aurea')), found.join(', '));
	});

	test('in another language a person is kept where the name lists vouch for the name', () => {
		const lists = nodeEntityRecognizer().lists;
		// A listed given name and surname: kept whatever the tagger typed it.
		assert.ok(listedPersonName('Konrad Kowalski', false, lists));
		// The tagger's person with a listed given name, or a listed surname, is kept.
		assert.ok(listedPersonName('Giorgia Bianchi', true, lists));
		assert.ok(listedPersonName('Luiz Inácio Lula da Silva', true, lists));
		// Title Case no list knows, one word, a place's head word, or a town as the last word: not a person.
		for (const name of ['Domus Aurea', 'Serie A', 'Giorgia', 'Lago Maggiore', 'Monte Carlo', 'Piazza Navona', 'Estadio Santiago Bernabeu']) {
			assert.ok(!listedPersonName(name, true, lists), name);
		}
		// The tagger typed it otherwise and only one word is listed: not enough.
		assert.ok(!listedPersonName('Konrad Adenauerhaus', false, lists));
	});

	test('German, Spanish and French pages get their people, not their Title Case', () => {
		const pages = [
			' date 2024-03-26 Der Trainer Thomas Müller sagte am Dienstag, dass die Mannschaft nach der Niederlage gegen den VfB Stuttgart nicht aufgeben wird und dass auch Konrad Schmidt wieder spielen kann.',
			' date 2024-03-26 El entrenador Carlos Fernández dijo el martes que el equipo no se rendirá y que también Javier García volverá a jugar en el Estadio Santiago Bernabéu.',
			' date 2024-03-26 Le ministre Jean Dupont a annoncé mardi que le gouvernement présentera un projet de loi et que Marie Lefebvre sera chargée du dossier à la Maison Blanche.',
		];
		const found = pages.map(text => names(index(text)).filter(n => n.endsWith('/person')));
		assert.deepEqual(found, [
			['Thomas Müller/person', 'Konrad Schmidt/person'],
			['Carlos Fernández/person', 'Javier García/person'],
			['Jean Dupont/person', 'Marie Lefebvre/person'],
		]);
	});

	test('an English article quoting a sentence in Italian stays English', () => {
		const text = ' date 2024-09-03 Rome reopens Nero\'s Golden House to the public after three years of restoration work.\n'
			+ 'Mayor Roberto Gualtieri said the site was "il cuore della Roma antica" and that it would be open at weekends.\n'
			+ 'The ministry said that tickets would cost 18 euros and that the tour was one of the longest in the city.\n';
		assert.deepEqual(otherLanguageBlocks(text), []);
		assert.ok(names(index(text)).includes('Roberto Gualtieri/person'));
	});

	test('a paragraph goes by its own function words, a heading by the document', () => {
		const text = ' date 2024-02-08 Una mostra a Roma\n'
			+ 'Il ministro della Cultura ha inaugurato la mostra insieme al sindaco, e la mostra resta aperta per tre mesi.\n'
			+ 'Visitors can also attend talks by authors from the United Kingdom and the United States.\n'
			+ 'Orari e biglietti\n'
			+ 'Il sito sarà aperto dal venerdì alla domenica.\n';
		assert.deepEqual(otherLanguageBlocks(text), [
			'Una mostra a Roma',
			'Il ministro della Cultura ha inaugurato la mostra insieme al sindaco, e la mostra resta aperta per tre mesi.',
			'Orari e biglietti',
			'Il sito sarà aperto dal venerdì alla domenica.',
		]);
	});

	test('in another language only names the word lists know, typed as the lists type them, figures and dates are kept', () => {
		const spans = [
			entitySpan(0, 11, 'person', 'Domus Aurea'),
			entitySpan(12, 17, 'place', 'Italy'),
			entitySpan(18, 22, 'organization', 'NATO'),
			entitySpan(23, 30, 'group', 'Italian'),
			entitySpan(31, 33, 'number', '18'),
			entitySpan(34, 44, 'date', '3 settembre'),
			entitySpan(45, 52, 'organization', 'Cultura'),
			entitySpan(53, 57, 'organization', 'Lyon'),
		];
		assert.deepEqual(knownNamesOnly(spans).map(s => `${s.text}/${s.type}`),
			['Italy/place', 'NATO/organization', 'Italian/group', '18/number', '3 settembre/date', 'Lyon/place']);
	});

	test('in another language towns the lists know, initials, names with an organisation word and translated countries are kept', () => {
		const lists = nodeEntityRecognizer().lists;
		const spans = [
			entitySpan(0, 10, 'organization', 'Leverkusen'),
			entitySpan(11, 14, 'organization', 'CDU'),
			entitySpan(15, 28, 'person', 'Real Sociedad'),
			entitySpan(29, 40, 'person', 'Deutschland'),
			entitySpan(41, 50, 'person', 'Mannschaft'),
			entitySpan(51, 62, 'organization', 'Sonnenschein'),
		];
		assert.deepEqual(knownNamesOnly(spans, lists).map(s => `${s.text}/${s.type}${s.canonical ? `=${s.canonical}` : ''}`),
			['Leverkusen/place', 'CDU/organization', 'Real Sociedad/organization', 'Deutschland/place=Germany']);
	});

	test('a paragraph is judged once per cached span array, so typing does not read the page again', () => {
		const filter = otherLanguageFilter(italianSeed);
		assert.ok(filter, 'the Italian seed gets a filter');
		assert.equal(otherLanguageFilter(fs.readFileSync(path.join(seedsDir, '000_b555f2e6071b8337.txt'), 'utf8')), undefined);
		const body = italianSeed.indexOf('Dopo tre anni');
		const end = italianSeed.indexOf('\n', body);
		const spans = nodeEntityRecognizer().recognizeBlockRelative(italianSeed, body, end);
		const shown = filter(spans, body, end);
		assert.ok(shown.length < spans.length);
		assert.equal(filter(spans, body, end), shown);
		assert.equal(otherLanguageFilter(italianSeed)!(spans, body, end), shown);
	});
});
