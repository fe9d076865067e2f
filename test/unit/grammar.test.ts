import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { readSeed, realSeedName, repoRoot } from './helpers';

/** Tokenises with the same engine VS Code uses (vscode-textmate over Oniguruma). */
async function loadGrammar(): Promise<textmate.IGrammar> {
	const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
	await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
	const registry = new textmate.Registry({
		onigLib: Promise.resolve({
			createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
			createOnigString: (s: string) => new oniguruma.OnigString(s),
		}),
		loadGrammar: async () => textmate.parseRawGrammar(fs.readFileSync(path.join(repoRoot, 'syntaxes/seed.tmLanguage.json'), 'utf8'), 'seed.tmLanguage.json'),
	});
	const grammar = await registry.loadGrammar('text.seed');
	assert.ok(grammar);
	return grammar;
}

/** Each token of each line as "text => innermost scope". */
function tokenize(grammar: textmate.IGrammar, text: string): { text: string; scopes: string[] }[][] {
	let state = textmate.INITIAL;
	return text.split(/\r?\n/).map(line => {
		const result = grammar.tokenizeLine(line, state);
		state = result.ruleStack;
		return result.tokens.map(t => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
	});
}

function scopeOf(lines: ReturnType<typeof tokenize>, text: string): string[] {
	for (const line of lines) {
		const token = line.find(t => t.text === text);
		if (token) {
			return token.scopes;
		}
	}
	assert.fail(`no token "${text}" in ${JSON.stringify(lines.map(l => l.map(t => t.text)))}`);
}

suite('TextMate grammar (vscode-textmate)', () => {
	let grammar: textmate.IGrammar;
	suiteSetup(async () => {
		grammar = await loadGrammar();
	});

	test('real seed: header date, headings, figures', () => {
		const lines = tokenize(grammar, readSeed(realSeedName));
		assert.ok(scopeOf(lines, 'date').includes('keyword.other.header.seed'));
		assert.ok(scopeOf(lines, '2024-03-26').includes('constant.numeric.date.header.seed'));
		for (const heading of ['Strategic Dialogue Amidst Crisis', 'Humanitarian Concerns and Political Discord', 'Forging a Path to Peace']) {
			assert.ok(scopeOf(lines, heading).includes('markup.heading.seed'), heading);
		}
		assert.ok(scopeOf(lines, '32,000').includes('constant.numeric.seed'));
	});

	test('prose lines are not headings', () => {
		const lines = tokenize(grammar, readSeed(realSeedName));
		for (const token of lines[4]) {
			assert.ok(!token.scopes.includes('markup.heading.seed'), token.text);
		}
	});

	test('a line ending with a Devanagari danda or another script\'s full stop is prose, not a heading', () => {
		const lines = tokenize(grammar, 'नई दिल्ली: चुनाव आयोग ने बताया कि पहले चरण में मतदान हुआ।\nمیں نے کہا۔\n他说了。\nमुख्य बातें');
		for (const line of lines.slice(0, 3)) {
			assert.ok(line.every(t => !t.scopes.includes('markup.heading.seed')), line.map(t => t.text).join(''));
		}
		assert.ok(lines[3].some(t => t.scopes.includes('markup.heading.seed')), 'a short Hindi line without a stop is still a heading');
	});

	test('quotes, money, percentages, dates, URLs', () => {
		const lines = tokenize(grammar, 'It cost $14 billion, up 40% since June 21, 2024. “We are ready,” she said. See https://example.org/a.');
		assert.ok(scopeOf(lines, '$14 billion').includes('constant.numeric.seed'));
		assert.ok(scopeOf(lines, '40%').includes('constant.numeric.seed'));
		assert.ok(scopeOf(lines, 'June 21, 2024').includes('constant.other.date.seed'));
		assert.ok(lines[0].some(t => t.text.includes('We are ready') && t.scopes.includes('string.quoted.double.seed')));
		assert.ok(scopeOf(lines, 'https://example.org/a').includes('markup.underline.link.seed'));
	});

	test('noise, captions, bylines and list markers', () => {
		const lines = tokenize(grammar, 'Advertisment\nFacebook Instagram Twitter Youtube\n(Photo: NASA)\n- THE HINDU ARCHIVES\nBy Press Association\n- sugary drinks\nRead: Another story here');
		assert.ok(scopeOf(lines, 'Advertisment').includes('comment.line.boilerplate.seed'));
		assert.ok(scopeOf(lines, 'Facebook Instagram Twitter Youtube').includes('comment.line.boilerplate.seed'));
		assert.ok(scopeOf(lines, '(Photo: NASA)').includes('comment.line.caption.seed'));
		assert.ok(scopeOf(lines, '- THE HINDU ARCHIVES').includes('comment.line.caption.seed'));
		assert.ok(scopeOf(lines, 'By Press Association').includes('markup.italic.byline.seed'));
		assert.ok(scopeOf(lines, '-').includes('markup.list.seed'));
		assert.ok(scopeOf(lines, 'Read: Another story here').includes('comment.line.boilerplate.seed'));
		const related = tokenize(grammar, 'Related: How Chicago became the fastest course in the world');
		assert.ok(scopeOf(related, 'Related: How Chicago became the fastest course in the world').includes('comment.line.boilerplate.seed'));
	});

	test('a dateline teaser, a table row, a deck, and bylines and datelines in other languages are not headings; ¿Qué ...? is one', () => {
		const lines = tokenize(grammar, [
			'WASHINGTON, April 1 (Reuters) - Earlier: Senators weigh new aid package',
			'Country Trucks Monday Trucks Tuesday Change Gaza 200 250 +25% Rafah 120 90',
			'Par Claire Dubois',
			'Publié le 3 mai 2024 à 10h12',
			'¿Qué Se Sabe Del Origen Del Fuego?',
			'Top 10 Foods for 2024',
			'Negotiators say a vote could come as early as Thursday, but key Republicans remain opposed',
			'Best foods to eat when trying to lose weight:',
		].join('\n'));
		const isHeading = (line: number) => lines[line].some(t => t.scopes.includes('markup.heading.seed'));
		assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7].map(isHeading), [false, false, false, false, true, true, false, true]);
		assert.ok(scopeOf(lines, 'Par Claire Dubois').includes('markup.italic.byline.seed'));
		assert.ok(lines[3].some(t => t.scopes.includes('markup.italic.dateline.seed')));
	});

	test('every sample seed tokenises, including RTL, Hindi and BOM', () => {
		for (const file of fs.readdirSync(path.join(repoRoot, 'seeds')).filter(f => f.endsWith('.txt'))) {
			const lines = tokenize(grammar, readSeed(file));
			assert.ok(lines.length > 0, file);
		}
		const bom = tokenize(grammar, readSeed('012_bom.txt'));
		assert.ok(scopeOf(bom, '2024-08-14').includes('constant.numeric.date.header.seed'));
	});
});
