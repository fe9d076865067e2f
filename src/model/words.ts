/** Words in `text`: runs of characters between spaces, tabs, no-break and ideographic spaces. */
export function countWords(text: string): number {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const space = c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
		if (space) {
			inWord = false;
		} else if (!inWord) {
			inWord = true;
			words++;
		}
	}
	return words;
}
