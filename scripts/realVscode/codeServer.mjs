// A real VS Code for tests, screenshots and `npm start`: code-server (VS Code 1.139's server and web
// workbench) on 127.0.0.1, opened in headless Debian chromium through playwright-core.
//
//   const server = await startCodeServer({ workspace, extensionDevelopmentPath });
//   const browser = await launchChromium();
//   const page = await newLoopbackPage(browser);
//   await page.goto(server.url({ extensionDevelopmentPath: server.remote(repo), openFile: server.remote(file) }));
//   ...
//   await browser.close(); await server.stop();
//
// Everything code-server writes (user data, extensions, XDG config/data) goes to one temp folder that
// stop() removes. code-server runs in its own process group, which stop() kills whole, so no server or
// extension host outlives it; a process 'exit' hook does the same if the caller forgets or crashes.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath } from './cache.mjs';
import { ensureInstalled } from './install.mjs';

/** Settings that keep the workbench quiet, offline and deterministic. `userSettings` adds to them. */
export const baseUserSettings = {
	'workbench.startupEditor': 'none',
	'workbench.tips.enabled': false,
	'workbench.enableExperiments': false,
	'workbench.secondarySideBar.defaultVisibility': 'hidden',
	'telemetry.telemetryLevel': 'off',
	'update.mode': 'none',
	'extensions.autoCheckUpdates': false,
	'extensions.autoUpdate': false,
	'chat.disableAIFeatures': true,
	'security.workspace.trust.enabled': false,
	'window.commandCenter': false,
};

export function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

const liveGroups = new Set();
process.on('exit', () => {
	for (const { pid, tmp } of liveGroups) {
		try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ }
		fs.rmSync(tmp, { recursive: true, force: true });
	}
});

/**
 * Node dies of SIGINT/SIGTERM/SIGHUP without running 'exit' handlers, which would orphan code-server
 * (it runs in its own process group, so a terminal's Ctrl-C does not reach it). Unless the program
 * handles a signal itself, turn it into an exit, so the hook above cleans up.
 */
function exitOnSignals() {
	for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
		if (process.listenerCount(signal) === 0) {
			process.once(signal, () => process.exit(code));
		}
	}
}

/**
 * Starts code-server and resolves once it answers /healthz.
 * @param {object} options
 * @param {string} options.workspace folder code-server opens by default
 * @param {object} [options.userSettings] added to baseUserSettings
 * @param {boolean} [options.smokeTestDriver=true] honour the `payload` URL parameter (extensionDevelopmentPath, extensionTestsPath, openFile)
 * @param {number} [options.port] default: a free port
 * @param {string} [options.extensionsDir] extensions to load (e.g. a .vsix installed there); default: a fresh, empty folder
 * @param {Record<string, string>} [options.env] added to code-server's environment (its extension host inherits it)
 * @param {(chunk: string) => void} [options.onLog] code-server's stdout and stderr
 */
export async function startCodeServer({ workspace, userSettings = {}, smokeTestDriver = true, port, extensionsDir, env: extraEnv = {}, onLog } = {}) {
	if (!workspace) {
		throw new Error('startCodeServer: workspace is required');
	}
	const paths = await ensureInstalled();
	exitOnSignals();
	port ??= await freePort();
	const host = `127.0.0.1:${port}`;
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-reader-cs-'));
	const userDir = path.join(tmp, 'user');
	fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
	fs.writeFileSync(path.join(userDir, 'User', 'settings.json'), JSON.stringify({ ...baseUserSettings, ...userSettings }, null, '\t'));
	fs.mkdirSync(path.join(tmp, 'tmp'));
	const env = {
		...process.env,
		// Its sockets and the built-in extensions' scratch files (git, typescript) land here, not in /tmp.
		TMPDIR: path.join(tmp, 'tmp'),
		// Otherwise code-server writes into ~/.config and ~/.local.
		XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
		XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
		// No marketplace: the default gallery would be queried over the network.
		EXTENSIONS_GALLERY: '{}',
		CS_DISABLE_GETTING_STARTED_OVERRIDE: '1',
		...extraEnv,
	};
	const args = [paths.codeServerEntry,
		'--bind-addr', host, '--auth', 'none',
		'--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
		'--config', path.join(tmp, 'config.yaml'),
		'--user-data-dir', userDir, '--extensions-dir', extensionsDir ?? path.join(tmp, 'extensions'),
		'--ignore-last-opened',
	];
	if (smokeTestDriver) {
		// Without it the built workbench ignores the `payload` URL parameter.
		args.push('--vscode-option', 'enable-smoke-test-driver');
	}
	args.push(workspace);
	const server = spawn(paths.node, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	const group = { pid: server.pid, tmp };
	liveGroups.add(group);
	const log = [];
	for (const stream of [server.stdout, server.stderr]) {
		stream.setEncoding('utf8');
		stream.on('data', chunk => {
			log.push(chunk);
			onLog?.(chunk);
		});
	}
	const exited = new Promise(resolve => server.once('exit', resolve));

	let stopped;
	const stop = () => stopped ??= (async () => {
		try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
		const timer = setTimeout(() => { try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
		await exited;
		clearTimeout(timer);
		// The extension host and file watchers are in the same group; make sure none lingers.
		try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ }
		liveGroups.delete(group);
		fs.rmSync(tmp, { recursive: true, force: true });
	})();

	const started = Date.now();
	for (;;) {
		if (server.exitCode !== null) {
			await stop();
			throw new Error(`code-server exited with ${server.exitCode} before it answered:\n${log.join('').slice(-4000)}`);
		}
		try {
			if ((await fetch(`http://${host}/healthz`)).ok) {
				break;
			}
		} catch { /* not listening yet */ }
		if (Date.now() - started > 60000) {
			await stop();
			throw new Error(`code-server did not answer on ${host} within 60 s:\n${log.join('').slice(-4000)}`);
		}
		await new Promise(resolve => setTimeout(resolve, 200));
	}

	const remote = p => `vscode-remote://${host}${path.resolve(p)}`;
	return {
		host,
		port,
		origin: `http://${host}`,
		/** A path on this machine as the workbench names it. */
		remote,
		/**
		 * The workbench URL. `payload` entries are [key, value] pairs or an object, e.g.
		 * { extensionDevelopmentPath: remote(repo), extensionTestsPath: remote(index), openFile: remote(file) }.
		 */
		url(payload = {}, folder = workspace) {
			const entries = Array.isArray(payload) ? payload : Object.entries(payload);
			const all = [...entries, ['skipWelcome', 'true']];
			return `http://${host}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(all))}`;
		},
		log: () => log.join(''),
		exited,
		stop,
	};
}

/** Workbench log lines (forwarded through codeAutomationLog) that say nothing about the extension under test. */
export const workbenchNoise = /^(Ignoring fetching|Creating a socket|Resolv|Updating additional|Found additional builtin|Loading development extension at|vscode-test-web-support fs provider|Request to '[^']*package\.nls\.json' failed|\[(AccountPolicyGate|AgentHost|Service Worker|reconnection-grace-time)|Timed out waiting for authentication provider|%c)/;

/** Host names that stay on this machine; everything else fails to resolve in chromium. */
const loopbackUrl = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost|[a-z0-9.-]+\.localhost)(:\d+)?(\/|$)/i;

/** Headless Debian chromium. Name resolution is pinned to loopback: nothing leaves the machine. */
export async function launchChromium({ headless = true } = {}) {
	const executablePath = chromiumPath();
	if (!fs.existsSync(executablePath)) {
		throw new Error(`no chromium at ${executablePath}: apt-get install -y chromium (or set CHROMIUM)`);
	}
	const { chromium } = await import('playwright-core');
	return chromium.launch({
		executablePath,
		headless,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
			'--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
			'--host-resolver-rules=MAP localhost 127.0.0.1, MAP *.localhost 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
	});
}

/** A page whose requests may go only to loopback hosts; any other request is aborted. */
export async function newLoopbackPage(browser, { viewport = { width: 1400, height: 850 }, onBlocked } = {}) {
	const page = await browser.newPage({ viewport });
	await page.route(url => /^(https?|wss?):/.test(url.href) && !loopbackUrl.test(url.href), route => {
		onBlocked?.(route.request().url());
		return route.abort();
	});
	return page;
}
