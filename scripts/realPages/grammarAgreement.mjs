// How often the editor's heading colour (the TextMate grammar, syntaxes/seed.tmLanguage.json) agrees with
// the Outline (the parser's title and headings) on the lines of real pages. The grammar sees one line at
// a time and the parser the whole page, so they can differ; this measures by how much.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repo } from './corpus.mjs';

const require = createRequire(import.meta.url);

async function loadGrammar() {
	const oniguruma = require('vscode-oniguruma');
	const textmate = require('vscode-textmate');
	const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
	await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
	const registry = new textmate.Registry({
		onigLib: Promise.resolve({
			createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
			createOnigString: s => new oniguruma.OnigString(s),
		}),
		loadGrammar: async () => textmate.parseRawGrammar(fs.readFileSync(path.join(repo, 'syntaxes/seed.tmLanguage.json'), 'utf8'), 'seed.tmLanguage.json'),
	});
	return { grammar: await registry.loadGrammar('text.seed'), INITIAL: textmate.INITIAL };
}

/**
 * Agreement over the non-blank lines of `texts`: a line is a heading for the grammar when most of its
 * characters carry a markup.heading scope, and for the Outline when its block is the title or a heading.
 * @param {string[]} texts
 * @param {(text: string) => { blocks: readonly { line: number, kind: string }[] }} parse
 */
export async function grammarAgreement(texts, parse) {
	const { grammar, INITIAL } = await loadGrammar();
	let agree = 0;
	let lines = 0;
	let outlineOnly = 0;
	let grammarOnly = 0;
	for (const text of texts) {
		const outline = new Map();
		for (const block of parse(text).blocks) {
			outline.set(block.line, (outline.get(block.line) ?? false) || block.kind === 'title' || block.kind === 'heading');
		}
		let state = INITIAL;
		text.split('\n').forEach((raw, index) => {
			const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
			const result = grammar.tokenizeLine(line, state);
			state = result.ruleStack;
			if (!outline.has(index)) {
				return;
			}
			let headingChars = 0;
			let textChars = 0;
			for (const token of result.tokens) {
				const width = line.slice(token.startIndex, token.endIndex).trim().length;
				if (token.scopes.some(s => s.startsWith('keyword.other.header') || s.startsWith('constant.numeric.date.header'))) {
					continue;
				}
				textChars += width;
				if (token.scopes.some(s => s.startsWith('markup.heading'))) {
					headingChars += width;
				}
			}
			const byGrammar = textChars > 0 && headingChars * 2 > textChars;
			const byOutline = outline.get(index);
			lines++;
			if (byGrammar === byOutline) {
				agree++;
			} else if (byOutline) {
				outlineOnly++;
			} else {
				grammarOnly++;
			}
		});
	}
	return { lines, agree, outlineOnly, grammarOnly };
}
