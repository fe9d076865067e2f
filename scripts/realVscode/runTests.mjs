#!/usr/bin/env node
// Runs extension tests inside a real VS Code: code-server's Node extension host, with the workbench
// open in headless chromium. The extension host's console (mocha's reporter) is printed here.
//
// usage: node scripts/realVscode/runTests.mjs --extensionDevelopmentPath DIR --extensionTestsPath FILE
//            [--workspace DIR] [--timeout MS] [--verbose]
// exit code: 0 tests passed, 1 tests failed, 2 the real VS Code could not run them (setup, crash, timeout).
import path from 'node:path';
import { parseArgs, format } from 'node:util';
import { pathToFileURL } from 'node:url';
import { launchChromium, newLoopbackPage, startCodeServer, workbenchNoise as noise } from './codeServer.mjs';

/**
 * @returns {Promise<0|1|2>}
 */
export async function runExtensionTests({ extensionDevelopmentPath, extensionTestsPath, workspace, extensionsDir, env, timeoutMs = 300000, verbose = false, out = console.log }) {
	let server;
	let browser;
	let timer;
	try {
		server = await startCodeServer({ workspace, extensionsDir, env, onLog: verbose ? chunk => process.stderr.write(`[code-server] ${chunk}`) : undefined });
		browser = await launchChromium();
		const page = await newLoopbackPage(browser, { onBlocked: url => verbose && out(`[blocked] ${url}`) });
		if (verbose) {
			page.on('console', m => out(`[page:${m.type()}] ${m.text()}`));
			page.on('pageerror', e => out(`[pageerror] ${e.message}`));
		}
		let finish;
		const finished = new Promise(resolve => (finish = resolve));
		await page.exposeFunction('codeAutomationLog', (type, args) => {
			const text = format(...args);
			if (verbose || (text.trim() && !noise.test(text))) {
				out(text);
			}
		});
		await page.exposeFunction('codeAutomationExit', code => finish(code));
		const timeout = new Promise(resolve => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
		const serverDied = server.exited.then(code => `code-server exited early (${code})`);
		await page.goto(server.url({
			extensionDevelopmentPath: server.remote(extensionDevelopmentPath),
			extensionTestsPath: server.remote(extensionTestsPath),
		}));
		const result = await Promise.race([finished, timeout, serverDied]);
		if (typeof result === 'string') {
			out(result === 'timeout' ? `real VS Code: no result after ${timeoutMs} ms` : `real VS Code: ${result}`);
			if (!verbose) {
				out(server.log().slice(-4000));
			}
			return 2;
		}
		return result === 0 ? 0 : 1;
	} catch (error) {
		out(`real VS Code could not run the tests: ${error?.stack ?? error}`);
		return 2;
	} finally {
		clearTimeout(timer);
		try { await browser?.close(); } catch { /* already closed */ }
		await server?.stop();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { values } = parseArgs({
		options: {
			extensionDevelopmentPath: { type: 'string' },
			extensionTestsPath: { type: 'string' },
			workspace: { type: 'string' },
			timeout: { type: 'string', default: '300000' },
			verbose: { type: 'boolean', default: false },
		},
	});
	if (!values.extensionDevelopmentPath || !values.extensionTestsPath) {
		console.error('usage: runTests.mjs --extensionDevelopmentPath DIR --extensionTestsPath FILE [--workspace DIR] [--timeout MS] [--verbose]');
		process.exit(2);
	}
	const extensionDevelopmentPath = path.resolve(values.extensionDevelopmentPath);
	const code = await runExtensionTests({
		extensionDevelopmentPath,
		extensionTestsPath: path.resolve(values.extensionTestsPath),
		workspace: path.resolve(values.workspace ?? path.join(extensionDevelopmentPath, 'seeds')),
		timeoutMs: Number(values.timeout),
		verbose: values.verbose,
	});
	process.exit(code);
}
