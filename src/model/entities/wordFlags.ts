/**
 * What the clean-ups' word lists say of one word, as bits worked out once per word: words that start
 * sentences but never names, units and holidays, titles and the words they are made of, words that end
 * organisations, events and streets.
 */
import { dayNames } from '../calendar';
import { acronymWords, capitalisedNonNames, nationNouns, roleHeads, wellKnownSurnames } from './data/lexicon';
import { roleModifiers, roleNouns } from './data/roleNouns';
import { isAbbreviation, tokenize } from './tokenize';
import type { WordInfo } from './wordInfo';

/** Capitalised words that start sentences and bylines but never names: dropped from the front of a span. */
const notNames = new Set(['by', 'from', 'meanwhile', 'however', 'despite', 'although', 'moreover', 'furthermore', 'nevertheless',
	'yesterday', 'today', 'tomorrow', 'according', 'after', 'before', 'during', 'while', 'when', 'where', 'why', 'how', 'if',
	'but', 'and', 'or', 'so', 'yet', 'also', 'still', 'then', 'thus', 'hence', 'indeed', 'instead', 'overall', 'finally',
	'earlier', 'later', 'recently', 'currently', 'now', 'here', 'there', 'this', 'that', 'these', 'those', 'it', 'its',
	'he', 'she', 'we', 'they', 'i', 'you', 'his', 'her', 'our', 'their', 'my', 'your', 'a', 'an', 'in', 'on', 'at', 'as',
	'with', 'without', 'for', 'to', 'of', 'read', 'watch', 'share', 'advertisement', 'advertisment', 'photo', 'image',
	'updated', 'published', 'breaking', 'exclusive', 'opinion', 'analysis', 'editorial', 'click', 'follow', 'subscribe',
	'am', 'pm', 'a.m.', 'p.m.', 'ist', 'gmt', 'utc', 'edt', 'pdt', 'cet', 'staff', 'reporter', 'correspondent', 'editor']);

let knownSurnames: Set<string> | undefined;
const nonNames = new Set(capitalisedNonNames.map(w => w.toLowerCase()));
const nationNounSet = new Set(nationNouns.map(w => w.toLowerCase()));
const acronymsAsWords = new Set(acronymWords);

/** Words for bodies of people, beyond the gazetteer's organisation heads, that end an organisation's name. */
const collectiveNouns = new Set(['alliance', 'coalition', 'movement', 'front', 'bloc', 'congress', 'assembly', 'parliament', 'caucus', 'brigade', 'brigades']);
/** Words that end the names of events and awards ("Academy Awards", "World Cup"), never a person's. */
const eventHeads = new Set(['awards', 'award', 'prize', 'prizes', 'festival', 'cup', 'championship', 'championships', 'olympics', 'trophy', 'medal']);
/** Words that end the names of streets and squares ("Fifth Street"), never a person's. */
const streetHeads = new Set(['street', 'avenue', 'ave', 'road', 'boulevard', 'square', 'highway', 'lane', 'drive', 'way', 'crescent', 'terrace', 'extension']);
/** Words that end the names of areas and places ("Clay County", "Gandhi Nagar"), never a person's (but a team's: "Derby County"). */
const areaHeads = new Set(['county', 'district', 'nagar', 'station']);
/** Words that end the names of the land and the water ("Babuyan Islands", "Philippine Sea"). */
const landformHeads = new Set(['island', 'islands', 'isles', 'sea', 'ocean', 'gulf', 'strait', 'straits', 'river', 'lake', 'lakes', 'mountain',
	'mountains', 'valley', 'peninsula', 'desert', 'coast', 'bay', 'falls', 'hills', 'canyon', 'glacier', 'volcano', 'reef', 'archipelago', 'plateau', 'delta']);
/** Words that start the name of a storm, an event and not a person ("Typhoon Leon", "Hurricane Milton"). */
const stormWords = new Set(['typhoon', 'hurricane', 'cyclone', 'storm', 'tropical']);
const weekdays = new Set(dayNames.map(d => d.toLowerCase()));

const roleNounSet = new Set(roleNouns);
let roleWordSet: Set<string> | undefined;
let roleHeadSet: Set<string> | undefined;
const roleConnectors = new Set(['of', 'for', 'and', '-', 'the']);

function roleWords(): Set<string> {
	if (!roleWordSet) {
		roleWordSet = new Set();
		roleHeadSet = new Set();
		for (const role of roleHeads) {
			const words = tokenize(role).map(t => t.text.toLowerCase());
			words.forEach(w => roleWordSet!.add(w));
			roleHeadSet.add(words[words.length - 1]);
		}
		for (const extra of ['defense', 'defence', 'foreign', 'deputy', 'assistant', 'acting', 'former', 'senior', 'state', 'army', 'military', 'health', 'energy', 'trade', 'treasury', 'homeland', 'security', 'senate', 'house', 'opposition', 'party', 'union', 'national', 'chief',
			'labour', 'tory', 'conservative', 'democratic', 'republican', 'liberal', ...roleModifiers]) {
			roleWordSet.add(extra);
		}
	}
	return roleWordSet;
}

/** What the word lists above say of one word, as bits, worked out once per word (see `lexiconFlags`). */
export const enum Lex {
	NotName = 1,
	NonName = 2,
	AcronymWord = 4,
	RoleHead = 8,
	RoleWord = 16,
	RoleConnector = 32,
	Collective = 64,
	KnownSurname = 128,
	Abbreviation = 256,
	EventHead = 1024,
	StreetHead = 2048,
	Weekday = 4096,
	AreaHead = 8192,
	/** A noun of what a person is or does (data/roleNouns.ts): ends a role, but is not a title on its own. */
	RoleNoun = 16384,
	/** Ends the name of the land or the water: "Islands", "Sea", "River". */
	LandformHead = 32768,
	/** Starts a storm's name: "Typhoon", "Hurricane". */
	StormWord = 65536,
	/** One person named by their nation: "Dane", "Scot". */
	NationNoun = 131072,
	/** Set once the other bits are known. */
	Known = 512,
}

/** The word-list bits of a word, memoised on its info: a span's clean-ups ask several lists about each word. */
export function lexiconFlags(info: WordInfo): number {
	let flags = info.lexicon;
	if (flags === 0) {
		const words = roleWords();
		knownSurnames ??= new Set(wellKnownSurnames);
		const lower = info.lower;
		flags = Lex.Known
			| (notNames.has(lower) ? Lex.NotName : 0)
			| (nonNames.has(lower) ? Lex.NonName : 0)
			| (acronymsAsWords.has(info.word) ? Lex.AcronymWord : 0)
			| (roleHeadSet!.has(lower) ? Lex.RoleHead : 0)
			| (words.has(lower) ? Lex.RoleWord : 0)
			| (roleConnectors.has(lower) ? Lex.RoleConnector : 0)
			| (collectiveNouns.has(lower) ? Lex.Collective : 0)
			| (knownSurnames.has(info.word) ? Lex.KnownSurname : 0)
			| (isAbbreviation(info.word) ? Lex.Abbreviation : 0)
			| (eventHeads.has(lower) ? Lex.EventHead : 0)
			| (streetHeads.has(lower) ? Lex.StreetHead : 0)
			| (weekdays.has(lower) ? Lex.Weekday : 0)
			| (areaHeads.has(lower) ? Lex.AreaHead : 0)
			| (roleNounSet.has(lower) ? Lex.RoleNoun : 0)
			| (landformHeads.has(lower) ? Lex.LandformHead : 0)
			| (stormWords.has(lower) ? Lex.StormWord : 0)
			| (nationNounSet.has(lower) ? Lex.NationNoun : 0);
		info.lexicon = flags;
	}
	return flags;
}

/** Whether `lower` ends a title ("minister", "secretary", "sen."). */
export function isRoleHeadWord(lower: string): boolean {
	roleWords();
	return roleHeadSet!.has(lower);
}

/** Whether `lower` is a noun of what a person is or does ("trainer", "allenatore"; data/roleNouns.ts). */
export function isRoleNounWord(lower: string): boolean {
	return roleNounSet.has(lower);
}
