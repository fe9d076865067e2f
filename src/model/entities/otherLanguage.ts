/**
 * Text in another language than English. The tagger learned English news: on an Italian page it takes
 * Title Case for names ("Domus Aurea" as a person), so there the index keeps what the word lists know
 * (places, organisations, nationalities), figures and dates, and a person only where the generated name
 * lists vouch for the name ("Konrad Laimer": a given name, a surname). Doing less there is better than
 * claiming nonsense. The language is told apart by lower-case function words, which every paragraph
 * of running text is full of and names never are.
 */
import { countryRows } from './data/countries';
import { GazClass, gazetteer } from './gazetteer';
import { ListBit, NameLists } from './nameLists';
import { isRoleHeadWord, isRoleNounWord } from './wordFlags';
import { entitySpan } from './spans';
import type { EntitySpan, EntityType } from './types';

/** Lower-case function words of English that no other language here uses on its own. */
const englishWords = new Set([
	'the', 'of', 'and', 'to', 'is', 'was', 'for', 'that', 'with', 'said', 'from', 'his', 'her', 'are', 'were',
	'has', 'have', 'had', 'will', 'this', 'which', 'their', 'they', 'been', 'not', 'but', 'who', 'after',
	'about', 'would', 'its', 'it', 'at', 'by', 'be', 'or', 'can', 'also', 'more', 'than', 'we', 'you', 'she', 'he',
]);

/**
 * Lower-case function words of Italian, Spanish, Portuguese, French, German, Dutch and a few more that
 * English text does not use: not "in", "a", "die", "den", "do", "no", "son", "come" or "hat"; not "per" and "non" ("per cent",
 * "non-profit"); nor "de", "da", "di", "al", "von" and "der" of names written in English ("al-Qaeda").
 */
const otherWords = new Set([
	// Italian
	'il', 'che', 'della', 'del', 'dei', 'delle', 'degli', 'gli', 'una', 'sono', 'nel', 'nella', 'nei', 'alla', 'alle',
	'dal', 'dalla', 'dalle', 'sul', 'sulla', 'anche', 'questo', 'questa', 'è', 'e', 'ha', 'hanno', 'ai', 'lo', 'le',
	'la', 'un', 'si', 'con', 'tre', 'dopo', 'più', 'già', 'stato', 'stata', 'essere',
	// Spanish and Portuguese
	'el', 'los', 'las', 'que', 'y', 'por', 'para', 'es', 'su', 'sus', 'como', 'más', 'pero', 'fue', 'está', 'sobre',
	'sin', 'ya', 'muy', 'este', 'esta', 'según', 'donde', 'han', 'os', 'dos', 'das', 'em', 'não', 'um', 'uma', 'com',
	'mais', 'na', 'ao', 'à', 'pela', 'pelo', 'são', 'foi', 'já', 'muito', 'ela', 'ele',
	// French
	'les', 'des', 'et', 'est', 'une', 'du', 'dans', 'pour', 'qui', 'pas', 'sur', 'au', 'aux', 'avec', 'ce', 'cette',
	'sont', 'été', 'ont', 'mais', 'leur', 'très', 'ne', 'se', 'sa', 'ses', 'nous', 'vous', 'ils', 'elle', 'était',
	'être', 'aussi', 'sous', 'lui', 'deux',
	// German
	'und', 'ist', 'nicht', 'mit', 'zu', 'ein', 'eine', 'auf', 'für', 'dem', 'sich', 'im', 'wird', 'wurde', 'sind',
	'auch', 'nach', 'bei', 'das', 'dass', 'sie', 'wir', 'wie', 'noch', 'aber', 'oder', 'vom', 'zum', 'zur', 'ihre',
	'ihrem', 'ihren', 'seine', 'einen', 'einem', 'einer', 'werden', 'haben', 'hatte',
	// Dutch (not "van", "die", "met", "op" or "en", which English writes too)
	'het', 'een', 'niet', 'zijn', 'voor', 'ook', 'werd', 'wordt', 'naar', 'bij', 'nog', 'maar', 'uit', 'heeft', 'hebben', 'deze',
	'worden', 'geen', 'omdat', 'waar', 'wel', 'dat', 'tot', 'zich',
	// Swedish, Polish, Romanian, Turkish and Indonesian, the commonest words of each
	'och', 'att', 'det', 'som', 'är', 'för', 'inte', 'har', 'till', 'ett', 'się', 'że', 'nie', 'jest', 'przez', 'został', 'została',
	'oraz', 'și', 'în', 'să', 'care', 'pentru', 'este', 'fost', 'din', 'bir', 've', 'bu', 'ile', 'için', 'olarak', 'yang', 'dan',
	'itu', 'dengan', 'untuk', 'tidak', 'ini', 'dari', 'dalam', 'akan', 'pada', 'juga', 'tersebut',
]);

/** Characters of a document read to tell its language: enough for a verdict, bounded for a huge one. */
const sampleLimit = 8_000;

const letterOrMark = /[\p{L}\p{M}]/u;
const lowerCaseLetter = /\p{Ll}/u;

/** Whether the UTF-16 unit `c` is part of a word: a letter or a combining mark. */
function isWordUnit(c: number): boolean {
	if (c < 128) {
		return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
	}
	return letterOrMark.test(String.fromCharCode(c));
}

/** Whether `c` is a lower-case letter. */
function isLowerCase(c: number): boolean {
	return c < 128 ? c >= 97 && c <= 122 : lowerCaseLetter.test(String.fromCharCode(c));
}

/**
 * How many English and other-language function words `text[start, end)` has. Only whole words of one to
 * six letters, all in lower case, are looked up: "La", "De" and "Il" start names and sentences in English
 * text too, and no function word here is longer.
 */
function functionWordCounts(text: string, start: number, end: number): { english: number; other: number } {
	let english = 0;
	let other = 0;
	let i = start;
	while (i < end) {
		if (!isWordUnit(text.charCodeAt(i))) {
			i++;
			continue;
		}
		const wordStart = i;
		let lower = true;
		while (i < end && isWordUnit(text.charCodeAt(i))) {
			lower &&= isLowerCase(text.charCodeAt(i));
			i++;
		}
		if (lower && i - wordStart <= 6) {
			const w = text.slice(wordStart, i);
			if (englishWords.has(w)) {
				english++;
			} else if (otherWords.has(w)) {
				other++;
			}
		}
	}
	return { english, other };
}

/**
 * What each cached span array leaves to show on a page in another language, per set of name lists. A
 * paragraph's verdict there depends on its text alone, and a cached span array stands for one text: so
 * typing on a long page does not read every paragraph's words again.
 */
const shownSpansByLists = new WeakMap<NameLists, WeakMap<readonly EntitySpan[], readonly EntitySpan[]>>();

/**
 * Whether a document is in another language, by its start (so an English page quoting a line of Italian
 * is an English page, and a huge page costs no more than a short one).
 */
export function documentIsOtherLanguage(text: string): boolean {
	const { english, other } = functionWordCounts(text, 0, Math.min(text.length, sampleLimit));
	return other >= 4 && other > english;
}

/**
 * Whether a paragraph of a document in another language is in it too: one with three function words or
 * more goes by its own ("Visitors can also attend ..." is English on a page in Arabic or Italian), a shorter
 * one (a heading, a caption) by the document.
 */
export function paragraphIsOtherLanguage(text: string, start: number, end: number): boolean {
	const { english, other } = functionWordCounts(text, start, end);
	return english + other < 3 || other >= english;
}

/**
 * For a document in another language, the filter of each paragraph's spans (`knownNamesOnly` in its
 * paragraphs in that language); undefined for an English document.
 */
export function otherLanguageFilter(text: string, lists: NameLists = NameLists.empty): ((spans: readonly EntitySpan[], start: number, end: number) => readonly EntitySpan[]) | undefined {
	if (!documentIsOtherLanguage(text)) {
		return undefined;
	}
	let shownSpans = shownSpansByLists.get(lists);
	if (!shownSpans) {
		shownSpans = new WeakMap();
		shownSpansByLists.set(lists, shownSpans);
	}
	const cache = shownSpans;
	return (spans, start, end) => {
		let shown = cache.get(spans);
		if (!shown) {
			shown = paragraphIsOtherLanguage(text, start, end) ? knownNamesOnly(spans, lists) : spans;
			cache.set(spans, shown);
		}
		return shown;
	};
}

const typeOfClass: Partial<Record<GazClass, EntityType>> = {
	[GazClass.Place]: 'place', [GazClass.Organization]: 'organization', [GazClass.Group]: 'group',
};

/** Lower-case words inside a person's name in these languages ("Luiz Inácio Lula da Silva", "Matthijs de Ligt"). */
const nameParticles = new Set(['da', 'de', 'di', 'do', 'dos', 'das', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'le', 'la']);

/**
 * First words of place and building names in these languages, which the name lists also know as given
 * names or surnames ("Monte Carlo", "Lago Maggiore", "Estadio Santiago Bernabéu").
 */
const placeHeads = new Set(['lago', 'monte', 'piazza', 'via', 'viale', 'porta', 'ponte', 'palazzo', 'stadio', 'estadio', 'stade',
	'parc', 'parco', 'parque', 'plaza', 'praça', 'calle', 'rua', 'avenida', 'rio', 'río', 'isla', 'ilha', 'isola', 'sierra', 'serra',
	'mont', 'lac', 'île', 'rue', 'place', 'pont', 'château', 'schloss', 'burg', 'platz', 'straße', 'strasse', 'museo', 'museu', 'musée',
	'puerto', 'porto', 'cabo', 'cap', 'capo', 'golfo', 'costa', 'val', 'valle', 'bahía', 'baía', 'forte', 'fort', 'sankt', 'saint', 'santo',
	// and of buildings and institutions ("Maison Blanche", "Casa Rosada", "Banco Santander")
	'maison', 'casa', 'haus', 'hôtel', 'hotel', 'palais', 'palacio', 'torre', 'tour', 'église', 'chiesa', 'iglesia', 'kirche',
	'gare', 'estación', 'stazione', 'bahnhof', 'banco', 'banca', 'bank', 'universidad', 'università', 'université', 'universität',
	'hospital', 'ospedale', 'hôpital', 'klinikum', 'teatro', 'théâtre', 'theater', 'club', 'clube', 'grupo', 'gruppo', 'groupe']);

/**
 * Whether the generated name lists vouch for `name` as a person's: two to four words, each capitalised or a
 * particle, that no place list holds whole, starting with a listed given name or ending with a listed
 * surname. The tagger alone said "person" of Title Case ("Domus Aurea"); the lists know neither word there.
 * A span the tagger typed otherwise needs both ("Iga Swiatek" typed an organisation).
 */
export function listedPersonName(name: string, taggedPerson: boolean, lists: NameLists): boolean {
	const words = name.split(' ');
	if (words.length < 2 || words.filter(w => !nameParticles.has(w)).length > 4 || lists.isEmpty) {
		return false;
	}
	for (const w of words) {
		if (!/^\p{Lu}/u.test(w) && !nameParticles.has(w)) {
			return false;
		}
	}
	if ((lists.bitsOf(name) & (ListBit.Place | ListBit.Division)) !== 0 || placeHeads.has(words[0].toLowerCase())) {
		return false;
	}
	const given = (lists.bitsOf(words[0]) & ListBit.GivenName) !== 0;
	// A last word that is also a town ("Real Madrid") says "place" as much as "surname".
	const lastBits = lists.bitsOf(words[words.length - 1]);
	const surname = (lastBits & ListBit.Surname) !== 0 && (lastBits & (ListBit.Place | ListBit.Division)) === 0;
	return taggedPerson ? given || surname : given && surname;
}

/**
 * The person a span of a paragraph in another language names, if the lists vouch for it. German writes its
 * nouns with a capital, so the tagger's span may start with the title ("Trainer Thomas Müller"): words before
 * the first listed given name are the role, as written, when what follows is a name.
 */
function personInSpan(s: EntitySpan, lists: NameLists): EntitySpan | undefined {
	const taggedPerson = s.type === 'person';
	const words = s.text.split(' ');
	if ((lists.bitsOf(words[0]) & ListBit.GivenName) === 0) {
		for (let k = 1; k + 1 < words.length; k++) {
			if ((lists.bitsOf(words[k]) & ListBit.GivenName) !== 0) {
				const name = words.slice(k).join(' ');
				if (!listedPersonName(name, taggedPerson, lists)) {
					return undefined;
				}
				const offset = s.text.length - name.length;
				// The words before are the role when they end in a title or a noun of what people do; not "Fällen".
				const lastBefore = words[k - 1].toLowerCase();
				const role = isRoleNounWord(lastBefore) || isRoleHeadWord(lastBefore) ? words.slice(0, k).join(' ') : undefined;
				return entitySpan(s.start + offset, s.end, 'person', name, s.role ?? role);
			}
		}
	}
	if (listedPersonName(s.text, taggedPerson, lists)) {
		return taggedPerson ? s : entitySpan(s.start, s.end, 'person', s.text, s.role);
	}
	return undefined;
}

/**
 * Words that start or end an organisation's name in these languages: clubs ("FC Bayern", "Real Sociedad",
 * "VfL Wolfsburg"), parties, ministries, police and courts, councils, universities, banks, leagues, firms.
 */
export const organisationFirstWords: ReadonlySet<string> = new Set(['fc', 'sc', 'ac', 'as', 'ss', 'ssc', 'us', 'sv', 'vfl', 'vfb', 'tsv', 'tsg', 'rb', 'cf', 'cd',
	'ud', 'sd', 'rc', 'rcd', 'ca', 'se', 'real', 'club', 'clube', 'atlético', 'atletico', 'sporting', 'olympique', 'racing', 'partido',
	'partito', 'parti', 'partij', 'ministerio', 'ministero', 'ministère', 'ministerie', 'ministerium', 'bundesministerium', 'agencia',
	'agenzia', 'agence', 'guardia', 'policía', 'polizia', 'polícia', 'polizei', 'politie', 'gendarmerie', 'tribunal', 'tribunale',
	'audiencia', 'juzgado', 'fiscalía', 'procura', 'corte', 'cour', 'consejo', 'consiglio', 'conseil', 'conselho', 'comisión',
	'commissione', 'comissão', 'universidad', 'università', 'université', 'universität', 'universiteit', 'universidade', 'banco',
	'banca', 'banque', 'grupo', 'gruppo', 'groupe', 'fundación', 'fondazione', 'fondation', 'fundação', 'stiftung', 'instituto',
	'istituto', 'institut', 'asociación', 'associazione', 'associação', 'federación', 'federazione', 'fédération', 'federação',
	'liga', 'lega', 'ligue', 'serie', 'ayuntamiento', 'comune', 'mairie', 'gemeente', 'prefeitura', 'câmara', 'senado', 'senato',
	'sénat', 'congreso', 'congresso', 'asamblea', 'assemblea', 'assemblée', 'parlamento', 'parlement', 'regione', 'región',
	'região', 'provincia', 'provincie', 'landgericht', 'amtsgericht', 'oberlandesgericht', 'staatsanwaltschaft', 'bayer', 'borussia',
	'eintracht', 'hertha', 'fortuna', 'dynamo', 'inter', 'union']);
export const organisationLastWords: ReadonlySet<string> = new Set(['fc', 'cf', 'sc', 'ag', 'gmbh', 'sa', 'spa', 's.p.a.', 'srl', 'sl', 'nv', 'bv', 'kg', 'se', 'ltda',
	'calcio', 'club', 'clube', 'futebol', 'fútbol', 'football', 'partei', 'union', 'afc', 'united', 'city', 'rovers', 'athletic',
	'albion', 'wanderers', 'hotspur']);

let countriesByTranslation: Map<string, string> | undefined;

/** Countries by their names in German, French, Italian, Spanish, Portuguese and Dutch ("Deutschland" -> "Germany"). */
function translatedCountries(): Map<string, string> {
	if (!countriesByTranslation) {
		countriesByTranslation = new Map();
		for (const [name, , , , translations] of countryRows) {
			for (const t of translations) {
				countriesByTranslation.set(t, name);
			}
		}
	}
	return countriesByTranslation;
}

/** Capitals with at most one small letter between, two to six letters: an organisation's initials ("SPD", "AfD", "PSG"). */
const initials = /^\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,5}$/u;

/**
 * The place or organisation a span of a paragraph in another language names, when its form or the generated
 * lists say so: a town or region the lists know ("Leverkusen", "Andalucía"), initials the tagger took for an
 * organisation ("CDU"), or a name that starts or ends in a word of organisations ("Real Sociedad").
 */
function placeOrOrganisationInSpan(s: EntitySpan, lists: NameLists): EntitySpan | undefined {
	const bits = lists.bitsOf(s.text);
	// A country's name in the page's language is that country, unless a town or region of its own has the
	// name: "Granada" in Spanish is the city (and the region), more than Grenada.
	const country = translatedCountries().get(s.text);
	if (country && (bits & (ListBit.Place | ListBit.Division)) === 0) {
		return entitySpan(s.start, s.end, 'place', s.text, undefined, country);
	}
	// A town or region the lists know, and no one's name; or one that is a surname too ("Sevilla") when the
	// tagger also took it for a place.
	if ((bits & (ListBit.Place | ListBit.Division)) !== 0 && (bits & ListBit.GivenName) === 0
		&& ((bits & ListBit.Surname) === 0 || s.type === 'place')) {
		return s.type === 'place' ? s : entitySpan(s.start, s.end, 'place', s.text, undefined, s.canonical);
	}
	if (s.type === 'organization' && initials.test(s.text)) {
		return s;
	}
	const words = s.text.split(' ');
	if (words.length >= 2 && (organisationFirstWords.has(words[0].toLowerCase()) || organisationLastWords.has(words[words.length - 1].toLowerCase()))) {
		return s.type === 'organization' ? s : entitySpan(s.start, s.end, 'organization', s.text, undefined, s.canonical);
	}
	return undefined;
}

/**
 * The spans of a paragraph in another language worth showing: names the word lists know, typed as the lists
 * type them (the tagger's guess there is English's: "Lyon" an organisation), people the name lists vouch
 * for, figures and dates.
 */
export function knownNamesOnly(spans: readonly EntitySpan[], lists: NameLists = NameLists.empty): readonly EntitySpan[] {
	const { phrases, shortForms } = gazetteer();
	const kept: EntitySpan[] = [];
	for (const s of spans) {
		if (s.type === 'date' || s.type === 'number') {
			kept.push(s);
			continue;
		}
		const listed = phrases.get((shortForms.get(s.text) ?? s.text).toLowerCase());
		const type = listed && typeOfClass[listed.cls];
		if (type) {
			kept.push(type === s.type ? s : entitySpan(s.start, s.end, type, s.text, undefined, s.canonical));
		} else if (!listed) {
			const kept1 = personInSpan(s, lists) ?? placeOrOrganisationInSpan(s, lists);
			if (kept1) {
				kept.push(kept1);
			}
		}
	}
	return kept;
}
