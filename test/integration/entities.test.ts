import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openRealSeed, openSampleSeed } from './helpers';

/** Position of the `nth` (0-based) whole-word occurrence of `word`, one character into it. */
function positionOf(doc: vscode.TextDocument, word: string, nth = 0): vscode.Position {
	const text = doc.getText();
	const re = new RegExp(`(?<![A-Za-z])${word}(?![A-Za-z])`, 'g');
	let m: RegExpExecArray | null = null;
	for (let i = 0; i <= nth; i++) {
		m = re.exec(text);
		assert.ok(m, `occurrence ${nth} of "${word}" not in the seed`);
	}
	return doc.positionAt(m!.index + 1);
}

function hoverText(hovers: vscode.Hover[]): string {
	return hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
}

/** The hovers two characters into the first occurrence of `phrase`. */
async function hoversAt(doc: vscode.TextDocument, phrase: string): Promise<vscode.Hover[]> {
	const at = doc.positionAt(doc.getText().indexOf(phrase) + 2);
	return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
}

function count(text: string, word: string): number {
	return (text.match(new RegExp(`(?<![A-Za-z])${word}(?![A-Za-z])`, 'g')) ?? []).length;
}

suite('Entities', () => {
	let doc: vscode.TextDocument;

	suiteSetup(async () => {
		await activateExtension();
		doc = await openRealSeed();
		await vscode.window.showTextDocument(doc);
	});

	suiteTeardown(closeAllEditors);

	test('hover on "Austin" says Lloyd Austin, person, Defense Secretary', async () => {
		// "Austin urged the Israeli defense establishment ..."
		const at = doc.positionAt(doc.getText().indexOf('Austin urged') + 2);
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
		const text = hoverText(hovers);
		assert.match(text, /\*\*Lloyd Austin\*\* · person · Defense Secretary/);
		assert.match(text, /Also written: Austin/);
		assert.match(text, new RegExp(`${count(doc.getText(), 'Austin')} mentions`));
		const hover = hovers.find(h => hoverText([h]).includes('Lloyd Austin'))!;
		assert.ok(hover.range, 'the hover has the mention range');
		assert.strictEqual(doc.getText(hover.range), 'Austin');
		const markdown = hover.contents.find(c => typeof c !== 'string' && 'isTrusted' in c) as vscode.MarkdownString | undefined;
		if (markdown) {
			assert.ok(!markdown.isTrusted, 'the entity hover is not trusted');
		}
	});

	test('hover on the date header spells the date out', async () => {
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 8));
		assert.match(hoverText(hovers), /Tuesday, 26 March 2024\*\* · .*ago/);
	});

	test('no hover card on a heading word', async () => {
		const at = doc.positionAt(doc.getText().indexOf('Strategic Dialogue') + 3);
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
		assert.ok(!hoverText(hovers).includes(' · person'), hoverText(hovers));
	});

	test('Go to Definition on "Gallant" goes to the first full mention, "Yoav Gallant"', async () => {
		const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'Gallant', 2));
		assert.strictEqual(locations.length, 1);
		const loc = locations[0];
		const range = 'targetRange' in loc ? loc.targetRange : loc.range;
		assert.strictEqual(doc.getText(range), 'Yoav Gallant');
	});

	test('Find All References on "US" lists every United States mention, aliases included', async () => {
		const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'US'));
		const texts = refs.map(r => doc.getText(r.range)).sort();
		assert.deepStrictEqual(texts, ['US', 'US', 'US', 'United States'].sort());
	});

	test('document highlights on "Pentagon" mark every Pentagon mention', async () => {
		const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, positionOf(doc, 'Pentagon', 1));
		assert.strictEqual(highlights.length, count(doc.getText(), 'Pentagon'));
		assert.ok(highlights.every(h => doc.getText(h.range) === 'Pentagon'));
		assert.strictEqual(highlights.filter(h => h.kind === vscode.DocumentHighlightKind.Write).length, 1);
	});

	test('semantic tokens colour the people, places and organisations', async () => {
		const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
		const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
		assert.ok(legend && tokens, 'semantic tokens provided');
		const found = new Map<string, string>();
		let line = 0;
		let char = 0;
		for (let i = 0; i < tokens.data.length; i += 5) {
			line += tokens.data[i];
			char = tokens.data[i] ? tokens.data[i + 1] : char + tokens.data[i + 1];
			const range = new vscode.Range(line, char, line, char + tokens.data[i + 2]);
			found.set(doc.getText(range), legend.tokenTypes[tokens.data[i + 3]]);
		}
		assert.strictEqual(found.get('Lloyd Austin'), 'person');
		assert.strictEqual(found.get('Austin'), 'person');
		assert.strictEqual(found.get('Gaza'), 'place');
		assert.strictEqual(found.get('Pentagon'), 'organization');
		assert.strictEqual(found.get('Palestinians'), 'group');
		assert.ok(!found.has('Strategic Dialogue Amidst Crisis'));
	});

	test('a page in Italian: its Title Case ("Domus Aurea di Nerone") is no person, the mayor it names is one', async () => {
		const italian = await openSampleSeed('009_italian.txt');
		const hovers = await hoversAt(italian, 'Domus Aurea di Nerone');
		assert.ok(!/ · person/.test(hoverText(hovers)), hoverText(hovers));
		assert.match(hoverText(await hoversAt(italian, 'Gualtieri.')), /\*\*Roberto Gualtieri\*\* · person · sindaco/);
		const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', italian.uri);
		const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', italian.uri);
		assert.ok(legend && tokens, 'semantic tokens provided');
		const people: string[] = [];
		let line = 0;
		let char = 0;
		for (let i = 0; i < tokens.data.length; i += 5) {
			line += tokens.data[i];
			char = tokens.data[i] ? tokens.data[i + 1] : char + tokens.data[i + 1];
			if (legend.tokenTypes[tokens.data[i + 3]] === 'person') {
				people.push(italian.getText(new vscode.Range(line, char, line, char + tokens.data[i + 2])));
			}
		}
		assert.deepStrictEqual(people, ['Roberto Gualtieri']);
	});

	test('hover on a state name says place; hover on a surname gives the role written after the full name', async () => {
		const seed = await openSampleSeed('023_monsoon_districts.txt');
		const state = hoverText(await hoversAt(seed, 'Telangana, Karnataka and'));
		assert.match(state, /\*\*Telangana\*\* · place/);
		assert.doesNotMatch(state, / · person/);
		const surname = hoverText(await hoversAt(seed, 'Rao said on Thursday'));
		assert.match(surname, /\*\*Asha Rao\*\* · person · deputy commissioner of Mysuru/);
		assert.match(surname, /Also written: .*Rao/);
	});

	test('a surname misspelled once ("Galant") is the same person: the hover card and Go to Definition say Yoav Gallant', async () => {
		const seed = await openSampleSeed('019_gallant_washington.txt');
		const at = seed.positionAt(seed.getText().indexOf('Galant would') + 2);
		const hovers = await hoversAt(seed, 'Galant would');
		assert.match(hoverText(hovers), /\*\*Yoav Gallant\*\* · person · Israeli Defense Minister/);
		assert.match(hoverText(hovers), /Also written: .*Galant/);
		const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', seed.uri, at);
		const first = locations[0];
		assert.strictEqual(seed.getText('targetRange' in first ? first.targetRange : first.range), 'Yoav Gallant');
	});
});
