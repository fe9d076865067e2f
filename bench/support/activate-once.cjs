// Requires the built extension bundle in a fresh process with a stub `vscode` module, runs activate(),
// and prints the milliseconds both took as JSON. Used by bench/activation.mjs only: a stub cannot
// prove behaviour, only cost (the real-VS-Code suite proves behaviour).
const Module = require('node:module');

function stub(path) {
	const target = function () { };
	return new Proxy(target, {
		get(_t, prop) {
			if (prop === Symbol.iterator) {
				return function* () { };
			}
			if (prop === 'then') {
				return undefined;
			}
			if (prop === Symbol.toPrimitive || prop === 'toString') {
				return () => path;
			}
			if (prop === 'dispose') {
				return () => { };
			}
			return stub(`${path}.${String(prop)}`);
		},
		apply() {
			return stub(`${path}()`);
		},
		// Bundled code assigns to what it gets back (class statics, `name`); a stub accepts and forgets it.
		set() {
			return true;
		},
		defineProperty() {
			return true;
		},
		construct() {
			return stub(`new ${path}`);
		},
	});
}

// esbuild's ESM interop copies the module's own keys, so the top level lists the API names it may use.
const apiNames = ['window', 'workspace', 'languages', 'commands', 'env', 'extensions', 'l10n', 'Uri', 'Range', 'Position',
	'Location', 'Selection', 'Hover', 'MarkdownString', 'DocumentSymbol', 'SymbolKind', 'SymbolInformation', 'FoldingRange',
	'FoldingRangeKind', 'Disposable', 'EventEmitter', 'SemanticTokensLegend', 'SemanticTokens', 'SemanticTokensBuilder',
	'DocumentHighlight', 'DocumentHighlightKind', 'ViewColumn', 'StatusBarAlignment', 'TreeItem', 'TreeItemCollapsibleState',
	'ThemeIcon', 'ThemeColor', 'ProgressLocation', 'RelativePattern', 'CancellationTokenSource', 'ConfigurationTarget',
	'TextEditorRevealType', 'EndOfLine', 'FileType', 'CancellationError', 'TabInputWebview', 'TabInputText', 'UIKind'];
// Like the real API module, a plain object whose members exist once (the interop above reads each
// member's descriptor once per importing module); names the list misses still answer, as stubs.
const apiMembers = Object.fromEntries(apiNames.map(name => [name, stub(`vscode.${name}`)]));
const vscodeStub = new Proxy(apiMembers, {
	get: (members, key) => (key in members ? members[key] : stub(`vscode.${String(key)}`)),
});
const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
	return request === 'vscode' ? vscodeStub : originalLoad.call(this, request, parent, isMain);
};

const bundle = process.argv[2];
const t0 = performance.now();
const extension = require(bundle);
const t1 = performance.now();
const context = { subscriptions: [], extensionUri: stub('extensionUri'), extensionPath: '/ext', globalState: stub('globalState'), workspaceState: stub('workspaceState'), extension: stub('extension') };
extension.activate(context);
const t2 = performance.now();
process.stdout.write(JSON.stringify({ require: t1 - t0, activate: t2 - t1, registrations: context.subscriptions.length }));
