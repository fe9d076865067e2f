/**
 * Name lists as lookup tables: places, organisations and nationalities by phrase, role titles, and
 * short forms ("US" -> "United States"). Built on first use, not at load time.
 */
import { countryRows } from './data/countries';
import { extraPlaces, honorifics, organizationHeads, organizations, roleHeads, shortForms } from './data/lexicon';
import { tokenize } from './tokenize';

/** Classes of a gazetteer phrase; numbers are used in tagger features, so never renumber them. */
export enum GazClass {
	None = 0,
	Place = 1,
	Organization = 2,
	Group = 3,
	Role = 4,
	OrgHead = 5,
	Honorific = 6,
}

export interface GazEntry {
	readonly cls: GazClass;
	/** The canonical name ("United States" for "U.S."); for groups, the country the nationality belongs to. */
	readonly canonical: string;
}

/** One word of the phrase tree: the entry of the phrase that ends here, if any, and the words that may follow. */
export interface PhraseNode {
	entry: GazEntry | undefined;
	readonly next: Map<string, PhraseNode>;
}

function phraseTreeOf(phrases: ReadonlyMap<string, GazEntry>): Map<string, PhraseNode> {
	const tree = new Map<string, PhraseNode>();
	for (const [key, entry] of phrases) {
		let next = tree;
		let node: PhraseNode | undefined;
		for (const word of key.split(' ')) {
			node = next.get(word);
			if (!node) {
				node = { entry: undefined, next: new Map() };
				next.set(word, node);
			}
			next = node.next;
		}
		node!.entry = entry;
	}
	return tree;
}

export interface Gazetteer {
	/** Phrase (token texts lower-cased, joined by one space) -> entry. */
	readonly phrases: ReadonlyMap<string, GazEntry>;
	/** Longest phrase, in tokens. */
	readonly maxTokens: number;
	/** First words (lower-cased) of phrases of two or more tokens. */
	readonly phraseStarts: ReadonlySet<string>;
	/**
	 * The phrases as a tree of their words, from the first: a run of tokens is looked up word by word with
	 * the lower-case strings the tokens already have, instead of joining them into a new key at each step.
	 */
	readonly phraseTree: ReadonlyMap<string, PhraseNode>;
	/** Single lower-cased token -> class, for tagger features. */
	readonly words: ReadonlyMap<string, GazClass>;
	/** Exact short form ("US", "U.S.", "IDF") -> canonical name. */
	readonly shortForms: ReadonlyMap<string, string>;
	/** Lower-cased demonym ("israeli", "palestinians") -> country. */
	readonly demonyms: ReadonlyMap<string, string>;
}

let cached: Gazetteer | undefined;

export function phraseKey(words: readonly string[]): string {
	return words.join(' ').toLowerCase();
}

function keyOf(phrase: string): string {
	return phraseKey(tokenize(phrase).map(t => t.text));
}

export function gazetteer(): Gazetteer {
	if (cached) {
		return cached;
	}
	const phrases = new Map<string, GazEntry>();
	const words = new Map<string, GazClass>();
	const demonyms = new Map<string, string>();
	const phraseStarts = new Set<string>();
	let maxTokens = 1;
	const add = (phrase: string, cls: GazClass, canonical: string, overwrite = false): void => {
		// "The Gambia" is matched from "Gambia": phrases never start with "the", which starts every other sentence.
		const key = keyOf(phrase).replace(/^the /, '');
		if (!key || key.split(' ').length > 6 || (!overwrite && phrases.has(key))) {
			return;
		}
		phrases.set(key, { cls, canonical });
		const parts = key.split(' ');
		const n = parts.length;
		maxTokens = Math.max(maxTokens, n);
		if (n > 1) {
			phraseStarts.add(parts[0]);
		}
		if (n === 1 && !words.has(key)) {
			words.set(key, cls);
		}
	};
	for (const [name, others, demonym, capitals] of countryRows) {
		add(name, GazClass.Place, name);
		for (const other of others) {
			add(other, GazClass.Place, name);
		}
		for (const capital of capitals) {
			add(capital, GazClass.Place, capital);
		}
		if (demonym && !demonym.includes(',')) {
			const d = demonym.trim();
			add(d, GazClass.Group, name);
			demonyms.set(d.toLowerCase(), name);
			if (!/(s|sh|ch|ese|ss)$/.test(d)) {
				add(d + 's', GazClass.Group, name);
				demonyms.set(d.toLowerCase() + 's', name);
			}
		}
	}
	for (const place of extraPlaces) {
		add(place, GazClass.Place, shortForms[place] ?? place);
	}
	for (const org of organizations) {
		add(org, GazClass.Organization, shortForms[org] ?? org);
	}
	const shorts = new Map<string, string>();
	for (const [short, canonical] of Object.entries(shortForms)) {
		shorts.set(short, canonical);
		const target = phrases.get(keyOf(canonical));
		if (target) {
			add(short, target.cls, canonical, true);
		}
	}
	for (const role of roleHeads) {
		add(role, GazClass.Role, role);
	}
	for (const h of honorifics) {
		add(h, GazClass.Honorific, h);
	}
	for (const h of organizationHeads) {
		const key = h.toLowerCase();
		if (!words.has(key)) {
			words.set(key, GazClass.OrgHead);
		}
	}
	cached = { phrases, maxTokens, phraseStarts, phraseTree: phraseTreeOf(phrases), words, shortForms: shorts, demonyms };
	return cached;
}
