#!/usr/bin/env node
// Bundles the extension (desktop and web), the command-line front and the preview's webview script.
// usage: node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { lazyModules, separateLazyModules } from './lazyModules.mjs';
import { sideEffectFreePackages } from './sideEffectFree.mjs';

const root = path.resolve(import.meta.dirname, '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints esbuild problems in the shape VS Code's `$esbuild-watch` problem matcher reads. */
const problemMatcher = {
	name: 'problem-matcher',
	setup(build) {
		build.onStart(() => {
			if (watch) {
				console.log('[watch] build started');
			}
		});
		build.onEnd(result => {
			for (const { text, location } of result.errors) {
				console.error(`✘ [ERROR] ${text}`);
				if (location) {
					console.error(`    ${location.file}:${location.line}:${location.column}:`);
				}
			}
			if (watch) {
				console.log('[watch] build finished');
			}
		});
	},
};

const common = {
	bundle: true,
	minify: production,
	sourcemap: !production,
	sourcesContent: false,
	logLevel: 'silent',
	absWorkingDir: root,
	plugins: [problemMatcher, sideEffectFreePackages],
};

const targets = [
	{ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'],
		plugins: [...common.plugins, separateLazyModules] },
	// Required by dist/extension.js at first use (scripts/lazyModules.mjs).
	...lazyModules.map(m => ({ ...common, entryPoints: [m.entry], outfile: `dist/${m.file}`, platform: 'node', format: 'cjs', target: 'node18' })),
	{ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'],
		// The web worker host has no Node: any Node built-in on this path is a bug, so fail the build.
		define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' } },
	{ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node18', banner: { js: '#!/usr/bin/env node' } },
];
if (fs.existsSync(path.join(root, 'src/webview/index.ts'))) {
	targets.push({ ...common, entryPoints: ['src/webview/index.ts'], outfile: 'dist/webview/preview.js', platform: 'browser', format: 'iife', target: 'es2022', tsconfig: 'src/webview/tsconfig.json' });
	targets.push({ ...common, entryPoints: ['src/webview/timeline.ts'], outfile: 'dist/webview/timeline.js', platform: 'browser', format: 'iife', target: 'es2022', tsconfig: 'src/webview/tsconfig.json' });
}

if (production) {
	// A release build starts clean, so no source map or stale file from a development build ships.
	fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
}

// Data files loaded lazily at run time, not bundled: the entity tagger's weights (a few MB).
fs.mkdirSync(path.join(root, 'dist/data'), { recursive: true });
fs.copyFileSync(path.join(root, 'src/model/entities/data/tagger.json'), path.join(root, 'dist/data/tagger.json'));

const contexts = await Promise.all(targets.map(t => esbuild.context(t)));
if (watch) {
	await Promise.all(contexts.map(c => c.watch()));
} else {
	let failed = false;
	for (const ctx of contexts) {
		try {
			await ctx.rebuild();
		} catch {
			failed = true;
		}
		await ctx.dispose();
	}
	if (failed) {
		process.exit(1);
	}
	fs.chmodSync(path.join(root, 'dist/cli.js'), 0o755);
}
