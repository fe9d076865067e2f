#!/usr/bin/env node
// Installs Node 24 and code-server into the cache folder (see cache.mjs) on first use; later calls
// return at once. Before a first install it makes sure of the Debian packages code-server's native
// modules build with (systemPackages.mjs): installed with apt-get as root, else one line with the command.
//
// Usage as a script: node scripts/realVscode/install.mjs   (prints the cache paths as JSON)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CODE_SERVER_VERSION, NODE_VERSION, cachePaths, cacheRoot } from './cache.mjs';
import { nestedNpmEnv } from './npmEnv.mjs';
import { BUILD_PACKAGES, SetupError, ensureSystemPackages } from './systemPackages.mjs';

const say = message => process.stderr.write(`[seed-reader] ${message}\n`);

function run(command, args, options) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
		child.on('error', reject);
		child.on('exit', code => code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)));
	});
}

function readMarker(marker) {
	try {
		return JSON.parse(fs.readFileSync(marker, 'utf8'));
	} catch {
		return undefined;
	}
}

function isComplete(paths) {
	const m = readMarker(paths.marker);
	return m?.node === NODE_VERSION && m?.codeServer === CODE_SERVER_VERSION
		&& fs.existsSync(paths.node) && fs.existsSync(paths.codeServerEntry);
}

function isAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** One installer at a time per cache: a lock file holding the installer's pid. */
async function withLock(paths, body) {
	const lock = path.join(paths.root, '.install.lock');
	for (;;) {
		try {
			fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
			break;
		} catch {
			const owner = Number(fs.readFileSync(lock, 'utf8'));
			if (!owner || !isAlive(owner)) {
				fs.rmSync(lock, { force: true });
				continue;
			}
			say(`waiting for another install (pid ${owner}) into ${paths.root}`);
			await new Promise(resolve => setTimeout(resolve, 2000));
			if (isComplete(paths)) {
				return;
			}
		}
	}
	try {
		await body();
	} finally {
		fs.rmSync(lock, { force: true });
	}
}

function nodePackageName() {
	const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
	if (process.platform !== 'linux' || !arch) {
		throw new Error(`no Node 24 package for ${process.platform}-${process.arch}; set up code-server yourself and use VSCODE_EXECUTABLE_PATH`);
	}
	return `node-linux-${arch}@${NODE_VERSION}`;
}

async function installNode(paths) {
	if (fs.existsSync(paths.node)) {
		return;
	}
	say(`downloading Node ${NODE_VERSION} from the npm registry (code-server's install needs Node 24)`);
	const parent = path.dirname(paths.nodeDir);
	fs.mkdirSync(parent, { recursive: true });
	const work = fs.mkdtempSync(path.join(parent, 'tmp-'));
	try {
		await run('npm', ['pack', nodePackageName(), '--silent'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'], env: nestedNpmEnv(process.env) });
		const tarball = fs.readdirSync(work).find(f => f.endsWith('.tgz'));
		if (!tarball) {
			throw new Error('npm pack produced no tarball');
		}
		await run('tar', ['xzf', tarball], { cwd: work });
		fs.rmSync(paths.nodeDir, { recursive: true, force: true });
		fs.renameSync(path.join(work, 'package'), paths.nodeDir);
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}

async function installCodeServer(paths) {
	say(`installing code-server ${CODE_SERVER_VERSION} (VS Code 1.139) with Node ${NODE_VERSION}; it compiles native modules, about 2-4 minutes`);
	fs.mkdirSync(paths.codeServerInstallDir, { recursive: true });
	// npm 11 asks that a project name the dependencies whose install scripts it runs: code-server's
	// postinstall installs VS Code's own modules, and argon2 builds its native module.
	fs.writeFileSync(path.join(paths.codeServerInstallDir, 'package.json'),
		JSON.stringify({ name: 'csinst', private: true, allowScripts: { 'code-server': true, argon2: true } }, null, '\t') + '\n');
	const env = nestedNpmEnv(process.env, {
		// npm runs under Node 24 (code-server's postinstall checks the Node major through npm's user agent) ...
		PATH: `${path.dirname(paths.node)}${path.delimiter}${nestedNpmEnv(process.env).PATH ?? ''}`,
		// ... and node-gyp compiles against Node 24's headers, whatever ~/.npmrc says about nodedir.
		npm_config_nodedir: paths.nodeDir,
		npm_config_audit: 'false',
		npm_config_fund: 'false',
	});
	await run('npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--no-audit', '--no-fund', '--no-save'], { cwd: paths.codeServerInstallDir, env });
}

function smokeCheck(paths) {
	const xdg = path.join(paths.codeServerInstallDir, 'xdg');
	const result = spawnSync(paths.node, [paths.codeServerEntry, '--version'], {
		encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg }, timeout: 60000,
	});
	if (result.status !== 0) {
		throw new Error(`code-server --version failed (${result.status}):\n${result.stdout}${result.stderr}`);
	}
	return result.stdout.trim().split('\n').pop();
}

/**
 * Makes sure Node 24 and code-server are in the cache and returns their paths.
 * Idempotent: a complete install (marker present) returns immediately.
 */
export async function ensureInstalled(root = cacheRoot()) {
	const paths = cachePaths(root);
	if (isComplete(paths)) {
		return paths;
	}
	fs.mkdirSync(paths.root, { recursive: true });
	await withLock(paths, async () => {
		if (isComplete(paths)) {
			return;
		}
		say(`first run: setting up a real VS Code (code-server ${CODE_SERVER_VERSION}) in ${paths.root} (SEED_READER_CACHE moves it)`);
		const started = Date.now();
		if (!fs.existsSync(paths.codeServerEntry)) {
			await ensureSystemPackages(BUILD_PACKAGES, 'building code-server\'s native modules', say);
		}
		await installNode(paths);
		if (!fs.existsSync(paths.codeServerEntry)) {
			await installCodeServer(paths);
		}
		let version;
		try {
			version = smokeCheck(paths);
		} catch (error) {
			// A partial install left by an interrupted run: install once more, then check again.
			say(`existing code-server does not start (${error.message.split('\n')[0]}); reinstalling`);
			await installCodeServer(paths);
			version = smokeCheck(paths);
		}
		fs.writeFileSync(paths.marker, JSON.stringify({ node: NODE_VERSION, codeServer: CODE_SERVER_VERSION, version, installedAt: new Date().toISOString() }, null, '\t') + '\n');
		say(`ready: ${version} (${Math.round((Date.now() - started) / 1000)} s)`);
	});
	if (!isComplete(paths)) {
		throw new Error(`the install into ${paths.root} did not complete`);
	}
	return paths;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	try {
		console.log(JSON.stringify(await ensureInstalled(), null, '\t'));
	} catch (error) {
		say(error instanceof SetupError ? error.message : `install failed: ${error.message}`);
		process.exit(1);
	}
}
