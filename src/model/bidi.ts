/**
 * Bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069), the "Trojan
 * Source" characters: in a page's text they can make what a reader sees differ from what is there. The
 * preview body marks them visibly; every other place that shows document text (tooltips, hover cards,
 * page titles, the timeline, the terminal) writes them as their code instead, with this.
 */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

export function hasBidiControl(text: string): boolean {
	bidiControls.lastIndex = 0;
	const found = bidiControls.test(text);
	bidiControls.lastIndex = 0;
	return found;
}

/** The control's name as a reader sees it: "U+202E". */
export function bidiControlName(control: string): string {
	return `U+${control.charCodeAt(0).toString(16).toUpperCase()}`;
}

/** `text` with each bidi control written as its code ("U+202E"), so it acts on nothing around it. */
export function neutralizeBidi(text: string): string {
	return hasBidiControl(text) ? text.replace(bidiControls, bidiControlName) : text;
}

/** Each bidi control in `text` with its offset, in order. */
export function bidiControlsIn(text: string): IterableIterator<RegExpMatchArray> {
	return text.matchAll(bidiControls);
}
