#!/usr/bin/env node
// Prints a corpus page with its line numbers and gold kinds, for annotating and checking by hand.
// usage: node scripts/realPages/showPage.mjs ID            every line: "n [kind] text"
//        node scripts/realPages/showPage.mjs ID --find S   UTF-16 offsets of S in the text (single-line pages)
import { headerTextStart, pageLines, readGold, readPage } from './corpus.mjs';

const [id, flag, needle] = process.argv.slice(2);
const gold = readGold(id);
const text = readPage(gold);
if (text === undefined) {
	console.error(`page ${id} is not in the pages folder`);
	process.exit(2);
}
if (flag === '--find') {
	let at = text.indexOf(needle);
	while (at >= 0) {
		console.log(at);
		at = text.indexOf(needle, at + 1);
	}
} else if (gold.singleLine) {
	const segments = gold.segments ?? [];
	segments.forEach(([start, kind], i) => {
		const end = i + 1 < segments.length ? segments[i + 1][0] : text.length;
		console.log(`@${start} [${kind}] ${text.slice(start, end)}`);
	});
} else {
	pageLines(text).forEach((line, index) => {
		const content = index === 0 ? line.slice(headerTextStart(line)) : line;
		if (content.trim() !== '') {
			console.log(`${index} [${gold.lines[index] ?? 'MISSING'}] ${content}`);
		}
	});
}
