/**
 * What the words in and around a span say of a place: the lists' towns and regions, "X district", "in X",
 * "the Kabini reservoir", "Iznalloz (Granada)", "Upper Riverstown". Pure functions over one sentence's tokens.
 */
import { GazClass } from './gazetteer';
import { ListBit } from './nameLists';
import type { SentenceTokens } from './sentenceTokens';
import { Case } from './wordInfo';

/** Every word of `[i, j)` is in a span the lists know as a town or a division. */
export function allListedPlace(toks: SentenceTokens, i: number, j: number): boolean {
	for (let k = i; k < j; k++) {
		if ((toks.sentence.listBits[k] & (ListBit.Place | ListBit.Division)) === 0) {
			return false;
		}
	}
	return true;
}

/** Lower-case words after a name that make it a place ("Mandya district", "Hassan taluk"). */
export const placeNounsAfter = new Set(['district', 'districts', 'taluk', 'tehsil', 'village', 'town', 'city', 'county', 'province', 'state', 'region', 'municipality', 'constituency']);
/** Lower-case words of the land and the water after a name: that name is a place's ("Kabini reservoir"). */
const landformsAfter = new Set(['river', 'reservoir', 'lake', 'dam', 'valley', 'basin', 'hills', 'island', 'islands', 'peninsula',
	'plateau', 'delta', 'coast', 'bay', 'glacier', 'canal', 'creek', 'estuary', 'volcano', 'desert', 'gorge']);

export function followedByLandform(toks: SentenceTokens, j: number): boolean {
	const next = j < toks.sentence.length ? toks.info(j) : undefined;
	return next !== undefined && next.cap === Case.None && landformsAfter.has(next.lower);
}

/** Lower-case words before a name that make it a place ("in Mandya", "near Hassan"). */
const placeWordsBefore = new Set(['in', 'near', 'across', 'outside']);

/** Whether the words around `[i, j)` say it is a place: "X district", "in X", "X-based". */
export function placeContext(text: string, toks: SentenceTokens, i: number, j: number): boolean {
	const n = toks.sentence.length;
	const next = j < n ? toks.info(j) : undefined;
	if (next && next.cap === Case.None && placeNounsAfter.has(next.lower)) {
		return true;
	}
	if (next?.lower === "'s" || next?.word === '\u2019s') {
		return false;
	}
	const end = toks.end(j - 1);
	if (text.startsWith('-based', end)) {
		return true;
	}
	const prev = i > 0 ? toks.info(i - 1) : undefined;
	return prev !== undefined && prev.cap === Case.None && placeWordsBefore.has(prev.lower);
}

/** Whether every word of `[i, j)` is in a place or region the lists know. */
export function listsPlace(toks: SentenceTokens, i: number, j: number): boolean {
	for (let k = i; k < j; k++) {
		if ((toks.sentence.listBits[k] & (ListBit.Place | ListBit.Division)) === 0) {
			return false;
		}
	}
	return true;
}

/** `[i, j)` stands in brackets right after a capitalised word: "Iznalloz (Granada)". */
export function bracketedAfterName(toks: SentenceTokens, i: number, j: number): boolean {
	return i >= 2 && j < toks.sentence.length && toks.info(i - 1).word === '(' && toks.info(j).word === ')' && toks.info(i - 2).cap !== Case.None;
}

/** `(X)` follows the span, X one or two words the lists know as a place or region: "Iznalloz (Granada)". */
export function bracketedRegionAfter(toks: SentenceTokens, j: number): boolean {
	const n = toks.sentence.length;
	if (j + 2 >= n || toks.info(j).word !== '(') {
		return false;
	}
	const close = toks.info(j + 2).word === ')' ? j + 2 : j + 3 < n && toks.info(j + 3).word === ')' ? j + 3 : -1;
	return close > 0 && toks.info(j + 1).cap !== Case.None && listsPlace(toks, j + 1, close);
}

/** First words of places' names that no person's name starts with. */
export const placeQualifiers = new Set(['upper', 'lower', 'greater', 'central', 'northern', 'southern', 'eastern', 'western', 'north-east',
	'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest', 'jalan', 'kampung', 'barangay']);

/** Whether the last word of `[i, j)` is a place the gazetteer or the generated lists know, and no given name. */
export function endsInKnownPlace(toks: SentenceTokens, i: number, j: number): boolean {
	const last = toks.info(j - 1);
	const bits = toks.sentence.listBits[j - 1];
	return last.cap !== Case.None && (bits & ListBit.GivenName) === 0
		&& (last.phrase?.cls === GazClass.Place || (bits & (ListBit.Place | ListBit.Division)) !== 0);
}
