/**
 * The recogniser's clean-ups of a tagged span (`refine` in RecognizeOptions), and the title written before a
 * person's name. Pure functions over one sentence's tokens.
 */
import { usStateAbbreviations } from './data/lexicon';
import { Case } from './wordInfo';
import { GazClass, gazetteer } from './gazetteer';
import { isDatelinePlace, isQuotedTitle, SentenceTokens, treePhrase } from './sentenceTokens';
import { entitySpan } from './spans';
import type { PhraseTexts } from './phraseText';
import type { EntitySpan, EntityType } from './types';
import { Lex, lexiconFlags } from './wordFlags';
import { allListedPlace, bracketedAfterName, bracketedRegionAfter, endsInKnownPlace, followedByLandform, listsPlace, placeContext, placeQualifiers } from './placeWords';
import { roleBefore } from './roleBefore';
import { ListBit } from './nameLists';
import { organisationFirstWords, organisationLastWords } from './otherLanguage';

const gazTypes: Partial<Record<GazClass, EntityType>> = {
	[GazClass.Place]: 'place', [GazClass.Organization]: 'organization', [GazClass.Group]: 'group',
};

/** More capitalised words than this make no person's name ("Mohammed bin Abdulrahman Al Thani" has four). */
const maxPersonWords = 5;

/**
 * Editor clean-ups on one tagged span, tokens `[i, j)` of a sentence: bylines and trailing lower-case
 * words dropped, roles split from names ("Defense Secretary Lloyd Austin"), honorifics, gazetteer types and
 * canonical names, "US-Israel" split in two, units and holidays dropped. Pushes the result to `out`;
 * `phrases` (the recogniser's) hands out the texts of names of several words.
 */
export function refineSpan(text: string, toks: SentenceTokens, i: number, j: number, type: EntityType, out: EntitySpan[], phrases: PhraseTexts): void {
	const gaz = gazetteer();
	// A byline's "By", and lower-case words at the end ("Cannes Film Festival in"), are not part of a name.
	while (i < j && (lexiconFlags(toks.info(i)) & Lex.NotName) !== 0) {
		i++;
	}
	if (i === j) {
		return;
	}
	while (j - 1 > i && toks.info(j - 1).cap === Case.None && toks.info(j - 1).hasLower) {
		j--;
	}
	// "N. Chandrababu Naidu of the Telugu Desam Party" tagged as one person: no person's name goes on with
	// "of", so it is the person and what they belong to (an organisation, or a place the gazetteer knows).
	// A title run through ("Secretary of State Antony Blinken") still ends as the role of the name after it.
	if (type === 'person') {
		for (let k = i + 1; k < j - 1; k++) {
			if (toks.info(k).lower === 'of' && toks.info(k).cap === Case.None) {
				refineSpan(text, toks, i, k, 'person', out, phrases);
				const from = k + 1 < j - 1 && toks.info(k + 1).lower === 'the' ? k + 2 : k + 1;
				const known = toks.info(from).phraseStart ? treePhrase(gaz.phraseTree, toks, from, j) : from === j - 1 ? toks.info(from).phrase : undefined;
				refineSpan(text, toks, from, j, known?.cls === GazClass.Place ? 'place' : 'organization', out, phrases);
				return;
			}
		}
	}
	// "The Pentagon", "The Yamuna": the article is not part of a name the gazetteer knows without it.
	// Nor of an organisation's longer name: "The Election Commission of India" is the Election Commission of India.
	if (j - i >= 2 && toks.info(i).lower === 'the' && ((type === 'organization' && j - i >= 3)
		|| (j === i + 2 ? toks.info(i + 1).phrase : toks.info(i + 1).phraseStart ? treePhrase(gaz.phraseTree, toks, i + 1, j) : undefined))) {
		i++;
	}
	// Units, holidays and a lone abbreviation ("ST." of "ST. LOUIS") name nobody; "Who" in "Who Won" is not the WHO.
	if (j === i + 1 && (lexiconFlags(toks.info(i)) & (Lex.NonName | Lex.AcronymWord | Lex.Abbreviation)) !== 0) {
		return;
	}
	// "Power Minister Manohar Lal Khattar" tagged as one organisation: a title (or "Actress" and a given
	// name) followed by a name is a person
	// (but "Missouri State Highway Patrol", ending in a word only organisations end in, stays one).
	if (type !== 'person' && toks.info(j - 1).gaz !== GazClass.OrgHead) {
		for (let k = j - 3; k >= i; k--) {
			const flags = lexiconFlags(toks.info(k));
			if (((flags & Lex.RoleHead) !== 0 || ((flags & Lex.RoleNoun) !== 0 && (toks.sentence.listBits[k + 1] & ListBit.GivenName) !== 0))
				&& toks.info(k).cap !== Case.None
				&& toks.info(k + 1).cap === Case.Initial && toks.info(k + 2).cap === Case.Initial
				&& !gaz.phrases.has(toks.info(k + 1).lower)) {
				type = 'person';
				break;
			}
		}
	}
	// A title, or a noun of what people do before a listed given name, just before a short name the tagger
	// called miscellaneous or an organisation: "Striker Son Kim-seong" is a player, not a thing.
	if ((type === 'group' || type === 'organization') && i > 0 && j - i <= 3 && toks.info(j - 1).gaz !== GazClass.OrgHead
		&& toks.info(i).cap === Case.Initial && !gaz.phrases.has(toks.info(i).lower)) {
		const flags = lexiconFlags(toks.info(i - 1));
		if ((flags & Lex.RoleHead) !== 0 || ((flags & Lex.RoleNoun) !== 0 && (toks.sentence.listBits[i] & ListBit.GivenName) !== 0)) {
			type = 'person';
		}
	}
	// A role the tagger took into a person's name: "Defense Secretary Lloyd Austin" -> role + name.
	const spanStart = i;
	if (type === 'person') {
		for (let k = j - 2; k >= i; k--) {
			const flags = lexiconFlags(toks.info(k));
			if (toks.info(k).cap === Case.None) {
				continue;
			}
			// A title ends the role; so does a noun of what people do ("Trainer Thomas Tuchel", "Winger Lee
			// Kang-in"), when a name is left after it: "Son Heung-min" keeps its surname.
			if ((flags & Lex.RoleHead) !== 0
				|| ((flags & Lex.RoleNoun) !== 0 && (toks.sentence.listBits[k] & ListBit.GivenName) === 0
					&& (j - k - 1 >= 2 || (toks.sentence.listBits[k + 1] & ListBit.GivenName) !== 0))) {
				i = k + 1;
				break;
			}
		}
		// The role may start with an organisation or a place the gazetteer knows ("NATO Secretary-General
		// Jens Stoltenberg"): that is a mention of it too, and the role keeps its words.
		const lead = i > spanStart + 1 ? toks.info(spanStart).phrase : undefined;
		const leadType = lead && (lead.cls === GazClass.Organization || lead.cls === GazClass.Place) ? gazTypes[lead.cls] : undefined;
		if (lead && leadType && (lexiconFlags(toks.info(spanStart)) & Lex.RoleWord) === 0) {
			const w = toks.info(spanStart).word;
			out.push(entitySpan(toks.start(spanStart) - toks.origin, toks.end(spanStart) - toks.origin, leadType, w, undefined, lead.canonical !== w ? lead.canonical : undefined));
		}
	}
	// Honorifics are how a person is addressed, not their name.
	while (i < j - 1 && toks.info(i).phrase?.cls === GazClass.Honorific) {
		i++;
	}
	const start = toks.start(i);
	const end = toks.end(j - 1);
	// One token is its word; more are sliced from the text with what separates them.
	const spanText = j === i + 1 ? toks.info(i).word : phrases.text(text, toks, i, j);
	// A longer phrase can be in the gazetteer only if its first word starts one: most names are passed over
	// without building their key.
	const entry = j === i + 1 ? toks.info(i).phrase : toks.info(i).phraseStart ? treePhrase(gaz.phraseTree, toks, i, j) : undefined;
	// "US-Israel": a hyphenated word made of known places is two mentions.
	if (j === i + 1 && spanText.includes('-') && !entry) {
		const parts = spanText.split('-');
		const known = parts.map(p => gaz.phrases.get(p.toLowerCase()));
		if (parts.length > 1 && known.every(k => k && (k.cls === GazClass.Place || k.cls === GazClass.Group || k.cls === GazClass.Organization))) {
			let offset = start;
			parts.forEach((p, n) => {
				const k = known[n]!;
				out.push(entitySpan(offset - toks.origin, offset - toks.origin + p.length, gazTypes[k.cls] ?? 'place', p, undefined, k.canonical));
				offset += p.length + 1;
			});
			return;
		}
	}
	// A "person" made only of title words ("Staff Reporter") is nobody, and nor is a title alone however it
	// was tagged ("Senate Minority Leader" before a name the tagger kept apart).
	if ((type === 'person' || ((!entry || entry.cls === GazClass.Role) && (lexiconFlags(toks.info(j - 1)) & Lex.RoleHead) !== 0)) && allRoleWords(toks, i, j)) {
		return;
	}
	// Nor is one noun of what people do that no name list knows ("Treasurer, Linda Moore"; but "Dean", "Richter").
	if (type === 'person' && j === i + 1 && (lexiconFlags(toks.info(i)) & Lex.RoleNoun) !== 0 && toks.sentence.listBits[i] === 0) {
		return;
	}
	// A name with a title after it, tagged as one ("NATO Secretary-General", "Green Party Leader"): the title
	// belongs to the person named next, and the name before it stands alone.
	if (type !== 'person' && !entry && j - i >= 2 && toks.info(j - 1).cap !== Case.None && (lexiconFlags(toks.info(j - 1)) & Lex.RoleHead) !== 0) {
		let k = j - 1;
		while (k > i && (lexiconFlags(toks.info(k - 1)) & Lex.RoleWord) !== 0) {
			k--;
		}
		if (k > i) {
			refineSpan(text, toks, i, k, type, out, phrases);
			return;
		}
	}
	// A person and the club, firm or town after them, tagged as one, as a flattened table row writes them
	// ("James Maddison Leicester City", "Pedro Porro Sporting Lisbon"): the gazetteer knows the tail as a
	// whole, or it starts or ends in a word of clubs and firms.
	if (type === 'person' && !entry && j - i >= 3 && (toks.sentence.listBits[i] & ListBit.GivenName) !== 0) {
		for (let k = i + 2; k < j; k++) {
			const tail = toks.info(k).cap !== Case.None ? (k + 1 === j ? toks.info(k).phrase : toks.info(k).phraseStart ? treePhrase(gaz.phraseTree, toks, k, j) : undefined) : undefined;
			const tailType = tail && (tail.cls === GazClass.Organization || tail.cls === GazClass.Place) ? gazTypes[tail.cls]
				: j - k >= 2 && (organisationFirstWords.has(toks.info(k).lower) || organisationLastWords.has(toks.info(j - 1).lower)) ? 'organization' : undefined;
			if (tailType) {
				refineSpan(text, toks, i, k, 'person', out, phrases);
				refineSpan(text, toks, k, j, tailType, out, phrases);
				return;
			}
		}
	}
	let finalType = type;
	if (j === i + 1 && (lexiconFlags(toks.info(i)) & Lex.KnownSurname) !== 0) {
		finalType = 'person';
	}
	// Names ending in a word that only ends organisations ("Civic Alliance", "Green Party") name no person.
	if (finalType === 'person' && j - i >= 2 && (toks.info(j - 1).gaz === GazClass.OrgHead || (lexiconFlags(toks.info(j - 1)) & Lex.Collective) !== 0)) {
		finalType = 'organization';
	}
	// Nor any place the lists do not know as a whole: "Saint Louis University" starts with a town.
	if (finalType === 'place' && j - i >= 2 && !entry && toks.info(j - 1).gaz === GazClass.OrgHead) {
		finalType = 'organization';
	}
	// An award or an event ("Academy Awards"), or a title in quotation marks ("The Lighthouse Keeper"), is
	// nobody: named things of other kinds go with the groups, as CoNLL's MISC does.
	if (finalType === 'person' && ((lexiconFlags(toks.info(j - 1)) & Lex.EventHead) !== 0 || isQuotedTitle(toks, i, j))) {
		finalType = 'group';
	}
	// "The Dane was also in the last eight": one person named by their nation, after a word in lower case
	// ("the", "a", "the 22-year-old"), is a group's word; first in a sentence it may be a given name.
	if (j === i + 1 && i > 0 && (toks.info(i - 1).cap === Case.None || /^(?:the|a|an)$/.test(toks.info(i - 1).lower)) && finalType !== 'group' && (lexiconFlags(toks.info(i)) & Lex.NationNoun) !== 0) {
		finalType = 'group';
	}
	// A "person" of two or more words the lists know as a place, every word of it ("Arunachal Pradesh"), is
	// the place unless a given name starts it ("Lloyd Austin": Austin is a town too); a lone word is left to
	// the page-wide step, which sees whether the page uses it as a name ("Clinton said"). So is one the
	// words around call a place:
	// "Mandya district", "in Mandya" (not "in Rao's"), "Mandya-based".
	if (finalType === 'person' && !startsAsPerson(toks, i, spanStart) && ((j - i >= 2 && allListedPlace(toks, i, j)) || placeContext(text, toks, i, j))) {
		finalType = 'place';
	}
	// "the Kabini reservoir", "the Kosi river": a name followed by a word of the land or the water is that
	// place, whatever the tagger called it.
	if (finalType !== 'place' && !startsAsPerson(toks, i, spanStart) && followedByLandform(toks, j)) {
		finalType = 'place';
	}
	// "Iznalloz (Granada)", "Dos Hermanas (Sevilla)": a town and, in brackets, the province the lists know;
	// both are places, whatever the tagger called them. A person keeps their type ("Cornyn (Texas)" is a
	// senator and his state).
	if (finalType !== 'place' && ((finalType !== 'person' && bracketedRegionAfter(toks, j)) || (bracketedAfterName(toks, i, j) && listsPlace(toks, i, j)))) {
		finalType = 'place';
	}
	// "Upper Riverstown", "Greater Accra": a name that starts so is a place's, never a person's.
	if (finalType === 'person' && j - i >= 2 && placeQualifiers.has(toks.info(i).lower)) {
		finalType = 'place';
	}
	// "Fifth Street" is a street, whether the tagger took it for a person or an organisation; "David Lane",
	// a given name first, is a person.
	if ((finalType === 'organization' || (finalType === 'person' && (toks.sentence.listBits[i] & ListBit.GivenName) === 0))
		&& j - i >= 2 && (lexiconFlags(toks.info(j - 1)) & Lex.StreetHead) !== 0) {
		finalType = 'place';
	}
	// "Babuyan Islands", "Philippine Sea": a name ending in a word of the land or the water is a place, a
	// person's or a firm's alike ("Nadia Lake", a given name first, stays a person).
	if (finalType !== 'place' && j - i >= 2 && (lexiconFlags(toks.info(j - 1)) & Lex.LandformHead) !== 0
		&& !(finalType === 'person' && (toks.sentence.listBits[i] & ListBit.GivenName) !== 0)) {
		finalType = 'place';
	}
	// "Typhoon Leon", "Hurricane Milton": a storm is an event, as CoNLL's miscellaneous names are.
	if (j - i >= 2 && (lexiconFlags(toks.info(i)) & Lex.StormWord) !== 0) {
		finalType = 'group';
	}
	// "Clay County" is no person (as an organisation it may be a team: "Derby County").
	if (finalType === 'person' && j - i >= 2 && (lexiconFlags(toks.info(j - 1)) & Lex.AreaHead) !== 0) {
		finalType = 'place';
	}
	// In a line of capitalised words only (a table's header, a headline) capitals say nothing: there a
	// "person" whose last word is a place the lists know ("Change Gaza") is the place, unless a given name,
	// an initial or a title comes first.
	if (finalType === 'person' && j - i >= 2 && endsInKnownPlace(toks, i, j) && !startsAsPerson(toks, i, spanStart) && isTitleCaseLine(toks)) {
		refineSpan(text, toks, j - 1, j, 'place', out, phrases);
		return;
	}
	// A flattened table's header row tagged as one person ("Country Trucks Monday Trucks Tuesday Change
	// Gaza") names nobody, and must not make a surname of a place; the words the lists know in it stay names.
	if (finalType === 'person' && !isPlausiblePersonName(toks, i, j)) {
		for (let k = i; k < j; k++) {
			const listed = toks.info(k).cap !== Case.None ? toks.info(k).phrase : undefined;
			const listedType = listed && gazTypes[listed.cls];
			if (listedType) {
				out.push(entitySpan(toks.start(k) - toks.origin, toks.end(k) - toks.origin, listedType, toks.info(k).word, undefined, listed.canonical !== toks.info(k).word ? listed.canonical : undefined));
			}
		}
		return;
	}
	let canonical: string | undefined;
	if (entry) {
		// A known organisation the tagger took for a place, a group or a person ("Pentagon", "Netflix said") is an organisation;
		// a known place tagged as an organisation stays one (a team, a government: "Washington said").
		const gt = gazTypes[entry.cls];
		if (gt === 'organization' && (finalType === 'group' || finalType === 'place' || finalType === 'person')) {
			finalType = gt;
		}
		canonical = entry.cls === GazClass.Group ? undefined : entry.canonical;
	}
	if (finalType !== 'place' && isDatelinePlace(text, toks, i, j)) {
		finalType = 'place';
	}
	// "Calif." in a dateline is California: one place, whichever way the page writes it.
	if (finalType === 'place' && !canonical && j === i + 1 && Object.hasOwn(usStateAbbreviations, spanText)) {
		canonical = usStateAbbreviations[spanText];
	}
	// A place the lists do not know, written in a dateline's capitals ("TALLAHASSEE, Fla. –"), is named as a
	// reader would write it; the capitals stay an alias.
	if (finalType === 'place' && !canonical && toks.info(i).upper && toks.info(i).hasLower && isCapitalsName(spanText)) {
		canonical = titleCased(spanText);
	}
	const role = finalType === 'person' ? roleBefore(text, toks, i, spanStart) || undefined : undefined;
	out.push(entitySpan(start - toks.origin, end - toks.origin, finalType, spanText, role, canonical && canonical !== spanText ? canonical : undefined));
}

/**
 * At most `maxPersonWords` capitalised words, no weekday and no word twice among them ("Phase Date Seats
 * Phase", a table's header row), and one of them longer than an initial ("C." of "vitamin C." is nobody).
 */
function isPlausiblePersonName(toks: SentenceTokens, i: number, j: number): boolean {
	let capitalised = 0;
	let named = false;
	for (let k = i; k < j; k++) {
		const info = toks.info(k);
		if (info.cap === Case.None) {
			continue;
		}
		if (++capitalised > maxPersonWords || (lexiconFlags(info) & Lex.Weekday) !== 0) {
			return false;
		}
		for (let m = i; m < k; m++) {
			if (toks.info(m) === info) {
				return false;
			}
		}
		named ||= info.word.length > 2 || (info.word.length === 2 && info.word.charCodeAt(1) !== 46);
	}
	return named;
}

/** Whether a person's name starting at `i` reads as one: a given name or an initial first, a title or an honorific before it. */
function startsAsPerson(toks: SentenceTokens, i: number, spanStart: number): boolean {
	const first = toks.info(i);
	if ((toks.sentence.listBits[i] & ListBit.GivenName) !== 0 || spanStart < i || /^\p{Lu}\.?$/u.test(first.word)) {
		return true;
	}
	const before = i > 0 ? toks.info(i - 1) : undefined;
	return before !== undefined && (before.phrase?.cls === GazClass.Honorific || (lexiconFlags(before) & Lex.RoleHead) !== 0);
}

/** Every cased word of the sentence is capitalised, and there are four or more (not a sentence in capitals). */
function isTitleCaseLine(toks: SentenceTokens): boolean {
	const s = toks.sentence;
	if (s.allCaps) {
		return false;
	}
	let capitalised = 0;
	for (let k = 0; k < s.length; k++) {
		const info = toks.info(k);
		if (info.hasLower) {
			if (info.cap === Case.None) {
				return false;
			}
			capitalised++;
		}
	}
	return capitalised >= 4;
}

function allRoleWords(toks: SentenceTokens, i: number, j: number): boolean {
	for (let k = i; k < j; k++) {
		if ((lexiconFlags(toks.info(k)) & Lex.RoleWord) === 0) {
			return false;
		}
	}
	return true;
}

/** Capitals only, and more than an acronym: two words, or one of five letters or more ("RICHMOND", not "NYC"). */
function isCapitalsName(text: string): boolean {
	return text === text.toUpperCase() && text !== text.toLowerCase() && (text.includes(' ') ? /\p{Lu}{2}/u.test(text) : /^\p{Lu}{5,}$/u.test(text));
}

/** Words that stay in lower case inside a place's name ("Rio de Janeiro", "Stratford-upon-Avon"). */
const placeMinorWords = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'la', 'le', 'les', 'of', 'the', 'and', 'on', 'upon', 'en', 'sur']);

/** "ST. CHARLES" -> "St. Charles", "WINSTON-SALEM" -> "Winston-Salem", "RIO DE JANEIRO" -> "Rio de Janeiro", "O'FALLON" -> "O'Fallon". */
export function titleCased(text: string): string {
	return text.toLowerCase().replace(/\p{L}[\p{L}\p{M}'’.]*/gu, (word, offset: number) =>
		offset > 0 && placeMinorWords.has(word) ? word
			: (word.charAt(0).toUpperCase() + word.slice(1)).replace(/^(\p{L}['’])(\p{L})/u, (_, head: string, next: string) => head + next.toUpperCase()));
}
