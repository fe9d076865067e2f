import { placeDateline, sectionLabels } from './patterns';
import { opensStory } from './relatedStories';
import { markSiteTitles } from './siteTitle';
import { countWords } from './words';
import {
	boilerplate, byline, caption, dateline, heading, listItem, paragraph, quote, short, subtitle, title, type SourceLines,
} from './sourceLines';

function isFurniture(kind: number): boolean {
	return kind === boilerplate || kind === caption || kind === byline || kind === dateline;
}

/** Whether lines `a` and `b` have the same text, compared in place (letters in any case when `anyCase`). */
function sameText(lines: SourceLines, a: number, b: number, anyCase = false): boolean {
	const length = lines.end[a] - lines.start[a];
	if (length !== lines.end[b] - lines.start[b]) {
		return false;
	}
	const { source } = lines;
	const offset = lines.start[b] - lines.start[a];
	for (let i = lines.start[a]; i < lines.end[a]; i++) {
		if (source.charCodeAt(i) !== source.charCodeAt(i + offset)
			&& !(anyCase && source.charAt(i).toLowerCase() === source.charAt(i + offset).toLowerCase())) {
			return false;
		}
	}
	return true;
}

/**
 * Turns standalone line classes into block kinds by looking at neighbours: title, subtitle, headings.
 * Every `short` line becomes a heading, a list item or a paragraph.
 */
export function decideKinds(lines: SourceLines): void {
	const { kind, marker, source } = lines;
	const count = lines.count;

	// A caption is often repeated on two lines in a row; headings never are. A paragraph printed twice is
	// prose once: the second copy is noise.
	for (let i = 1; i < count; i++) {
		if (kind[i] !== boilerplate && lines.end[i] - lines.start[i] < 300 && sameText(lines, i, i - 1)) {
			if (kind[i] === paragraph) {
				kind[i] = boilerplate;
			} else {
				kind[i] = caption;
				kind[i - 1] = caption;
			}
		}
	}

	markSiteTitles(lines);
	const titleIndex = findTitle(lines);
	if (titleIndex >= 0) {
		kind[titleIndex] = title;
		// The headline printed again further down (beside its photo, in a share box, in sentence case as the
		// photo's caption: "Tokyo's Nikkei index closes up 2%") is noise.
		for (let i = titleIndex + 1; i < count; i++) {
			if (sameText(lines, i, titleIndex, true)) {
				kind[i] = boilerplate;
			}
		}
		const sub = titleIndex + 1;
		if (sub < count && isSubtitle(lines, sub)) {
			kind[sub] = subtitle;
		}
		// Between the headline and the story, a one-word line is a section label ("Tech"); two words
		// can already be a real section heading ("برنامج المعرض", "Road Conditions").
		for (let i = titleIndex + 1; i < count && kind[i] !== paragraph && kind[i] !== quote && kind[i] !== listItem; i++) {
			if (kind[i] === short && !marker.has(i) && lines.words[i] <= 1) {
				kind[i] = boilerplate;
			}
		}
	}

	for (let i = 0; i < count; i++) {
		if (kind[i] !== short) {
			continue;
		}
		const next = nextContent(lines, i + 1);
		const numbered = marker.has(i);
		let isHeading = false;
		if (next >= 0) {
			const nextKind = kind[next];
			if (nextKind === paragraph || nextKind === quote || nextKind === listItem) {
				isHeading = true;
			} else if (nextKind === short && !numbered) {
				// "Best foods to eat:" followed by "1. Eggs": an introducing heading.
				isHeading = marker.has(next) || source.charCodeAt(lines.end[i] - 1) === 58 /* : */;
			}
		}
		if (isHeading && next >= 0 && breaksMidSentence(lines, i, next)) {
			isHeading = false;
		}
		kind[i] = isHeading ? heading : numbered ? listItem : paragraph;
	}
	markHeadlineLists(lines);
}

/** What a table's row has and a headline seldom does: brackets, bars, currency signs, tabs. */
const tableRowMarks = /[[\]|\t£$€¥₹]/;

/** Lines in a row it takes to be a list of other stories' headlines rather than the story's prose. */
const minHeadlineRun = 3;

/** Words a headline line never ends with: a line that does is prose broken where the page wrapped it. */
const trailingFunctionWords = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'or', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'that', 'is', 'was', 'de', 'la', 'le', 'el', 'der', 'die', 'und', 'il', 'di', 'e', 'y']);

/**
 * Whether line `i`, a paragraph by the rules, reads as another story's headline in a list of them: 6 to
 * 30 words, a capital first, no closing stop (a "..." teaser counts as none), no function word last.
 */
function isHeadlineShaped(lines: SourceLines, i: number): boolean {
	const { source } = lines;
	const start = lines.start[i];
	const end = lines.end[i];
	// Cheapest first: most paragraphs end their sentences, and this runs on every one. A "..." teaser
	// ends with full stops and no sentence.
	if (lines.kind[i] !== paragraph || end - start > 240
		|| (endsSentence(lines, i) && !(source.charCodeAt(end - 2) === 46 && source.charCodeAt(end - 3) === 46))) {
		return false;
	}
	const first = source.charAt(start);
	if (lines.marker.has(i) || first === first.toLowerCase()) {
		return false;
	}
	const text = source.slice(start, end);
	const words = countWords(text);
	// A table's row ("Granit Xhaka [Arsenal – Bayer Leverkusen] £21.4m") has brackets, bars or money.
	if (words < 6 || words > 30 || tableRowMarks.test(text)) {
		return false;
	}
	const lastWord = text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
	return !trailingFunctionWords.has(lastWord);
}

/**
 * A list of other stories' headlines ("Information minister says ...", "Bushra Bibi secures bail ...")
 * printed after the story, one a line: three or more headline-shaped paragraphs in a row, after some
 * prose that ends its sentences. Page noise, like a "Read: ..." link.
 */
function markHeadlineLists(lines: SourceLines): void {
	const { kind, count } = lines;
	let sawProse = false;
	for (let i = 0; i < count; i++) {
		if (!sawProse) {
			sawProse = kind[i] === paragraph && endsSentence(lines, i);
			continue;
		}
		if (!isHeadlineShaped(lines, i)) {
			continue;
		}
		let end = i + 1;
		while (end < count && isHeadlineShaped(lines, end)) {
			end++;
		}
		if (end - i >= minHeadlineRun) {
			for (let j = i; j < end; j++) {
				kind[j] = boilerplate;
			}
		}
		i = end - 1;
	}
}

/** Index of the next line that is not page furniture, or -1. */
function nextContent(lines: SourceLines, from: number): number {
	const { kind } = lines;
	for (let i = from; i < lines.count; i++) {
		if (!isFurniture(kind[i])) {
			return i;
		}
	}
	return -1;
}

/**
 * The title is the first heading-shaped line before any prose. One- or two-word lines just before
 * another heading-shaped line are site or section labels ("News", "Cinema"), not the title, and so is
 * a section's name first on the page ("World") whatever follows it (a teaser, a dateline).
 */
function findTitle(lines: SourceLines): number {
	const { kind, marker, words } = lines;
	let labels = 0;
	let teasers = 0;
	for (let i = 0; i < Math.min(lines.count, 16); i++) {
		if (isFurniture(kind[i])) {
			continue;
		}
		const next = nextContent(lines, i + 1);
		if (kind[i] !== short || marker.has(i)) {
			if (isLongHeadline(lines, i) || isHeadlineBeforeStory(lines, i, next)) {
				return i;
			}
			// A teaser for another story, with its own dateline, before the headline: "WASHINGTON, April 1
			// (Reuters) - Earlier: Senators weigh new aid package" (see isTeaser).
			if (teasers === 0 && next >= 0 && kind[i] === paragraph && kind[next] === short && !marker.has(next) && isTeaser(lines, i, next)) {
				kind[i] = dateline;
				teasers++;
				continue;
			}
			return -1;
		}
		if (next < 0) {
			return -1;
		}
		// A place in capitals alone on its line, then the story: "CHENNAI" is the dateline, not the title.
		if (words[i] <= 2 && kind[next] === paragraph && isAllCapitals(lines, i)) {
			kind[i] = dateline;
			continue;
		}
		if (words[i] <= 2 && labels < 2 && ((kind[next] === short && !marker.has(next)) || isLongHeadline(lines, next)
			|| (labels === 0 && sectionLabels.has(lines.source, lines.start[i], lines.end[i])))) {
			kind[i] = boilerplate;
			labels++;
			continue;
		}
		return breaksMidSentence(lines, i, next) ? -1 : i;
	}
	return -1;
}

/** Titles that stand before a name: a line ending with one was cut where the page wrapped it. */
const titlesBeforeNames = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'gov', 'rep', 'gen', 'lt', 'col', 'sgt', 'capt', 'hon', 'sir']);

/**
 * Line `i` is prose broken where the page wrapped it, not a line of its own: the next line goes on in
 * lower case ("... was struck following weeks of speculation" / "about who the ANC would ..."), or
 * it ends with a title that stands before a name ("... combines Mr" / "Ramaphosa's ANC ...").
 */
function breaksMidSentence(lines: SourceLines, i: number, next: number): boolean {
	const { source } = lines;
	// Wrapped prose goes on on the very next line, with a word all in lower case ("about", not "iPhone").
	const opening = source.charCodeAt(lines.start[next]);
	if (lines.line[next] === lines.line[i] + 1 && lines.kind[next] !== listItem && !(opening >= 65 && opening <= 90)) {
		let wordEnd = lines.start[next];
		while (wordEnd < lines.end[next] && source.charCodeAt(wordEnd) !== 32) {
			wordEnd++;
		}
		const word = source.slice(lines.start[next], wordEnd);
		if (word !== word.toUpperCase() && word === word.toLowerCase() && !/\d/.test(word)) {
			return true;
		}
	}
	const end = lines.end[i];
	let wordStart = end;
	while (wordStart > lines.start[i] && end - wordStart <= 4 && source.charCodeAt(wordStart - 1) !== 32) {
		wordStart--;
	}
	// The titles are four letters at most, so longer last words are not copied to look them up.
	return wordStart > lines.start[i] && end - wordStart <= 4 && titlesBeforeNames.has(source.slice(wordStart, end).toLowerCase());
}


/** . ! ? " ” ) end a sentence: a lede ends so, a headline does not. */
function endsSentence(lines: SourceLines, i: number): boolean {
	const last = lines.source.charCodeAt(lines.end[i] - 1);
	return last === 46 || last === 33 || last === 63 || last === 34 || last === 0x201d || last === 41;
}

/** Most words a headline written as a sentence has ("More than 3,000 people evacuated in Tenerife ..."). */
const maxLongHeadlineWords = 25;

/**
 * A headline in sentence case, too long for a heading ("Más de 3.000 personas evacuadas en Tenerife por un
 * incendio forestal"): no final stop, and the byline or dateline right after it, or after its deck.
 */
function isLongHeadline(lines: SourceLines, i: number): boolean {
	const { kind, marker } = lines;
	if (kind[i] !== paragraph || marker.has(i) || endsSentence(lines, i) || countWords(lines.source.slice(lines.start[i], lines.end[i])) > maxLongHeadlineWords) {
		return false;
	}
	const credit = (k: number) => k < lines.count && (kind[k] === byline || kind[k] === dateline);
	return credit(i + 1) || (kind[i + 1] === paragraph && !marker.has(i + 1) && !endsSentence(lines, i + 1) && credit(i + 2));
}

/** Letters on line `i`, and none of them lower-case. */
function isAllCapitals(lines: SourceLines, i: number): boolean {
	const text = lines.source.slice(lines.start[i], lines.end[i]);
	return text !== text.toLowerCase() && text === text.toUpperCase();
}

/**
 * A headline in sentence case on the page's first content line, with no final stop, and the story right
 * after it ("Amid rumours, actor finds 'new companion'", then a paragraph that ends its sentences).
 */
function isHeadlineBeforeStory(lines: SourceLines, i: number, next: number): boolean {
	const { kind, marker } = lines;
	// The headline printed twice (once more beside its photo) is still followed by its story.
	while (next >= 0 && sameText(lines, i, next)) {
		next = nextContent(lines, next + 1);
	}
	if (kind[i] !== paragraph || marker.has(i) || next < 0 || lines.end[i] - lines.start[i] > 250 || breaksMidSentence(lines, i, next)) {
		return false;
	}
	const words = countWords(lines.source.slice(lines.start[i], lines.end[i]));
	if (words < 3 || words > maxLongHeadlineWords) {
		return false;
	}
	// A question or an exclamation can be a headline; a full stop ends a lede.
	const last = lines.source.charCodeAt(lines.end[i] - 1);
	if (endsSentence(lines, i) && !((last === 63 || last === 33) && words <= 20)) {
		return false;
	}
	return (kind[next] === paragraph || kind[next] === quote) && (endsSentence(lines, next) || lines.end[next] - lines.start[next] >= 150);
}

/**
 * A teaser opens with its own dateline. Without a full stop it is one (a lede ends with one); with one, only
 * when the line after it (the headline) opens a story of its own: a byline, a dateline, a datelined paragraph.
 */
function isTeaser(lines: SourceLines, i: number, headline: number): boolean {
	if (endsSentence(lines, i) && !opensStory(lines, headline + 1)) {
		return false;
	}
	return placeDateline.test(lines.source.slice(lines.start[i], Math.min(lines.end[i], lines.start[i] + 120)));
}

function isSubtitle(lines: SourceLines, i: number): boolean {
	const { kind, marker, words } = lines;
	if (kind[i] === short && !marker.has(i)) {
		// A deck without final punctuation is longer than a section heading usually is.
		return words[i] >= 6 && nextContent(lines, i + 1) >= 0;
	}
	const followedByFurniture = i + 1 < lines.count && (kind[i + 1] === byline || kind[i + 1] === dateline);
	return kind[i] === paragraph && followedByFurniture && countWords(lines.source.slice(lines.start[i], lines.end[i])) <= 45;
}
