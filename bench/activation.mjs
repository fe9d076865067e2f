// Activation cost: bundle size, and the time to require the bundle and run activate() in a fresh
// process against a stub of the API (bench only). Goals: bundle < 300 KB without data, activation < 20 ms.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { lazyModules, separateLazyModules } from '../scripts/lazyModules.mjs';
import { sideEffectFreePackages } from '../scripts/sideEffectFree.mjs';
import { median, spread } from './stats.mjs';

const root = path.resolve(import.meta.dirname, '..');

export async function rows({ runs }) {
	// Measure what ships: minified release bundles, built here into a temporary folder.
	const out = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-reader-bench-'));
	const bundle = path.join(out, 'extension.js');
	const web = path.join(out, 'web.js');
	const common = { entryPoints: [path.join(root, 'src/extension.ts')], bundle: true, minify: true, format: 'cjs', external: ['vscode'], logLevel: 'silent', plugins: [sideEffectFreePackages] };
	await esbuild.build({ ...common, outfile: bundle, platform: 'node', target: 'node18', plugins: [...common.plugins, separateLazyModules] });
	for (const m of lazyModules) {
		await esbuild.build({ ...common, entryPoints: [path.join(root, m.entry)], outfile: path.join(out, m.file), platform: 'node', target: 'node18' });
	}
	await esbuild.build({ ...common, outfile: web, platform: 'browser', target: 'es2022' });
	const dataDir = path.join(root, 'dist/data');
	const dataBytes = fs.existsSync(dataDir) ? fs.readdirSync(dataDir).reduce((n, f) => n + fs.statSync(path.join(dataDir, f)).size, 0) : 0;
	const result = [
		{ figure: 'extension bundle, minified (dist/extension.js)', median: fs.statSync(bundle).size / 1024, unit: 'KB' },
		...lazyModules.map(m => ({ figure: `loaded at first use: dist/${m.file}`, median: fs.statSync(path.join(out, m.file)).size / 1024, unit: 'KB' })),
		{ figure: 'web bundle, minified (dist/web/extension.js)', median: fs.statSync(web).size / 1024, unit: 'KB' },
	];
	if (dataBytes > 0) {
		result.push({ figure: 'lazily loaded data files (dist/data)', median: dataBytes / 1024, unit: 'KB' });
	}
	const requireMs = [];
	const activateMs = [];
	for (let i = 0; i < Math.max(runs, 5); i++) {
		const out = JSON.parse(execFileSync(process.execPath, [path.join(import.meta.dirname, 'support/activate-once.cjs'), bundle], { encoding: 'utf8' }));
		requireMs.push(out.require);
		activateMs.push(out.activate);
	}
	const total = requireMs.map((r, i) => r + activateMs[i]);
	result.push(
		{ figure: 'require(bundle), fresh process', median: median(requireMs), spread: spread(requireMs), unit: 'ms' },
		{ figure: 'activate() against an API stub', median: median(activateMs), spread: spread(activateMs), unit: 'ms' },
		{ figure: 'activation total (require + activate)', median: median(total), spread: spread(total), unit: 'ms' },
	);
	fs.rmSync(out, { recursive: true, force: true });
	return result;
}
