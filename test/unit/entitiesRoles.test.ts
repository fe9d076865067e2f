import * as assert from 'node:assert/strict';
import { nodeEntityRecognizer } from '../../src/cli/taggerWeights';
import { buildEntityIndex } from '../../src/model/entities/entityIndex';
import type { EntityIndex } from '../../src/model/entities/types';
import { parseSeed } from '../../src/model/parse';

function index(text: string): EntityIndex {
	return buildEntityIndex(parseSeed(text), nodeEntityRecognizer());
}

/** "Name: role" for every person of the page, role "-" when none. */
function roles(text: string): string[] {
	return index(` date 2024-03-26 ${text}`).entities.filter(e => e.type === 'person').map(e => `${e.name}: ${e.role ?? '-'}`);
}

suite('entities: roles people have', () => {
	test('a noun of what a person does before the name is the role: sport, space, the arts, business', () => {
		assert.deepEqual(roles('The seventh seed Andrew Rowland lost to Peter Carter in four sets on Monday.'),
			['Andrew Rowland: seventh seed', 'Peter Carter: -']);
		assert.deepEqual(roles('NASA said mission specialist Jane Holloway would lead the spacewalk on Friday.'),
			['Jane Holloway: mission specialist']);
		assert.deepEqual(roles('On Tuesday the actress Maria Clarke shared photos with her fans.'), ['Maria Clarke: actress']);
	});

	test('a role before a comma, as pages in Nigeria, Kenya and India write it', () => {
		assert.deepEqual(roles('The court declined to join former Nairobi Governor, Evans Mwangi, in the petition filed on Monday.'),
			['Evans Mwangi: former Nairobi Governor']);
		assert.deepEqual(roles('Present were President, James Walker; Treasurer, Linda Moore and others from the county.'),
			['James Walker: President', 'Linda Moore: Treasurer']);
	});

	test('roles in other languages, before the name and after it', () => {
		assert.deepEqual(roles('Il tecnico Marco Bianchi ha detto che la squadra non si arrende, e che anche il portiere Luca Rossi sarà in campo.'),
			['Marco Bianchi: tecnico', 'Luca Rossi: portiere']);
		assert.deepEqual(roles('El entrenador Carlos Fernández dijo el martes que el equipo no se rendirá.'),
			['Carlos Fernández: entrenador']);
		assert.deepEqual(roles('Der Trainer Thomas Müller sagte am Dienstag, dass die Mannschaft nach der Niederlage nicht aufgeben wird und dass auch die Spieler mit ihm sind.'),
			['Thomas Müller: Trainer']);
	});

	test('a capitalised German noun before a name is not its role unless it names what people do', () => {
		const found = roles('In beiden Fällen Konrad Schmidt und die Mannschaft haben am Dienstag gesagt, dass sie nicht aufgeben werden.');
		assert.ok(found.every(r => !r.includes('Fällen')), found.join('; '));
	});

	test('a noun of what people do does not eat a one-word name after it', () => {
		// "Son" names a relation, and is a surname too: "Son Kim-seong" keeps it when only one word would be left.
		const found = index(' date 2024-03-26 Striker Son Kim-seong scored twice as the team won on Saturday.').entities.filter(e => e.type === 'person');
		assert.ok(found.some(e => e.name.startsWith('Son')), JSON.stringify(found.map(e => [e.name, e.role])));
	});
});

suite('entities: a title and the body it serves', () => {
	function roleOf(text: string, name: string): string | null | undefined {
		return index(` date 2024-01-01 ${text}`).entities.find(e => e.name === name)?.role;
	}

	test('before the name and a comma, in several languages', () => {
		assert.equal(roleOf('Lo ha detto il presidente del Senato, Ignazio La Russa, al convegno.', 'Ignazio La Russa'), 'presidente del Senato');
		assert.equal(roleOf('The president of the Senate, Jane Doe, said so on Monday.', 'Jane Doe'), 'president of the Senate');
		assert.equal(roleOf('In Paris, Jean Dupont said no.', 'Jean Dupont'), null, 'a place before the comma is no role');
	});

	test('after the name, between commas, with the body in another language', () => {
		assert.equal(roleOf('Thomas Tuchel, Trainer des FC Bayern München, hat Einblicke gegeben.', 'Thomas Tuchel'), 'Trainer des FC Bayern München');
		assert.equal(roleOf('Pedro Sánchez, presidente del Gobierno, ha dicho que no.', 'Pedro Sánchez'), 'presidente del Gobierno');
	});
});

suite('entities: names run together', () => {
	function typed(text: string): string[] {
		return index(` date 2024-03-26 ${text}`).entities.filter(e => e.type !== 'date' && e.type !== 'number').map(e => `${e.name}/${e.type}`);
	}

	test('a flattened table row splits the player from the club the gazetteer knows', () => {
		const found = typed('Done deals this week, with the fee paid:\nMason Hughes Leicester City £40m\nPeter Walsh Sporting Lisbon £25m\nDavid Lane London £5m\n');
		for (const name of ['Mason Hughes/person', 'Leicester City/organization', 'Peter Walsh/person', 'Sporting Lisbon/organization', 'David Lane/person']) {
			assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
		}
	});

	test('a name that starts with Upper, Lower or Greater is a place', () => {
		const found = typed('The crash happened near Upper Riverglen on Sunday night, the police said.');
		assert.ok(!found.some(n => n.endsWith('/person')), found.join(', '));
	});

	test('Dutch and other languages read as other languages too, so their capitalised words are not people', () => {
		const found = typed('De Nederlandse regering heeft dinsdag gezegd dat het plan niet door zal gaan, omdat er geen geld voor is en de Kamer het ook niet wil.');
		assert.ok(!found.some(n => n.endsWith('/person')), found.join(', '));
	});
});

suite('entities: short forms of names on the page', () => {
	function entitiesOf(text: string): string[] {
		return index(` date 2024-03-26 ${text}`).entities.filter(e => e.type === 'person' || e.type === 'organization')
			.map(e => `${e.name}/${e.type}: ${[...new Set(e.mentions.map(m => m.text))].join(', ')}`);
	}

	test('a first name alone is the one person on the page with it', () => {
		const found = entitiesOf('Actress Nisha Verma shared photos from her holiday on Monday. Nisha wrote that the trip was the best of her life.');
		assert.ok(found.includes('Nisha Verma/person: Nisha Verma, Nisha'), found.join('; '));
	});

	test('a first name two people share stays apart', () => {
		const found = entitiesOf('Hunter Mills and Hunter Grey met the mayor on Monday. Hunter said the talks went well.');
		assert.ok(!found.some(e => e.startsWith('Hunter Mills') && e.endsWith(', Hunter')), found.join('; '));
		assert.ok(!found.some(e => e.startsWith('Hunter Grey') && e.endsWith(', Hunter')), found.join('; '));
	});

	test('a team written by one word of its name is that team', () => {
		const found = entitiesOf('The Edmonton Oilers beat the Vancouver Canucks 4-2 on Saturday night. The Oilers scored twice in the third period, and the Canucks never recovered.');
		assert.ok(found.some(e => e.startsWith('Edmonton Oilers/organization') && e.includes('Oilers,') || e.endsWith(' Oilers')), found.join('; '));
		assert.ok(!found.some(e => e.startsWith('Oilers/')), found.join('; '));
	});

	test('an organisation\'s initials and the words it starts with are that organisation', () => {
		const found = entitiesOf('Officials of the Riverside Water Supply Board met on Monday. The RWSB said the pipes would be fixed. '
			+ 'Shares of Bursa Malaysia Berhad rose, and Bursa Malaysia said trading was brisk.');
		assert.ok(found.some(e => e.startsWith('Riverside Water Supply Board/organization') && e.endsWith(', RWSB')), found.join('; '));
		assert.ok(!found.some(e => e.startsWith('RWSB/')), found.join('; '));
		assert.ok(!found.some(e => e.startsWith('Bursa Malaysia/')), found.join('; '));
	});
});

suite('entities: places the words around name', () => {
	function typeOf(text: string, name: string): string | undefined {
		return index(` date 2024-07-18 ${text}`).entities.find(e => e.name === name)?.type;
	}

	test('a name before a word of the land or the water is a place, whatever the tagger said', () => {
		assert.equal(typeOf('Officials said the Kabini reservoir was close to full.', 'Kabini'), 'place');
		assert.equal(typeOf('The Yamuna river rose above the danger mark.', 'Yamuna'), 'place');
		assert.equal(typeOf('Water was released from the Tehri dam on Monday.', 'Tehri'), 'place');
	});

	test('a given name first keeps a person, and a capitalised landform is part of the name', () => {
		assert.equal(typeOf('Nadia Lake said the results were good.', 'Nadia Lake'), 'person');
	});

	test('a name ending in a word of the land or the water is a place; a storm is an event', () => {
		assert.equal(typeOf('Signal No. 3 is up over the eastern portion of the Babuyan Islands tonight.', 'Babuyan Islands'), 'place');
		assert.equal(typeOf('The typhoon kept strengthening over the Philippine Sea on Wednesday.', 'Philippine Sea'), 'place');
		assert.equal(typeOf('Typhoon Leon kept strengthening over the sea on Wednesday.', 'Typhoon Leon'), 'group');
	});

	test('in a long list of places, towns named like people and firms are places too', () => {
		const list = 'Signal No. 2 is up over parts of the province (Santa Maria, Quezon, San Pablo, Benito Soliven, Ilagan City, Tumauini, Dinapigue).';
		for (const town of ['Benito Soliven', 'Ilagan City', 'Quezon']) {
			assert.equal(typeOf(list, town), 'place', town);
		}
		// Three names are too few to tell: a person after two places stays a person.
		assert.equal(typeOf('Delegates came from France, Germany and Angela Merkel\'s office on Monday.', 'Angela Merkel'), 'person');
	});

	test('one person named by their nation after "the" is a group\'s word; a given name first in a sentence is not', () => {
		assert.equal(typeOf('The Dane was also in the last eight for the first time.', 'Dane'), 'group');
		assert.equal(typeOf('He beat the Scot in straight sets on Monday.', 'Scot'), 'group');
		assert.equal(typeOf('Dane Swanson scored twice on Monday.', 'Dane Swanson'), 'person');
	});

	test('a province in brackets after a town is a place, and so is the town; a senator and his state keep their types', () => {
		const text = 'Una colisión en Iznalloz (Granada), y un motorista fallecido en Dos Hermanas (Sevilla).';
		assert.equal(typeOf(text, 'Sevilla'), 'place');
		assert.equal(typeOf(text, 'Dos Hermanas'), 'place');
		assert.equal(typeOf('Sen. John Cornyn (Texas) said so on Monday.', 'John Cornyn'), 'person');
	});

	test('a country\'s name in the page\'s language is the country, unless a town or region has that name', () => {
		const found = index(' date 2024-01-01 Un accidente en la provincia de Granada y otro en Marruecos, según la Guardia Civil.').entities;
		assert.equal(found.find(e => e.name === 'Granada')?.type, 'place');
		assert.ok(!found.some(e => e.name === 'Grenada'), JSON.stringify(found.map(e => e.name)));
	});
});
