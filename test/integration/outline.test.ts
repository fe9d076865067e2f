import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SeedDiagnosticsApi } from '../../src/diagnostics';
import { activateExtension, closeAllEditors, openRealSeed, realSeedHeadings, realSeedName, sampleSeedUri } from './helpers';

function lineOf(doc: vscode.TextDocument, text: string): number {
	for (let line = 0; line < doc.lineCount; line++) {
		if (doc.lineAt(line).text.trim() === text) {
			return line;
		}
	}
	throw new Error(`'${text}' is not a line of ${doc.uri.path}`);
}

suite('Outline, folding and workspace symbols on the real seed', () => {
	suiteSetup(async () => {
		await activateExtension();
	});

	teardown(closeAllEditors);

	test('document symbols: the lede, then the three section headings', async () => {
		const doc = await openRealSeed();
		const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
		assert.ok(symbols && symbols.length > 0, 'no document symbols for the real seed');
		assert.deepStrictEqual(symbols.slice(1).map(s => s.name), realSeedHeadings);
		assert.strictEqual(symbols[0].range.start.line, 0, 'the lede symbol starts on the first line');
		for (const symbol of symbols.slice(1)) {
			assert.strictEqual(symbol.selectionRange.start.line, lineOf(doc, symbol.name));
			assert.strictEqual(doc.getText(symbol.selectionRange).trim(), symbol.name);
			assert.ok(symbol.range.contains(symbol.selectionRange), `${symbol.name}: range does not contain its selection range`);
		}
	});

	test('document symbols: a story appended after the article is its own symbol, marked "related story"', async () => {
		const uri = await sampleSeedUri('010_related_story.txt');
		const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
		assert.deepStrictEqual(symbols.map(s => s.detail), ['lede · 2024-07-30', 'related story']);
		assert.strictEqual(symbols[1].name, 'Cardinals Win Third Straight at Home');
	});

	test('folding: each section folds from its heading to before the next one', async () => {
		const doc = await openRealSeed();
		const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
		assert.ok(ranges && ranges.length > 0, 'no folding ranges for the real seed');
		const headingLines = realSeedHeadings.map(h => lineOf(doc, h));
		headingLines.forEach((line, i) => {
			const range = ranges.find(r => r.start === line);
			assert.ok(range, `no folding range starts at '${realSeedHeadings[i]}' (line ${line})`);
			assert.ok(range.end > range.start, `the range at line ${line} folds nothing`);
			const next = headingLines[i + 1] ?? doc.lineCount;
			assert.ok(range.end < next, `the range at line ${line} ends at ${range.end}, past the next section (line ${next})`);
		});
	});

	test('Expand Selection grows from the sentence to its paragraph, its section and the whole text', async () => {
		const doc = await openRealSeed();
		const position = doc.positionAt(doc.getText().indexOf('Austin urged') + 3);
		const [innermost] = await vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', doc.uri, [position]);
		assert.ok(innermost, 'no selection ranges');
		const texts: string[] = [];
		for (let r: vscode.SelectionRange | undefined = innermost; r; r = r.parent) {
			assert.ok(r.range.contains(position), `${doc.getText(r.range).slice(0, 40)} does not hold the cursor`);
			texts.push(doc.getText(r.range));
		}
		const at = (test: (text: string) => boolean, what: string): number => {
			const k = texts.findIndex(test);
			assert.ok(k >= 0, `no ${what} among ${JSON.stringify(texts.map(t => t.slice(0, 40)))}`);
			return k;
		};
		const sentence = at(t => t.startsWith('Austin urged the Israeli defense establishment') && t.endsWith('border with Egypt.'), 'sentence');
		const paragraph = at(t => t.startsWith('The heart of the discussions') && !t.includes('\n'), 'paragraph');
		const section = at(t => t.startsWith('Strategic Dialogue Amidst Crisis') && !t.includes('Humanitarian Concerns and Political Discord'), 'section');
		const all = at(t => t === doc.getText(), 'whole text');
		assert.ok(sentence < paragraph && paragraph < section && section < all, `out of order: ${[sentence, paragraph, section, all]}`);
	});

	test('the outline follows edits: a section added to an open document appears', async () => {
		const lede = ' date 2024-01-02 A lede sentence about the news of the day, written as a full sentence.\n\n';
		const first = 'Talks Resume in Geneva\n\nDiplomats from both sides met on Tuesday and agreed to continue the discussions next week, officials said.\n';
		const second = '\nMarkets React Calmly\n\nShares rose slightly after the announcement, and traders said the outcome had been widely expected.\n';
		const doc = await vscode.workspace.openTextDocument({ language: 'seed', content: lede + first });
		const names = async () => (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)).map(s => s.name);
		assert.deepStrictEqual((await names()).slice(1), ['Talks Resume in Geneva']);
		const edit = new vscode.WorkspaceEdit();
		edit.insert(doc.uri, doc.positionAt(doc.getText().length), second);
		assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
		assert.deepStrictEqual((await names()).slice(1), ['Talks Resume in Geneva', 'Markets React Calmly']);
	});

	test('typing re-reads only the edited lines: each new version comes from the last model by an incremental parse', async () => {
		const { diagnostics } = (await activateExtension()).exports as SeedDiagnosticsApi;
		const lede = ' date 2024-01-02 A lede sentence about the news of the day, written as a full sentence.\n\n';
		const body = 'Talks Resume in Geneva\n\nDiplomats from both sides met on Tuesday and agreed to continue.\n\nMarkets React Calmly\n\nShares rose slightly after the announcement.\n';
		const doc = await vscode.workspace.openTextDocument({ language: 'seed', content: lede + body });
		const names = async () => (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)).map(s => s.name);
		assert.deepStrictEqual((await names()).slice(1), ['Talks Resume in Geneva', 'Markets React Calmly']);
		const before = diagnostics.parses();
		// Three keystrokes' worth of edits in the middle of the document, then a new section before the last one.
		let at = doc.getText().indexOf('Markets React Calmly');
		for (const text of ['A', 'B', 'C', 'Talks Continue\n\nMore talks are planned.\n\n']) {
			const edit = new vscode.WorkspaceEdit();
			edit.insert(doc.uri, doc.positionAt(at), text);
			at += text.length;
			assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
			await names();
		}
		const after = diagnostics.parses();
		assert.strictEqual(after.incremental - before.incremental, 4, `incremental parses: ${JSON.stringify({ before, after })}`);
		assert.strictEqual(after.full, before.full, 'no version needed a full parse');
		assert.deepStrictEqual((await names()).slice(1), ['Talks Resume in Geneva', 'ABCTalks Continue', 'Markets React Calmly']);
	});

	test('workspace symbols: a query finds a section heading of the real seed', async () => {
		const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Humanitarian');
		const hit = symbols?.find(s => s.name === 'Humanitarian Concerns and Political Discord');
		assert.ok(hit, `no workspace symbol for the heading; got ${JSON.stringify(symbols?.map(s => s.name))}`);
		assert.ok(hit.location.uri.path.endsWith(`/seeds/${realSeedName}`), hit.location.uri.toString());
	});
});
