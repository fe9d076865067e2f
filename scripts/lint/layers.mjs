// The layer rule (`seed/layers`): each folder of src/ imports only the parts below it. It resolves every
// relative import against the importing file, so `../preview/x` from src/model/entities/ is judged by
// where it lands, not by how it is spelled. ARCHITECTURE.md draws the same table.
import { builtinModules } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const src = path.join(root, 'src');

/**
 * For each part, the parts it may import (besides itself) and whether it may use `vscode` and Node's
 * built-in modules. A part not listed (src/extension.ts, src/diagnostics.ts: composition) is free.
 */
export const layers = {
	// Pure: runs in plain Node tests, the CLI and the web worker, so no editor API and no Node-only module.
	model: { may: [], vscode: false, node: false },
	// Message types and validators shared by host and webviews: pure as well.
	protocol: { may: [], vscode: false, node: false },
	util: { may: ['model'], vscode: true, node: false },
	documents: { may: ['model', 'util'], vscode: true, node: false },
	language: { may: ['model', 'util', 'documents'], vscode: true, node: false },
	preview: { may: ['model', 'util', 'documents', 'protocol'], vscode: true, node: false },
	corpus: { may: ['model', 'util', 'documents', 'protocol'], vscode: true, node: false },
	// DOM only: the page talks to the host through messages, never by importing it.
	webview: { may: ['protocol'], vscode: false, node: false },
	// Node command line over the pure model and the pure parts of the preview renderer.
	cli: { may: ['model', 'preview'], vscode: false, node: true },
};

const nodeBuiltins = new Set(builtinModules.flatMap(m => [m, `node:${m}`]));

/** The part (first folder under src/) a file or resolved import belongs to, or undefined outside src/. */
function partOf(file) {
	const rel = path.relative(src, file);
	if (rel.startsWith('..') || path.isAbsolute(rel)) {
		return undefined;
	}
	const parts = rel.split(path.sep);
	return parts.length > 1 ? parts[0] : undefined;
}

/** Why `request` may not be imported from `file`, or undefined when it may. */
export function layerViolation(file, request) {
	const from = partOf(file);
	const rules = from && layers[from];
	if (!rules) {
		return undefined;
	}
	if (request.startsWith('.')) {
		const to = partOf(path.resolve(path.dirname(file), request));
		if (to === undefined || to === from || rules.may.includes(to)) {
			return undefined;
		}
		return `src/${from}/ may not import src/${to ?? ''}/ (it may import ${rules.may.length ? rules.may.map(p => `src/${p}/`).join(', ') : 'only itself'})`;
	}
	if (request === 'vscode' && !rules.vscode) {
		return `src/${from}/ may not import 'vscode'`;
	}
	if (nodeBuiltins.has(request) && !rules.node) {
		return `src/${from}/ may not import Node's '${request}' (it must run in the web worker too)`;
	}
	return undefined;
}

export const layersPlugin = {
	meta: { name: 'seed-layers' },
	rules: {
		layers: {
			meta: { type: 'problem', docs: { description: 'each folder of src/ imports only the parts below it' }, schema: [], messages: { layer: '{{why}}' } },
			create(context) {
				const file = context.physicalFilename ?? context.filename;
				const check = node => {
					if (node && node.type === 'Literal' && typeof node.value === 'string') {
						const why = layerViolation(path.resolve(root, file), node.value);
						if (why) {
							context.report({ node, messageId: 'layer', data: { why } });
						}
					}
				};
				return {
					ImportDeclaration: node => check(node.source),
					ExportNamedDeclaration: node => check(node.source),
					ExportAllDeclaration: node => check(node.source),
					ImportExpression: node => check(node.source),
					TSImportEqualsDeclaration: node => check(node.moduleReference?.expression),
					CallExpression: node => {
						if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
							check(node.arguments[0]);
						}
					},
				};
			},
		},
	},
};
