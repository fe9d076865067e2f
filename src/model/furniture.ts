import { charClass, hasChar, isDigit } from './charClasses';
import { LowercaseSet } from './lowercaseSet';
import { OpeningGate } from './openingGate';
import {
	bracketedLine, bylinePattern, captionPrefix, capitalsCreditTail, clockTime, counterLine, copyrightTail, creditTail, datelineLead, iconAltText, maxCreditTail,
	agencyNames, arabicByline, breadcrumb, embeddedPostAttribution, languageNames, monthWord, newsroomSignature, otherLanguageDateTokens, otherLanguageMonthNames, noiseLines, noisePrefix, numericDate, otherLanguageDatelineLead, relativeTime, socialWords, trailingCredit,
	yearWord,
} from './patterns';
import { trimWhitespace, whitespaceRun } from './whitespace';
import { countWords } from './words';

/*
 * Page furniture: noise, captions, bylines and datelines, each recognised on its own line. Every test
 * starts with a cheap look at the first two or the last character, because most lines are prose and a
 * regular expression per line per pattern would dominate parse time.
 */

const noiseOpenings = OpeningGate.ofPattern(noisePrefix);

/** A line that opens as noise ("Read: ...", "Follow us on") or is an icon's alt text. */
export function opensLikeNoise(line: string): boolean {
	return (noiseOpenings.allows(line) && noisePrefix.test(line)) || (line.includes('icon') && iconAltText.test(line));
}

export function isNoise(line: string, first: number, words: number): boolean {
	// An embedded post's attribution: the post's text is the story's quote, its byline line is noise.
	if ((first === 0x2014 || first === 0x2013 || first === 45) && line.includes('(@') && embeddedPostAttribution.test(line)) {
		return true;
	}
	// "- Advertisement -", "— ADVERTISEMENT —", "• Share": the same slots with dashes or bullets around them.
	if (hasChar(decorations, first) && words <= maxNoiseLineWords + 2) {
		const inner = stripDecorations(line);
		if (inner.length > 0 && inner.length < line.length && noiseLineSet.has(inner, 0, endWithoutTrailingMarks(inner))) {
			return true;
		}
	}
	if (line.length <= maxNoiseLine && words <= maxNoiseLineWords && noiseLineOpenings.allows(line) && noiseLineSet.has(line, 0, endWithoutTrailingMarks(line))) {
		return true;
	}
	if (opensLikeNoise(line)) {
		return true;
	}
	if ((first === 72 || first === 104) && words <= 8 && breadcrumb.test(line)) {
		return true;
	}
	if (words <= 6 && (isDigit(first) || first === 73 || first === 105 || first === 80 || first === 112 || first === 83 || first === 115) && counterLine.test(line)) {
		return true;
	}
	// A page's keywords: "news, story, article", "budget, council, bridge, river".
	if (words >= 3 && words <= 12 && line.includes(',') && isKeywordList(line)) {
		return true;
	}
	// A language menu printed one entry a line ("English", "हिन्दी", "বাংলা").
	if (words === 1 && line.length >= 2 && languageNames.has(line.toLowerCase()) && !menuFillers.has(line.toLowerCase())) {
		return true;
	}
	if (words >= 2 && words <= 16 && startsWithMenuWord(line)) {
		const tokens = line.toLowerCase().split(/[\s,]+/).filter(t => t.length > 0);
		if (tokens.every(t => socialWords.has(t))) {
			return true;
		}
		if (tokens.length >= 3 && tokens.every(t => languageNames.has(t))) {
			return true;
		}
	}
	return false;
}

const decorations = charClass('-–—•*·|=~_>»');

/** The line without the dashes, bullets and spaces around it. */
function stripDecorations(line: string): string {
	let start = 0;
	let end = line.length;
	while (start < end && (hasChar(decorations, line.charCodeAt(start)) || line.charCodeAt(start) === 32)) {
		start++;
	}
	while (end > start && (hasChar(decorations, line.charCodeAt(end - 1)) || line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 0x2010)) {
		end--;
	}
	return line.slice(start, end);
}

/** Three or more comma-separated items of one or two words each, all in lower case, with no stop. */
function isKeywordList(line: string): boolean {
	const first = line.charCodeAt(0);
	if ((first >= 65 && first <= 90) || (first >= 48 && first <= 57) || line !== line.toLowerCase() || /[.!?:;]$/.test(line)) {
		return false;
	}
	const items = line.split(',');
	return items.length >= 3 && items.every(item => {
		const trimmed = trimWhitespace(item);
		return trimmed.length > 0 && trimmed.split(whitespaceRun).length <= 2;
	});
}

/** The longest entry of `noiseLines`, plus room for trailing marks. */
const maxNoiseLine = 40;
// Cheap tests that rule out most lines before a lower-cased copy is made to look them up.
// Trailing marks (" »", " :") add words that the lookup strips.
const maxNoiseLineWords = Math.max(...[...noiseLines].map(countWords)) + 3;
const noiseLineOpenings = OpeningGate.ofWords(noiseLines);

const noiseLineSet = new LowercaseSet(noiseLines);

/** Where the line ends without its trailing marks (" »", " :"). */
function endWithoutTrailingMarks(line: string): number {
	let end = line.length;
	while (end > 0 && ' :.!|»>›\t'.includes(line.charAt(end - 1))) {
		end--;
	}
	return end;
}

const menuWords = [...socialWords, ...languageNames];
/** Words of language menus that are no language: alone on a line they are something else. */
const menuFillers = new Set(['edition', 'language', 'select', 'choose', 'bahasa', 'indonesia']);
const menuWordSet = new LowercaseSet(menuWords);
const menuWordOpenings = OpeningGate.ofWords(menuWords);
const maxMenuWordLength = Math.max(...menuWords.map(word => word.length));

/** Share rows and language menus start with a word from their lists; anything else skips the split. */
function startsWithMenuWord(line: string): boolean {
	if (!menuWordOpenings.allows(line)) {
		return false;
	}
	let space = 0;
	while (space < line.length && line.charCodeAt(space) !== 32 && line.charCodeAt(space) !== 44 /* , */ && line.charCodeAt(space) !== 9) {
		space++;
	}
	if (space > maxMenuWordLength) {
		return false;
	}
	return menuWordSet.has(line, 0, space);
}

export function isCaption(line: string, first: number): boolean {
	if (((first === 40 /* ( */ || first === 91 /* [ */) && bracketedLine.test(line)) || (captionOpenings.allows(line) && captionPrefix.test(line))) {
		return true;
	}
	// A credit ending the caption: "... in den Gerichtssaal. © Jan Woitas/dpa", "... Foto: Stefanie Schlecht",
	// "... | Photo Credit: PTI". A credit names someone, so a line ending with a stop has none: most prose
	// is ruled out by its last character.
	const end = line.charCodeAt(line.length - 1);
	if (end !== 46 && end !== 33 && end !== 63) {
		const mark = creditMark.exec(line);
		if (mark && mark.index > 0 && (line.charCodeAt(mark.index) === 0xa9 ? copyrightTail.test(mark[0]) : creditTail.test(line))) {
			return true;
		}
		// "... before their qualifier in Malawi. PHOTO/Timothy Olobulu"; "... una imagen de archivo. Europa Press":
		// a credit with a slash, or an agency named after the caption's last stop.
		if (line.includes('/') && slashCredit.test(line)) {
			return true;
		}
		const stop = line.lastIndexOf('. ');
		if (stop > 0 && line.length - stop <= 24 && agencySet.has(line, stop + 2, line.length)) {
			return true;
		}
	}
	const last = line.charCodeAt(line.length - 1);
	// A credit ends in ")" or in capitals; testing the last character first keeps prose lines cheap.
	if (last === 41 /* ) */) {
		return trailingCredit.test(line);
	}
	if (last >= 65 && last <= 90) {
		// "... (AP Photo/Chet Strange) ASSOCIATED PRESS": the credit, then the agency again in capitals.
		const close = line.lastIndexOf(') ');
		if (close > 0 && line.length - close <= 30 && agencySet.has(line, close + 2, line.length) && trailingCredit.test(line.slice(0, close + 1))) {
			return true;
		}
		return capitalsCreditTail.test(line) && trailingCredit.test(line);
	}
	return false;
}

const captionOpenings = OpeningGate.ofPattern(captionPrefix);
/** "PHOTO/Timothy Olobulu", "Foto/Reuters" closing a caption: the word for a photo, a slash, a name in capitals. */
const slashCredit = /(?:^|[\s.(|])(?:[Pp]hotos?|PHOTOS?|[Ff]otos?|FOTOS?|[Ii]mages?|IMAGES?|[Pp]ic|PIC)\s*\/\s*\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,4}\)?$/u;
/** The last colon or © of a line, when no more than a credit's length from its end. */
const creditMark = new RegExp(`[:©][^:©]{0,${maxCreditTail - 1}}$`);

const bylineOpenings = OpeningGate.ofPattern(bylinePattern);
const agencySet = new LowercaseSet(agencyNames);
/** Last words of a newsroom's signature: only lines ending so are tested against the whole pattern. */
const signatureEndings = new LowercaseSet(['bureau', 'service', 'desk', 'network', 'reporter', 'writer', 'correspondent']);

/** "By Press Association", "Reported by: ...": a short line naming who wrote the story. */
export function isBylineLine(line: string, words: number): boolean {
	if (words <= 10 && bylineOpenings.allows(line) && bylinePattern.test(line) && isByline(line)) {
		return true;
	}
	// "The Hindu Bureau", "Express News Service", "Web Desk": a newsroom signing for the story.
	if (words <= 6 && signatureEndings.has(line, line.lastIndexOf(' ') + 1, line.length) && newsroomSignature.test(line)) {
		return true;
	}
	// A news agency credited alone: "AFP", "Reuters.", "(With agency inputs)".
	if (words <= 4 && line.length <= 30) {
		let start = 0;
		let end = line.length;
		while (start < end && (line.charCodeAt(start) === 40 || line.charCodeAt(start) === 91)) {
			start++;
		}
		while (end > start && '.:)]'.includes(line.charAt(end - 1))) {
			end--;
		}
		if (agencySet.has(line, start, end)) {
			return true;
		}
	}
	// Arabic "كتب: ..." (written by), "بقلم ..." (by the pen of).
	return words <= 8 && (line.charCodeAt(0) === 0x643 || line.charCodeAt(0) === 0x628) && arabicByline.test(line);
}

function isByline(line: string): boolean {
	// "By Press Association" names someone; "By the end of the year ..." is prose.
	const rest = line.replace(/^[A-Za-z ]*?\bby\b\s*:?\s*|^(?:author|reporter|correspondent|par|por|von)\s*:?\s*/i, '');
	const first = rest.charAt(0);
	return first !== '' && first === first.toUpperCase() && first !== first.toLowerCase() && !/[.!?]$/.test(rest);
}

const dateTokens = new Set([
	'at', 'on', 'am', 'pm', 'a.m.', 'p.m.', 'ist', 'gmt', 'utc', 'et', 'edt', 'est', 'pt', 'bst', 'cet', 'hrs',
	'updated', 'published', 'posted', 'last', 'modified', 'first', 'date', 'dated', 'created', 'edited', 'released',
	'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
	'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'ago', 'min', 'mins', 'read', '|', '-', '–', '—', '/', '·',
	...otherLanguageDateTokens,
]);
const otherLanguageMonths = new Set(otherLanguageMonthNames);

export function isDateline(line: string): boolean {
	return isDateOnlyLine(line) || isDatelineWithName(line);
}

/** Words of a name in a live blog's entry line: capitalised, no digits, a few of them. */
const signedName = /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3}$/u;

/**
 * A dateline signed by its writer: "Monday 10 July 2023 23:30 , Alex Pattle" (a live blog's entry),
 * "Raka Dwi Novianto , Jurnalis-Selasa, 06 Juni 2023 |13:14 WIB". The name is on one side of the first
 * or the last comma, and the other side is a dateline on its own.
 */
function isDatelineWithName(line: string): boolean {
	// Prose ends with a stop, a signed dateline does not: most lines are ruled out by their last character.
	const end = line.charCodeAt(line.length - 1);
	if (line.length > 120 || end === 46 || end === 33 || end === 63 || !hasDigit(line)) {
		return false;
	}
	const last = line.lastIndexOf(',');
	if (last > 0 && signedName.test(trimWhitespace(line.slice(last + 1))) && isDateOnlyLine(trimWhitespace(line.slice(0, last)))) {
		return true;
	}
	const first = line.indexOf(',');
	if (first > 0 && signedName.test(trimWhitespace(line.slice(0, first))) && isDateOnlyLine(trimWhitespace(line.slice(first + 1)))) {
		return true;
	}
	// "Muhammad Irfan Published July 04, 2024 | 03:00 PM": the writer's name, then a dateline opening with
	// the word for published or updated.
	const lead = signedDatelineLead.exec(line);
	return lead !== null && lead.index > 0 && signedName.test(trimWhitespace(line.slice(0, lead.index)))
		&& isDateOnlyLine(line.slice(lead.index + 1));
}

const signedDatelineLead = /\s(?:Published|Updated|Posted|Publié|Publicado|Actualizado|Atualizado|Pubblicato|Aggiornato|Veröffentlicht|Aktualisiert)\b/u;

function hasDigit(line: string): boolean {
	for (let i = 0; i < line.length; i++) {
		if (isDigit(line.charCodeAt(i))) {
			return true;
		}
	}
	return false;
}

function isDateOnlyLine(line: string): boolean {
	if (relativeTime.test(line) || (otherLanguageDatelineLead.test(line) && yearWord.test(line) && !/[.!?]$/.test(line))) {
		return true;
	}
	if (/[.!?]$/.test(line) && !/\b[ap]\.m\.$/i.test(line)) {
		return false;
	}
	const dated = monthWord.test(line) || numericDate.test(line) || clockTime.test(line);
	if (!dated && !yearWord.test(line)) {
		return false;
	}
	// Mostly date and time tokens: a dateline, not a sentence that happens to mention a date. A month
	// named in another language ("3. Mai 2024, 10:12 Uhr") dates the line as an English one does.
	let other = 0;
	let otherLanguageMonth = false;
	for (const raw of line.toLowerCase().split(/[\s,|]+/)) {
		const token = raw.replace(/^[([]+|[)\]:.]+$/g, '');
		if (otherLanguageMonths.has(token)) {
			otherLanguageMonth = true;
			continue;
		}
		if (token === '' || dateTokens.has(token) || /^[\d:./-]+(?:st|nd|rd|th|am|pm|hrs|h)?$/.test(token) || monthWord.test(token)) {
			continue;
		}
		other++;
	}
	if (!dated && !otherLanguageMonth) {
		return false;
	}
	return other <= (datelineLead.test(line) ? 3 : 1);
}

