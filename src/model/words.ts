import { isWhitespace } from './whitespace';

/** Words in `text`: runs of characters between white space (`whitespace.ts`). */
export function countWords(text: string): number {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (isWhitespace(c)) {
			inWord = false;
		} else if (!inWord) {
			inWord = true;
			words++;
		}
	}
	return words;
}
