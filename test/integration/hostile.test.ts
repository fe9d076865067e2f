import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, nextEvent } from './helpers';

let documentCount = 0;

/**
 * A fresh untitled seed with its own name: `openTextDocument({ content })` may hand back a reused
 * "Untitled-N" name whose old model the workbench still holds, which would test the wrong text.
 */
async function seedDocument(content: string): Promise<vscode.TextDocument> {
	const uri = vscode.Uri.from({ scheme: 'untitled', path: `/hostile-${Date.now()}-${++documentCount}.seed` });
	const doc = await vscode.workspace.openTextDocument(uri);
	const edit = new vscode.WorkspaceEdit();
	edit.insert(uri, new vscode.Position(0, 0), content);
	assert.ok(await vscode.workspace.applyEdit(edit), 'could not fill the untitled seed');
	const seed = doc.languageId === 'seed' ? doc : await vscode.languages.setTextDocumentLanguage(doc, 'seed');
	assert.strictEqual(seed.getText(), content.replace(/\r\n/g, seed.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n'));
	return seed;
}

async function symbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
	return (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
}

async function folding(doc: vscode.TextDocument): Promise<vscode.FoldingRange[]> {
	return (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri)) ?? [];
}

/** The text of every hover card at a position (MarkdownString's value is not enumerable, so JSON would lose it). */
async function hoverText(doc: vscode.TextDocument, position: vscode.Position): Promise<string> {
	return (await hovers(doc, position)).flatMap(h => h.contents).map(c => typeof c === 'string' ? c : c.value).join('\n');
}

async function hovers(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover[]> {
	return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position)) ?? [];
}

/** The providers on input that must never throw in the extension host: each gives a sane, empty-or-exact answer. */
suite('Providers on hostile input', () => {
	suiteSetup(activateExtension);
	teardown(async () => {
		// Untitled seeds must be gone before later suites list the workspace's seeds.
		const open = () => vscode.workspace.textDocuments.filter(d => d.uri.scheme === 'untitled' && d.uri.path.startsWith('/hostile-'));
		const closed = open().length === 0 ? undefined : nextEvent(vscode.workspace.onDidCloseTextDocument, () => open().length === 0, 'the untitled seeds to close');
		await closeAllEditors();
		await closed?.promise;
	});

	test('an empty seed has no symbols, no folds and no hovers', async () => {
		const doc = await seedDocument('');
		assert.deepStrictEqual(await symbols(doc), []);
		assert.deepStrictEqual(await folding(doc), []);
		assert.deepStrictEqual(await hovers(doc, new vscode.Position(0, 0)), []);
	});

	test('binary-looking content opened as a seed gives answers, not errors', async () => {
		const doc = await seedDocument('\u0000\u0001\u0002PNG\u0000\u0000IHDR\u0000\u00ff\ufffd\ufffd garbage\nMore \u0000 bytes');
		await symbols(doc);
		await folding(doc);
		await hovers(doc, new vscode.Position(0, 5));
	});

	test('an impossible header date: no date hover, the lede is still the first symbol', async () => {
		const doc = await seedDocument(' date 2024-13-45 Officials said the talks would continue next week in Cairo.\nTalks in Cairo\nThe talks resumed on Monday.');
		const outline = await symbols(doc);
		assert.strictEqual(outline.length, 2);
		assert.strictEqual(outline[1].name, 'Talks in Cairo');
		const cards = await hovers(doc, new vscode.Position(0, 8));
		assert.ok(cards.flatMap(h => h.contents).every(c => !(typeof c === 'string' ? c : c.value).includes('2024-13-45 is')), 'an impossible date must not be spelled out');
	});

	test('a 1 MB line with no newline: one lede symbol that spans it exactly', async () => {
		const line = 'Officials met again in Cairo. '.repeat(35_000).trim();
		const doc = await seedDocument(` date 2024-01-01 ${line}`);
		const outline = await symbols(doc);
		assert.strictEqual(outline.length, 1);
		assert.strictEqual(outline[0].range.end.character, doc.lineAt(0).text.length);
	});

	test('right-to-left text, emoji and combining marks keep exact ranges', async () => {
		const text = ' date 2024-02-08 افتتاح معرض الكتاب 👩‍🍳 في القاهرة\nبرنامج المعرض\nيتضمن البرنامج ندوات. Cafe\u0301 talks.';
		const doc = await seedDocument(text);
		const outline = await symbols(doc);
		assert.deepStrictEqual(outline.map(s => s.name), ['افتتاح معرض الكتاب 👩‍🍳 في القاهرة', 'برنامج المعرض']);
		assert.strictEqual(doc.getText(outline[0].selectionRange), 'افتتاح معرض الكتاب 👩‍🍳 في القاهرة');
	});

	test('CRLF and BOM content: headings on the right lines', async () => {
		const doc = await seedDocument('\ufeff date 2024-01-19 Winter Storm Closes Schools\r\nSchools closed on Friday.\r\n\r\nRoad Conditions\r\nRoads are icy.\r\n');
		const outline = await symbols(doc);
		assert.deepStrictEqual(outline.map(s => [s.name, s.selectionRange.start.line]), [['Winter Storm Closes Schools', 0], ['Road Conditions', 3]]);
	});

	test('thousands of repeated headings: one symbol and one fold each', async () => {
		const text = ' date 2024-01-01 The lede comes first.\n' + Array.from({ length: 2000 }, (_, i) => `Repeated Heading\nBody ${i} is here.`).join('\n');
		const doc = await seedDocument(text);
		assert.strictEqual((await symbols(doc)).length, 2001);
		assert.strictEqual((await folding(doc)).filter(r => r.kind === vscode.FoldingRangeKind.Region).length, 2000);
	});

	test('a document edited while its outline is computed: the answer matches a version that existed', async () => {
		const doc = await seedDocument(' date 2024-01-01 The lede.\nFirst Heading Here\nBody one.');
		const editor = await vscode.window.showTextDocument(doc);
		const pending = symbols(doc);
		await editor.edit(b => b.replace(new vscode.Range(1, 0, 1, 5), 'Second'));
		const names = (await pending).map(s => s.name);
		assert.ok(['First Heading Here', 'Second Heading Here'].includes(names[1]), JSON.stringify(names));
		assert.strictEqual((await symbols(doc))[1].name, 'Second Heading Here');
	});

	test('past seedReader.entities.maxDocumentSize a seed gets no entity hovers, but keeps its outline', async () => {
		const config = vscode.workspace.getConfiguration('seedReader');
		const text = ' date 2024-03-26 Defense Secretary Lloyd Austin met Israeli Defense Minister Yoav Gallant at the Pentagon.\nTalks at the Pentagon\nAustin urged restraint in Gaza. ' + 'The talks went on. '.repeat(80);
		const position = new vscode.Position(2, 2);
		const small = await seedDocument(text);
		assert.ok((await hoverText(small, position)).includes('Lloyd Austin'), 'under the limit, "Austin" has its card');
		await config.update('entities.maxDocumentSize', 0.001, vscode.ConfigurationTarget.Global);
		try {
			const large = await seedDocument(text);
			assert.ok(!(await hoverText(large, position)).includes('Lloyd Austin'), 'over the limit, no entity card');
			assert.deepStrictEqual((await symbols(large)).map(s => s.name).slice(1), ['Talks at the Pentagon']);
		} finally {
			await config.update('entities.maxDocumentSize', undefined, vscode.ConfigurationTarget.Global);
		}
	});
});
