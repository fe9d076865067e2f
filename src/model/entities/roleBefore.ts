/**
 * The title written before a person's name, from the tokens of one sentence: "Israeli Defense Minister",
 * "former Nairobi Governor, Evans Kidero", "il presidente del Senato, Ignazio La Russa".
 */
import type { SentenceTokens } from './sentenceTokens';
import { Case } from './wordInfo';
import { GazClass } from './gazetteer';
import { isRoleHeadWord, Lex, lexiconFlags } from './wordFlags';

/**
 * The title written right before token `i` ("Israeli Defense Minister"), if any, also across one comma, as
 * pages in Nigeria, Kenya and India write it ("former Nairobi Governor, Evans Kidero"; "Clerk, Tonya Edwards").
 */
export function roleBefore(text: string, toks: SentenceTokens, i: number, spanStart: number): string | undefined {
	const end = i >= 2 && toks.info(i - 1).word === ',' ? i - 1 : i;
	if (end < i && (lexiconFlags(toks.info(end - 1)) & (Lex.RoleHead | Lex.RoleNoun)) === 0) {
		return roleOfBodyBefore(text, toks, end);
	}
	let k = end;
	let head = -1;
	while (k > 0 && end - k < 6) {
		const info = toks.info(k - 1);
		const flags = lexiconFlags(info);
		const isRoleWord = (flags & Lex.RoleWord) !== 0;
		const gaz = info.gaz;
		const isNation = gaz === GazClass.Group || gaz === GazClass.Place;
		const capitalised = info.cap !== Case.None;
		if (head < 0) {
			// The word right before the name (or its comma) must end a title.
			if ((flags & (Lex.RoleHead | Lex.RoleNoun)) === 0 && !(info.word === '.' && k >= 2 && isRoleHeadWord(toks.info(k - 2).lower + '.'))) {
				return undefined;
			}
			head = k;
		} else if (!(isRoleWord || (flags & Lex.RoleNoun) !== 0 || isNation || (capitalised && (gaz === GazClass.Organization || k - 1 >= spanStart)) || ((flags & Lex.RoleConnector) !== 0 && k < head))) {
			break;
		}
		k--;
	}
	// Drop connectors left dangling at the front ("of Defense Secretary" -> "Defense Secretary").
	while (k < end - 1 && (lexiconFlags(toks.info(k)) & Lex.RoleConnector) !== 0) {
		k++;
	}
	return k < end ? text.slice(toks.start(k), toks.end(end - 1)) : undefined;
}

/** Words between a title and the body it serves: "of the", "del", "della", "des", "der". */
const bodyConnectors = new Set(['of', 'the', 'for', 'del', 'de', 'della', 'dello', 'dei', 'degli', 'des', 'du', 'la', 'le', 'der', 'van', 'het',
	'do', 'da', 'dos', 'das', 'di', 'al', 'el', 'los', 'las']);

/**
 * A title and the body it serves, then a comma, before the name: "il presidente del Senato, Ignazio La
 * Russa", "the president of the Senate, Jane Doe". `end` is the comma's token; the body is one to three
 * capitalised words, the title a word that ends a role.
 */
export function roleOfBodyBefore(text: string, toks: SentenceTokens, end: number): string | undefined {
	let k = end;
	while (k > 0 && end - k < 3 && toks.info(k - 1).cap !== Case.None && (lexiconFlags(toks.info(k - 1)) & (Lex.RoleHead | Lex.RoleNoun)) === 0) {
		k--;
	}
	const bodyStart = k;
	while (k > 0 && bodyStart - k < 2 && bodyConnectors.has(toks.info(k - 1).lower)) {
		k--;
	}
	if (k === end || bodyStart === end || k === bodyStart || k === 0 || (lexiconFlags(toks.info(k - 1)) & (Lex.RoleHead | Lex.RoleNoun)) === 0) {
		return undefined;
	}
	return text.slice(toks.start(k - 1), toks.end(end - 1));
}
