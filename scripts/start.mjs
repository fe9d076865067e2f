#!/usr/bin/env node
// `npm start`: builds the extension, then opens it with the bundled seeds/ folder.
// - A desktop `code` on PATH: `code --extensionDevelopmentPath=<repo> <repo>/seeds`.
// - Otherwise: the cached code-server on 127.0.0.1 (no auth, loopback only) with the extension loaded
//   as a development extension and the real seed open; open the printed URL in a browser.
//   Ctrl-C stops it and removes everything it started. SEED_READER_PORT picks the port.
// - `npm start -- --smoke` (or SEED_READER_SMOKE=1): the code-server path, up to the workbench answering
//   HTTP 200 on the printed URL; then it stops everything it started and exits 0. CI runs it into an
//   empty cache, so the first-run set-up a new user goes through is proven on every run.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { startCodeServer } from './realVscode/codeServer.mjs';
import { SetupError } from './realVscode/systemPackages.mjs';

const repo = path.resolve(import.meta.dirname, '..');
const seeds = path.join(repo, 'seeds');
const realSeed = path.join(seeds, '000_b555f2e6071b8337.txt');
const smoke = process.argv.includes('--smoke') || process.env.SEED_READER_SMOKE === '1';
const startedAt = Date.now();
const seconds = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;

const build = spawnSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs')], { cwd: repo, stdio: 'inherit' });
if (build.status !== 0) {
	process.exit(build.status ?? 1);
}

const desktop = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim();
if (desktop && !process.env.SEED_READER_NO_DESKTOP && !smoke) {
	console.log(`[seed-reader] opening ${seeds} in ${desktop} with the extension under development`);
	const code = spawn(desktop, [`--extensionDevelopmentPath=${repo}`, seeds], { stdio: 'inherit' });
	code.on('exit', status => process.exit(status ?? 0));
} else {
	// Signal handlers first, so a Ctrl-C during start-up also stops code-server cleanly.
	let server;
	let stopping = false;
	const stop = async signal => {
		if (stopping) {
			return;
		}
		stopping = true;
		console.log(`\n[seed-reader] ${signal}: stopping code-server`);
		await server?.stop();
		process.exit(0);
	};
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
		process.on(signal, () => void stop(signal));
	}
	try {
		server = await startCodeServer({
			workspace: seeds,
			port: process.env.SEED_READER_PORT ? Number(process.env.SEED_READER_PORT) : undefined,
		});
	} catch (error) {
		console.error(`[seed-reader] ${error instanceof SetupError ? error.message : `could not start code-server: ${error.message}`}`);
		process.exit(1);
	}
	const url = server.url({ extensionDevelopmentPath: server.remote(repo), openFile: server.remote(realSeed) }, seeds);
	if (smoke) {
		const response = await fetch(url);
		const page = await response.text();
		const workbench = response.status === 200 && page.includes('vscode-workbench-web-configuration');
		console.log(`[seed-reader] smoke: ${url}\n[seed-reader] smoke: HTTP ${response.status}${workbench ? ', the workbench page' : ', not the workbench page'}; set-up and start took ${seconds()}`);
		await server.stop();
		process.exit(workbench ? 0 : 1);
	}
	console.log(`\n[seed-reader] VS Code 1.139 (code-server) with Seed Reader loaded, listening on 127.0.0.1 only.`);
	console.log(`[seed-reader] open this URL in a browser on this machine (Ctrl-C stops the server):\n\n  ${url}\n`);
	const code = await server.exited;
	if (!stopping) {
		console.error(`[seed-reader] code-server exited on its own (${code}):\n${server.log().slice(-2000)}`);
		await server.stop();
		process.exit(1);
	}
}
