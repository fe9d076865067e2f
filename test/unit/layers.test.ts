// The layer rule in the project's own ESLint config: a deliberate wrong import in each forbidden
// direction fails `npm run lint`, and the imports each part really makes pass. The snippets are linted
// as if they were files at those paths (type-aware rules off: the files are not in the TS program).
import * as assert from 'assert';
import { ESLint } from 'eslint';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');

const eslint = new ESLint({
	cwd: root,
	overrideConfig: {
		languageOptions: { parserOptions: { project: null, projectService: false } },
		rules: {
			'@typescript-eslint/no-floating-promises': 'off',
			'@typescript-eslint/no-misused-promises': 'off',
			'@typescript-eslint/await-thenable': 'off',
		},
	},
});

async function layerErrors(file: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
	const fatal = result.messages.filter(m => m.fatal);
	assert.deepEqual(fatal, [], `parse errors in ${file}`);
	return result.messages.filter(m => m.ruleId === 'seed/layers').map(m => m.message);
}

suite('layers (seed/layers in eslint.config.mjs)', function () {
	// Loading the config and parsing the tree take a few seconds on a busy machine.
	this.timeout(60000);
	const forbidden: readonly [file: string, code: string, expected: RegExp][] = [
		['src/model/bad.ts', `import * as vscode from 'vscode';\nexport const x = vscode;`, /src\/model\/ may not import 'vscode'/],
		['src/model/bad.ts', `import { SeedModelCache } from '../documents/modelCache';\nexport const x = SeedModelCache;`, /src\/model\/ may not import src\/documents\//],
		['src/model/entities/bad.ts', `export { renderBody } from '../../preview/renderBody';`, /src\/model\/ may not import src\/preview\//],
		['src/model/bad.ts', `import * as fs from 'node:fs';\nexport const x = fs;`, /may not import Node's 'node:fs'/],
		['src/model/bad.ts', `export const x = require('../util/log');`, /src\/model\/ may not import src\/util\//],
		['src/preview/bad.ts', `import type { SeedEntityHoverProvider } from '../language/entityHover';\nexport type X = SeedEntityHoverProvider;`, /src\/preview\/ may not import src\/language\//],
		['src/language/bad.ts', `import { previewViewType } from '../preview/panelOptions';\nexport const x = previewViewType;`, /src\/language\/ may not import src\/preview\//],
		['src/language/bad.ts', `import { SeedTimeline } from '../corpus/timelinePanel';\nexport const x = SeedTimeline;`, /src\/language\/ may not import src\/corpus\//],
		['src/webview/bad.ts', `import { getNonce } from '../util/webviewPage';\nexport const x = getNonce;`, /src\/webview\/ may not import src\/util\//],
		['src/webview/bad.ts', `import { renderBody } from '../preview/renderBody';\nexport const x = renderBody;`, /src\/webview\/ may not import src\/preview\//],
		['src/webview/bad.ts', `import * as vscode from 'vscode';\nexport const x = vscode;`, /src\/webview\/ may not import 'vscode'/],
		['src/documents/bad.ts', `export const x = import('../preview/preview');`, /src\/documents\/ may not import src\/preview\//],
		['src/protocol/bad.ts', `import type { Block } from '../model/types';\nexport type X = Block;`, /src\/protocol\/ may not import src\/model\//],
	];
	for (const [file, code, expected] of forbidden) {
		test(`fails: ${file}: ${code.split('\n')[0]}`, async () => {
			const errors = await layerErrors(file, code);
			assert.equal(errors.length, 1, `one layer error, got ${JSON.stringify(errors)}`);
			assert.match(errors[0], expected);
		});
	}

	const allowed: readonly [file: string, code: string][] = [
		['src/model/ok.ts', `import { parseSeed } from './parse';\nimport type { Block } from './types';\nexport const x: Block | typeof parseSeed | undefined = undefined;`],
		['src/model/entities/ok.ts', `export { lineAt } from '../positions';`],
		['src/language/ok.ts', `import * as vscode from 'vscode';\nimport { SeedModelCache } from '../documents/modelCache';\nexport const x = [vscode, SeedModelCache];`],
		['src/preview/ok.ts', `import type { PreviewSettings } from '../protocol/previewMessages';\nimport { SeedEntityCache } from '../documents/entityCache';\nexport type X = PreviewSettings | SeedEntityCache;`],
		['src/webview/ok.ts', `import type { FromTimelineMessage } from '../protocol/timelineMessages';\nexport type X = FromTimelineMessage.Type;`],
		['src/extension.ts', `import { SeedTimeline } from './corpus/timelinePanel';\nimport { registerPreviewSupport } from './preview/previewManager';\nexport const x = [SeedTimeline, registerPreviewSupport];`],
	];
	for (const [file, code] of allowed) {
		test(`passes: ${file}: ${code.split('\n')[0]}`, async () => {
			assert.deepEqual(await layerErrors(file, code), []);
		});
	}

	test('the tree as it is has no layer error', async () => {
		const results = await eslint.lintFiles(['src/**/*.ts']);
		const errors = results.flatMap(r => r.messages.filter(m => m.ruleId === 'seed/layers').map(m => `${path.relative(root, r.filePath)}: ${m.message}`));
		assert.deepEqual(errors, []);
	});
});
