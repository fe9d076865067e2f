/**
 * The per-document entity index: recognised spans grouped into entities (surnames, possessives,
 * short forms and acronyms joined to the full name), with every mention and O(log n) lookup by offset.
 */
import { blockKindNames, blockTableOf } from '../block';
import type { BlockKind, SeedDocument } from '../types';
import { roleNouns } from './data/roleNouns';
import { GazClass, gazetteer } from './gazetteer';
import { ListBit, type NameLists } from './nameLists';
import { addNameRepeats, type BlockSpans } from './nameRepeats';
import type { SeedEntityRecognizer } from './recognize';
import { MentionTable } from './mentionTable';
import { otherLanguageFilter } from './otherLanguage';
import { isWhitespace, whitespaceRun } from '../whitespace';
import { addVote, placeMentions, votedType, type EntityDraft } from './placeMentions';
import { mergeSpellingVariants } from './spellingVariants';
import { entitySpan } from './spans';
import type { EntityIndex, EntityMention, EntitySpan, EntityType } from './types';

/** Blocks that are page furniture: no entities there. */
const skippedKinds: ReadonlySet<BlockKind> = new Set(['boilerplate']);
/** Blocks whose capitalised words are mostly Title Case, not names: keep only names confirmed elsewhere. */
const headingKinds: ReadonlySet<BlockKind> = new Set(['heading', 'title', 'subtitle']);

/** The entity a body span joins, worked out once per (text, type, canonical). */
interface BodyResolution {
	readonly type: EntityType;
	readonly canonical: string | undefined;
	readonly entity: EntityDraft;
	/** For a name (not a surname, date or figure): its key by lower-case canonical name, for headings. */
	readonly name: { readonly key: string; readonly canonicalLower: string; readonly text: string } | undefined;
	/** The last span that joined, so the keys by name end as the last span left them. */
	last: number;
}

const functionWords = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'al', 'el']);

function initials(name: string): string {
	return name.split(/[\s-]+/).filter(w => w && !functionWords.has(w.toLowerCase())).map(w => w[0]).join('').toUpperCase();
}

function words(text: string): string[] {
	return text.split(whitespaceRun).filter(Boolean);
}

/** Builds the entity index of a parsed seed. Each block is recognised on its own (and cached by its text). */
export function buildEntityIndex(doc: SeedDocument, recognizer: SeedEntityRecognizer): EntityIndex {
	const found: BlockSpans[] = [];
	const otherLanguage = otherLanguageFilter(doc.text, recognizer.lists);
	const add = (kind: BlockKind, start: number, end: number): void => {
		if (!skippedKinds.has(kind)) {
			const spans = recognizer.recognizeBlockRelative(doc.text, start, end);
			found.push({ kind, start, end, spans: otherLanguage && spans.length ? otherLanguage(spans, start, end) : spans });
		}
	};
	// Straight from the parser's block table when there is one: no block object is made for this.
	const table = blockTableOf(doc);
	if (table) {
		for (let i = 0; i < table.count; i++) {
			add(blockKindNames[table.kind[i]], table.start[i], table.end[i]);
		}
	} else {
		for (const b of doc.blocks) {
			add(b.kind, b.start, b.end);
		}
	}
	return indexSpans(addNameRepeats(doc.text, found, headingKinds, recognizer.repeatMemo, recognizer.caches), { text: doc.text, lists: recognizer.lists });
}

/** What the page-wide clean-ups of `indexSpans` read: the document's text and the generated name lists. */
export interface PageContext {
	readonly text: string;
	readonly lists: NameLists;
}

/** How far around a one-word name's first mentions the page is searched for the word in lower case. */
const lowerCaseWindow = 1500;

/** Whether `text` has `word` in lower case as a whole word within `lowerCaseWindow` of `[start, end)`. */
function writtenInLowerCaseNear(text: string, word: string, start: number, end: number): boolean {
	const lower = word.toLowerCase();
	if (lower === word) {
		return false;
	}
	// A slice, so a word not there is not looked for to the end of a 10 MB text.
	const around = text.slice(Math.max(0, start - lowerCaseWindow), Math.min(text.length, end + lowerCaseWindow));
	for (let at = around.indexOf(lower); at >= 0; at = around.indexOf(lower, at + 1)) {
		const before = at > 0 ? around.charCodeAt(at - 1) : 32;
		const after = at + lower.length < around.length ? around.charCodeAt(at + lower.length) : 32;
		if (!isWordChar(before) && !isWordChar(after)) {
			return true;
		}
	}
	return false;
}

function isWordChar(c: number): boolean {
	return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/**
 * Words that end a title written after a name, in politics, local government, sport and business ("Asha
 * Rao, the deputy commissioner of Mysuru"; "Lee, the winger"; "Jo Kim, chief executive of Acme").
 */
const appositionHeads = ['president', 'vice-president', 'minister', 'secretary', 'secretary-general', 'chancellor', 'premier',
	'governor', 'mayor', 'senator', 'councillor', 'councilor', 'commissioner', 'collector', 'magistrate', 'superintendent',
	'inspector', 'officer', 'sheriff', 'judge', 'justice', 'lawyer', 'spokesperson', 'spokesman', 'spokeswoman', 'ambassador',
	'chairman', 'chairwoman', 'chairperson', 'chair', 'chief', 'head', 'director', 'leader', 'founder', 'co-founder', 'owner',
	'executive', 'ceo', 'manager', 'coach', 'captain', 'skipper', 'striker', 'winger', 'midfielder', 'defender', 'goalkeeper',
	'forward', 'batter', 'bowler', 'pitcher', 'champion', 'candidate', 'analyst', 'economist', 'professor', 'editor', 'mla', 'mp',
	...roleNouns.filter(noun => !/^(?:son|wife|husband|mother|brother|sister|daughter|victim|suspect|resident|member|star)$/.test(noun))];
/** Words a title after a name never has before its head: those of a clause ("Rao, who is the collector"). */
const clauseWords = '(?:who|which|that|is|was|were|are|has|had|have|said|says|and|but|in|on|at|to|with|as|for|from|by)';
/** Words joining a title to the body it serves, in the languages seeds come in ("of", "del", "des", "van"). */
const bodyWords = 'of|for|at|del|de|della|dello|dei|degli|des|du|der|van|het|do|da|dos|das|di|al|el';
const appositionRole = new RegExp(`,\\s+(?:(?:the|a|an|il|lo|la|el|le|der|die|het|de|o)\\s+|l['\u2019])?((?:(?!${clauseWords}\\b)[\\p{L}.'\u2019-]+\\s+){0,4}?`
	+ `(?:${appositionHeads.join('|')})(?:\\s+(?:${bodyWords})\\s+(?:(?:the|la|le|les|el|los|las|il|lo|die|der|das|de|het|o|a)\\s+)?\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){0,3})?)`
	+ `(?=\\s*[,.;:)]|\\s+(?:said|says|told|who|has|had|was|is)\\b)`, 'iuy');

/** A person without a title gets the one written right after a mention of them, between commas, if any. */
function addAppositionRoles(order: readonly EntityDraft[], spans: readonly EntitySpan[], bases: Int32Array, text: string): void {
	for (const o of order) {
		if (o.role || !o.live || o.type !== 'person') {
			continue;
		}
		for (let k = 0; k < o.drafts.length && k < 8; k++) {
			const d = o.drafts[k];
			appositionRole.lastIndex = spans[d].end + bases[d];
			const m = appositionRole.exec(text);
			if (m) {
				o.role = m[1].replace(/\s+/g, ' ');
				break;
			}
		}
	}
}

/** What may separate the members of a list of names: a comma, "and", "or", both. */
const listSeparator = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/;

/** Whether span `d` names a place the lists or the gazetteer know. */
function isKnownPlace(span: EntitySpan, page: PageContext): boolean {
	return span.type === 'place' && ((page.lists.bitsOf(span.text) & (ListBit.Place | ListBit.Division)) !== 0
		|| gazetteer().phrases.get((span.canonical ?? span.text).toLowerCase())?.cls === GazClass.Place);
}

/**
 * Members of a list of three names or more ("Naguilian, Dinapigue, Ilagan City and Luna") share the type of
 * its known members: when two of them, or a third of the list, are places the lists know, the "people" in
 * it are places too, but for a name that starts with a given name; when places are half of it, its
 * organisations and given-name starts too.
 */
function typeListsAlike(spans: EntitySpan[], bases: Int32Array, page: PageContext): void {
	let from = 0;
	for (let d = 1; d <= spans.length; d++) {
		const joined = d < spans.length && bases[d] === bases[d - 1] && spans[d - 1].end < spans[d].start
			&& spans[d].start - spans[d - 1].end <= 8
			&& listSeparator.test(page.text.slice(spans[d - 1].end + bases[d], spans[d].start + bases[d]));
		if (joined) {
			continue;
		}
		if (d - from >= 3) {
			let known = 0;
			let people = 0;
			for (let m = from; m < d; m++) {
				known += isKnownPlace(spans[m], page) ? 1 : 0;
				people += spans[m].type === 'person' ? 1 : 0;
			}
			if (people > 0 && (known >= 2 || known * 3 >= d - from)) {
				for (let m = from; m < d; m++) {
					const span = spans[m];
					const firstWord = span.text.split(/\s+/)[0];
					if (span.type === 'person' && !span.role && (page.lists.bitsOf(firstWord) & ListBit.GivenName) === 0) {
						spans[m] = entitySpan(span.start, span.end, 'place', span.text, undefined, span.canonical);
					}
				}
			}
			// A list of five names or more, three of them known places and half of it places, is a list of places: its
			// organisations and even names that start like a person's ("Benito Soliven", a town) go with them.
			let places = 0;
			for (let m = from; m < d; m++) {
				places += spans[m].type === 'place' ? 1 : 0;
			}
			if (d - from >= 5 && known >= 3 && places * 2 >= d - from) {
				for (let m = from; m < d; m++) {
					const span = spans[m];
					if ((span.type === 'person' && !span.role) || span.type === 'organization') {
						spans[m] = entitySpan(span.start, span.end, 'place', span.text, undefined, span.canonical);
					}
				}
			}
		}
		from = d;
	}
}

/** Verbs of saying: a name right before one is a speaker's ("Clinton said"), a person's or an organisation's. */
const speechVerbs = /[ \t]+(?:said|says|told|added|asked|wrote|stated|argued|noted|claimed|insisted)\b/y;

/** Whether a mention of `o` is followed by a verb of saying. */
function saidBySomeone(text: string, o: EntityDraft, spans: readonly EntitySpan[], bases: Int32Array): boolean {
	for (const d of o.drafts) {
		speechVerbs.lastIndex = spans[d].end + bases[d];
		if (speechVerbs.test(text)) {
			return true;
		}
	}
	return false;
}

/**
 * A one-word "person" (no full name on the page, no title, never followed by "said") that is a place the
 * lists know and no given name ("Mysuru", "Gaza") is the place; one the page also writes in lower case near it ("Trucks" in a
 * table's header, "trucks" in the text) is a common noun with a capital, and nobody.
 */
function retypeLonePeople(order: readonly EntityDraft[], spans: readonly EntitySpan[], bases: Int32Array, page: PageContext): void {
	const gaz = gazetteer();
	for (const o of order) {
		if (!o.live || o.role || o.key.startsWith('person:') || hasSpace(o.name) || votedType(o) !== 'person') {
			continue;
		}
		const bits = page.lists.bitsOf(o.name);
		const listedPlace = (bits & ListBit.GivenName) === 0
			&& ((bits & (ListBit.Place | ListBit.Division)) !== 0 || gaz.phrases.get(o.name.toLowerCase())?.cls === GazClass.Place);
		if (listedPlace) {
			if (!saidBySomeone(page.text, o, spans, bases)) {
				addVote(o, 'place', o.votes[o.voteTypes.indexOf('person')] + 1);
			}
			continue;
		}
		const first = spans[o.drafts[0]];
		if ((bits & ListBit.GivenName) === 0 && writtenInLowerCaseNear(page.text, first.text, first.start + bases[o.drafts[0]], first.end + bases[o.drafts[0]])) {
			o.live = false;
		}
	}
}

/** Whether `text` has a white-space character. */
function hasSpace(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		if (isWhitespace(text.charCodeAt(i))) {
			return true;
		}
	}
	return false;
}

function lastWord(text: string): string {
	const w = words(text);
	return w[w.length - 1];
}

/**
 * Groups spans found per block into entities. Exposed for callers that recognise blocks themselves.
 * Linear in the number of spans: drafts live in flat arrays, and keys are memoised per spelling.
 */
export function indexSpans(found: readonly Pick<BlockSpans, 'kind' | 'start' | 'spans'>[], page?: PageContext): EntityIndex {
	let total = 0;
	for (let b = 0; b < found.length; b++) {
		total += found[b].spans.length;
	}
	const spans = new Array<EntitySpan>(total);
	const heading = new Uint8Array(total);
	/**
	 * What to add to a span's offsets to make them document offsets. Int32 (a JS string is shorter than
	 * 2^30), so the sums stay small integers: from a Float64Array every mention's start and end were doubles,
	 * two heap numbers per mention.
	 */
	const bases = new Int32Array(total);
	let at = 0;
	for (let b = 0; b < found.length; b++) {
		const { kind, start: base, spans: blockSpans } = found[b];
		const isHeading = headingKinds.has(kind) ? 1 : 0;
		heading.fill(isHeading, at, at + blockSpans.length);
		bases.fill(base, at, at + blockSpans.length);
		for (let k = 0; k < blockSpans.length; k++) {
			spans[at++] = blockSpans[k];
		}
	}
	if (page) {
		typeListsAlike(spans, bases, page);
	}
	/** The entity of each span, as 1 + its place in `order` (0: none yet): a typed array, not 174,000 pointers. */
	const owners = new Int32Array(total);
	const gaz = gazetteer();
	const entities = new Map<string, EntityDraft>();
	const order: EntityDraft[] = [];
	const entityFor = (key: string, name: string, type: EntityType): EntityDraft => {
		let e = entities.get(key);
		if (!e) {
			e = { key, name, type, role: null, drafts: [], voteTypes: [], votes: [], live: true, number: -1, id: order.length + 1 };
			entities.set(key, e);
			order.push(e);
		}
		return e;
	};
	const addTo = (e: EntityDraft, d: number): void => {
		const span = spans[d];
		owners[d] = e.id;
		e.drafts.push(d);
		addVote(e, span.type, span.type === 'person' ? 3 : 2);
		if (!e.role && span.role) {
			e.role = span.role;
		}
	};

	// 1. People written with two or more words, from body text: these define surnames. Each spelling is
	// keyed once; its later spans go straight to the same entity.
	const surnames = new Map<string, EntityDraft>();
	const people = new Map<string, EntityDraft | null>();
	for (let d = 0; d < total; d++) {
		const span = spans[d];
		if (span.type !== 'person' || heading[d]) {
			continue;
		}
		let person = people.get(span.text);
		if (person === undefined) {
			const w = hasSpace(span.text) ? words(span.text) : [];
			person = null;
			if (w.length >= 2) {
				const surname = w[w.length - 1];
				person = entityFor('person:' + w[0] + ' ' + surname, span.text, span.type);
				if (!surnames.has(surname)) {
					surnames.set(surname, person);
				}
			}
			people.set(span.text, person);
		}
		if (person) {
			addTo(person, d);
		}
	}
	// 2. Everything else in body text: a surname joins its person whatever the tagger said. What a spelling
	// (with its type and canonical name) joins is worked out once: it depends on nothing that changes here.
	const byName = new Map<string, string>();
	const bodyNames = new Set<string>();
	const resolutions = new Map<string, BodyResolution[]>();
	const named: BodyResolution[] = [];
	const resolve = (span: EntitySpan): BodyResolution => {
		const text = span.text;
		const surnameOwner = surnames.get(text) ?? (span.type !== 'person' || !hasSpace(text) ? undefined : surnames.get(lastWord(text)));
		if (surnameOwner) {
			return { type: span.type, canonical: span.canonical, entity: surnameOwner, name: undefined, last: -1 };
		}
		if (span.type === 'date' || span.type === 'number') {
			return { type: span.type, canonical: span.canonical, entity: entityFor(span.type + ':' + text, text, span.type), name: undefined, last: -1 };
		}
		const group = span.type === 'group';
		const canonical = span.canonical ?? gaz.shortForms.get(text) ?? text;
		const demonym = group ? gaz.demonyms.get(text.toLowerCase()) : undefined;
		const canonicalLower = canonical.toLowerCase();
		const key = demonym ? 'group:' + demonym : 'name:' + canonicalLower;
		const r: BodyResolution = { type: span.type, canonical: span.canonical, entity: entityFor(key, canonical, span.type), name: { key, canonicalLower, text }, last: -1 };
		named.push(r);
		return r;
	};
	for (let d = 0; d < total; d++) {
		if (owners[d] || heading[d]) {
			continue;
		}
		const span = spans[d];
		let known = resolutions.get(span.text);
		let r = known?.find(k => k.type === span.type && k.canonical === span.canonical);
		if (!r) {
			r = resolve(span);
			if (known) {
				known.push(r);
			} else {
				resolutions.set(span.text, known = [r]);
			}
		}
		addTo(r.entity, d);
		r.last = d;
	}
	// Each name's key under its lower-case canonical name, the last span's winning, as if set span by span.
	named.sort((a, b) => a.last - b.last);
	for (const r of named) {
		byName.set(r.name!.canonicalLower, r.name!.key);
		bodyNames.add(r.name!.text);
	}
	// 3. Headings: only names confirmed by the body or by the gazetteer.
	for (let d = 0; d < total; d++) {
		if (owners[d] || !heading[d]) {
			continue;
		}
		const span = spans[d];
		const text = span.text;
		const surnameOwner = surnames.get(text);
		if (surnameOwner) {
			addTo(surnameOwner, d);
			continue;
		}
		const canonical = span.canonical ?? gaz.shortForms.get(text) ?? text;
		const known = byName.get(canonical.toLowerCase());
		if (known && bodyNames.has(text)) {
			addTo(entityFor(known, canonical, span.type), d);
		} else if (gaz.phrases.has(text.toLowerCase()) && span.type !== 'person') {
			addTo(entityFor(byName.get(canonical.toLowerCase()) ?? 'name:' + canonical.toLowerCase(), canonical, span.type), d);
		}
	}
	if (page) {
		addAppositionRoles(order, spans, bases, page.text);
		retypeLonePeople(order, spans, bases, page);
	}
	// 4. Acronyms: "IDF" joins "Israel Defense Forces" when both occur.
	const byInitials = new Map<string, EntityDraft>();
	for (const o of order) {
		if (o.type !== 'date' && o.type !== 'number' && o.type !== 'person' && hasSpace(o.name)) {
			const key = initials(o.name);
			if (key.length >= 2 && key.length <= 6 && !byInitials.has(key)) {
				byInitials.set(key, o);
			}
		}
	}
	for (const e of [...order]) {
		if (e.name.length > 12 || !/^(?:[A-Z]\.?){2,6}$/.test(e.name) || !e.live) {
			continue;
		}
		const target = byInitials.get(e.name.replace(/\./g, ''));
		if (target && target !== e && target.live) {
			for (const d of e.drafts) {
				owners[d] = target.id;
				target.drafts.push(d);
				addVote(target, spans[d].type, 1);
			}
			e.live = false;
		}
	}
	// 5. A one-word name that is the first word of exactly one person on the page is that person ("Nimrat"
	// after "Nimrat Kaur", as celebrity pages write); one that is the first or last word of exactly one
	// organisation is it ("Oilers", "Edmonton" after "Edmonton Oilers"). Two candidates: neither.
	joinShortForms(order, spans, owners);
	// 6. The same person spelled two ways ("Yoav Galant" once, "Yoav Gallant" elsewhere).
	mergeSpellingVariants(order, spans, owners);
	return placeMentions(spans, bases, owners, order);
}

/** See step 5 of `indexSpans`. */
function joinShortForms(order: readonly EntityDraft[], spans: readonly EntitySpan[], owners: Int32Array): void {
	const firstNames = new Map<string, EntityDraft | null>();
	// An organisation's first or last word, the words it starts with ("FC Bayern" of "FC Bayern München"),
	// and its initials ("IMD" of "Indian Meteorological Department").
	const orgForms = new Map<string, EntityDraft | null>();
	const note = (map: Map<string, EntityDraft | null>, word: string, e: EntityDraft): void => {
		const seen = map.get(word);
		map.set(word, seen === undefined || seen === e ? e : null);
	};
	for (const o of order) {
		if (!o.live || !hasSpace(o.name)) {
			continue;
		}
		const w = words(o.name);
		if (o.type === 'person') {
			note(firstNames, w[0], o);
		} else if (o.type === 'organization' && w.length >= 2) {
			note(orgForms, w[w.length - 1], o);
			for (let n = 1; n < w.length; n++) {
				note(orgForms, w.slice(0, n).join(' '), o);
			}
			const letters = initialsOf(w);
			if (letters.length >= 2) {
				note(orgForms, letters, o);
			}
		}
	}
	for (const e of order) {
		if (!e.live || (e.type !== 'person' && e.type !== 'organization')) {
			continue;
		}
		if (e.type === 'person' ? hasSpace(e.name) : hasSpace(e.name) && !orgForms.has(e.name)) {
			continue;
		}
		const target = (e.type === 'person' ? firstNames : orgForms).get(e.name);
		if (target && target !== e && target.live) {
			for (const d of e.drafts) {
				owners[d] = target.id;
				target.drafts.push(d);
				addVote(target, spans[d].type, 1);
			}
			e.live = false;
		}
	}
}

/** Small words an organisation's initials leave out ("Department of Health" is DH, "DoH" aside). */
const initialsSkip = new Set(['of', 'the', 'and', 'for', '&', 'de', 'du', 'des', 'la', 'le', 'del', 'di', 'da', 'der', 'und', 'et', 'y', 'e']);

/** The capitals of a name's major words, "" when a major word starts with no capital. */
function initialsOf(nameWords: readonly string[]): string {
	let out = '';
	for (const w of nameWords) {
		if (initialsSkip.has(w.toLowerCase())) {
			continue;
		}
		const c = w.charAt(0);
		if (c === c.toLowerCase()) {
			return '';
		}
		out += c;
	}
	return out;
}

/** The mention at `offset` (inclusive of its end, so a cursor right after a name finds it); O(log n). */
export function mentionAt(index: EntityIndex, offset: number): EntityMention | undefined {
	if (index instanceof MentionTable) {
		return index.mentionAt(offset);
	}
	const ms = index.mentions;
	let lo = 0;
	let hi = ms.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const m = ms[mid];
		if (offset < m.start) {
			hi = mid - 1;
		} else if (offset > m.end) {
			lo = mid + 1;
		} else {
			// A cursor between two touching mentions ("US-Israel") belongs to the one it starts.
			if (offset === m.end && mid + 1 < ms.length && ms[mid + 1].start === offset) {
				return ms[mid + 1];
			}
			return m;
		}
	}
	return undefined;
}
