/**
 * The same person spelled two ways on one page ("Yoav Gallant" and, once, "Yoav Galant"): scraped news text
 * has such slips, and a reader wants one card with the other spelling as an alias, not two people.
 * Works on the grouped entities only (a few hundred per page), never on the text.
 */
import { addVote, type EntityDraft } from './placeMentions';
import type { EntitySpan } from './types';

/** Shorter words are too easily a different name one letter away ("Kerr", "Karr"). */
const minVariantLength = 5;
/** People sharing the initials of every word, above which none of them is compared (see below). */
const maxGroup = 300;

/**
 * Whether `a` becomes `b` by one edit: a letter changed, added or dropped, or two neighbours swapped.
 * Both start with the same letter: a slip seldom hits the first one, and "Kelly" is not "Jelly".
 */
export function isOneEditApart(a: string, b: string): boolean {
	if (a === b || Math.abs(a.length - b.length) > 1 || a.charCodeAt(0) !== b.charCodeAt(0)) {
		return false;
	}
	let i = 0;
	while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) {
		i++;
	}
	if (a.length === b.length) {
		// Changed at i, or i and i + 1 swapped; either way the rest matches.
		const swapped = i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i];
		return a.slice(i + (swapped ? 2 : 1)) === b.slice(i + (swapped ? 2 : 1));
	}
	const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
	return longer.slice(i + 1) === shorter.slice(i);
}

/** The one word in which two names of as many words differ by one edit, or -1 (also when they differ more). */
function variantWord(a: readonly string[], b: readonly string[]): number {
	if (a.length !== b.length) {
		return -1;
	}
	let at = -1;
	for (let k = 0; k < a.length; k++) {
		if (a[k] !== b[k]) {
			if (at >= 0 || a[k].length < minVariantLength || b[k].length < minVariantLength || !isOneEditApart(a[k], b[k])) {
				return -1;
			}
			at = k;
		}
	}
	return at;
}

function moveInto(from: EntityDraft, into: EntityDraft, spans: readonly EntitySpan[], owners: Int32Array): void {
	for (const d of from.drafts) {
		owners[d] = into.id;
		into.drafts.push(d);
		addVote(into, spans[d].type, spans[d].type === 'person' ? 3 : 2);
	}
	into.role ??= from.role;
	from.live = false;
}

const capitalisedWord = /^\p{Lu}\p{Ll}+$/u;

/**
 * Merges people whose names differ in one word by one edit into the one mentioned more often (the first on a
 * tie), and a lone capitalised name one edit from exactly one person's surname into that person.
 */
export function mergeSpellingVariants(order: readonly EntityDraft[], spans: readonly EntitySpan[], owners: Int32Array): void {
	const people = order.filter(e => e.live && e.key.startsWith('person:'));
	if (people.length === 0) {
		return;
	}
	const names = people.map(e => e.name.split(/\s+/));
	// Two names can be variants only if their words start with the same letters: compared within such groups.
	const byInitials = new Map<string, number[]>();
	names.forEach((words, k) => {
		const key = words.map(w => w[0]).join('');
		const group = byInitials.get(key);
		if (group) {
			group.push(k);
		} else {
			byInitials.set(key, [k]);
		}
	});
	for (const group of byInitials.values()) {
		// Hundreds of people with the same initials make a directory, not a story: not worth a quadratic look.
		if (group.length > maxGroup) {
			continue;
		}
		for (let gx = 0; gx < group.length; gx++) {
			for (let gy = gx + 1; gy < group.length; gy++) {
				const [x, y] = [group[gx], group[gy]];
				if (!people[x].live || !people[y].live || variantWord(names[x], names[y]) < 0) {
					continue;
				}
				const [keep, drop] = people[y].drafts.length > people[x].drafts.length ? [people[y], people[x]] : [people[x], people[y]];
				moveInto(drop, keep, spans, owners);
			}
		}
	}
	// Surnames of the people left by first letter and length, each with the one person it may stand for (null
	// once two share it).
	const surnames = new Map<string, Map<string, EntityDraft | null>>();
	people.forEach((e, k) => {
		const surname = names[k][names[k].length - 1];
		if (e.live && surname.length >= minVariantLength) {
			const key = surname[0] + surname.length;
			let group = surnames.get(key);
			if (!group) {
				surnames.set(key, group = new Map());
			}
			group.set(surname, group.has(surname) ? null : e);
		}
	});
	for (const e of order) {
		if (!e.live || !e.key.startsWith('name:') || e.name.length < minVariantLength || !capitalisedWord.test(e.name) || !votedPerson(e)) {
			continue;
		}
		let match: EntityDraft | null | undefined;
		for (let length = e.name.length - 1; length <= e.name.length + 1; length++) {
			for (const [surname, person] of surnames.get(e.name[0] + length) ?? []) {
				if (isOneEditApart(e.name, surname)) {
					match = match === undefined ? person : null;
				}
			}
		}
		if (match) {
			moveInto(e, match, spans, owners);
		}
	}
}

/** Whether most of the entity's mentions were tagged as a person. */
function votedPerson(e: EntityDraft): boolean {
	let person = 0;
	let other = 0;
	for (let k = 0; k < e.votes.length; k++) {
		if (e.voteTypes[k] === 'person') {
			person += e.votes[k];
		} else {
			other += e.votes[k];
		}
	}
	return person > other;
}
