/**
 * The first two characters that matching lines can start with: from a word list, or read from an
 * anchored pattern's top-level alternatives (`^(?:read\s*:|also read|...)` gives "re", "al", ...). A
 * line whose first two characters are not among them cannot match, so the pattern or lookup need not
 * run; the classifier asks several of them about most short lines. Comparison is ASCII
 * case-insensitive. Lines that start with other characters always pass, and so does every line when
 * the openings cannot be read.
 */
export class OpeningGate {
	/** Allowed (first, second) pairs, indexed `first * 128 + second`; undefined lets every line through. */
	readonly #pairs: Uint8Array | undefined;

	private constructor(openings: readonly string[] | undefined) {
		this.#pairs = openings && pairsOf(openings);
	}

	/** The gate of a pattern shaped `^(?:a|b|c)...`; any other shape lets every line through. */
	public static ofPattern(pattern: RegExp): OpeningGate {
		return new OpeningGate(topLevelAlternatives(pattern.source)?.map(literalOpening));
	}

	/** The gate of lines that start with one of `words` (compared lower-cased). */
	public static ofWords(words: Iterable<string>): OpeningGate {
		return new OpeningGate([...words]);
	}

	public allows(line: string): boolean {
		const pairs = this.#pairs;
		if (!pairs || line.length < 2) {
			return true;
		}
		const first = line.charCodeAt(0);
		const second = line.charCodeAt(1);
		return first >= 128 || second >= 128 || pairs[lower(first) * 128 + lower(second)] === 1;
	}
}

function lower(c: number): number {
	return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Pairs allowed by lines starting with any of `openings`; undefined if one of them is empty. */
function pairsOf(openings: readonly string[]): Uint8Array | undefined {
	const pairs = new Uint8Array(128 * 128);
	for (const opening of openings) {
		if (opening.length === 0) {
			return undefined;
		}
		const first = opening.charCodeAt(0);
		if (first >= 128) {
			continue; // such lines always pass
		}
		if (opening.length === 1) {
			for (let second = 0; second < 128; second++) {
				pairs[lower(first) * 128 + second] = 1;
			}
		} else if (opening.charCodeAt(1) < 128) {
			pairs[lower(first) * 128 + lower(opening.charCodeAt(1))] = 1;
		}
	}
	return pairs;
}

/** The alternatives of a pattern shaped `^(?:a|b|c)...`, or undefined for any other shape. */
function topLevelAlternatives(source: string): string[] | undefined {
	if (!source.startsWith('^(?:')) {
		return undefined;
	}
	const alternatives: string[] = [];
	let depth = 0;
	let inClass = false;
	let start = 4;
	for (let i = 4; i < source.length; i++) {
		const c = source[i];
		if (c === '\\') {
			i++;
		} else if (inClass) {
			inClass = c !== ']';
		} else if (c === '[') {
			inClass = true;
		} else if (c === '(') {
			depth++;
		} else if (c === ')' && depth > 0) {
			depth--;
		} else if (c === '|' && depth === 0) {
			alternatives.push(source.slice(start, i));
			start = i + 1;
		} else if (c === ')') {
			alternatives.push(source.slice(start, i));
			return alternatives;
		}
	}
	return undefined;
}

/** The characters an alternative must start with: plain characters not made optional or repeatable. */
function literalOpening(alternative: string): string {
	let end = 0;
	while (end < alternative.length && isPlain(alternative.charCodeAt(end)) && !isQuantifier(alternative.charCodeAt(end + 1))) {
		end++;
	}
	return alternative.slice(0, end);
}

/** Letters, digits, space, apostrophe, hyphen, and any non-ASCII character: literal in a pattern's source. */
function isPlain(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 32 || c === 39 || c === 45 || c >= 128;
}

function isQuantifier(c: number): boolean {
	return c === 63 /* ? */ || c === 42 /* * */ || c === 43 /* + */ || c === 123 /* { */;
}
