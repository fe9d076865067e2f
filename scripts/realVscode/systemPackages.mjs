// Debian packages the real-VS-Code harness needs, checked with dpkg and installed with apt-get when this
// process may (root, apt-get present); otherwise one line saying the exact command to run.
import { spawn, spawnSync } from 'node:child_process';

/** For building code-server's native modules (kerberos needs the krb5 headers) on its first install. */
export const BUILD_PACKAGES = ['build-essential', 'python3', 'libkrb5-dev'];
/** For the tests only: the browser that drives the workbench. `npm start` needs none. */
export const TEST_PACKAGES = ['chromium'];

export class SetupError extends Error {}

function commandExists(name) {
	return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** The named packages dpkg does not list as installed; undefined when this machine has no dpkg. */
export function missingPackages(names) {
	if (!commandExists('dpkg-query')) {
		return undefined;
	}
	return names.filter(name => {
		const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
		return !(result.status === 0 && /install ok installed/.test(result.stdout));
	});
}

/**
 * What to do about missing packages: nothing, install them, or stop with the command to run.
 * @param {{ names: string[], missing: string[] | undefined, isRoot: boolean, hasAptGet: boolean, purpose: string }} facts
 * @returns {{ action: 'none' } | { action: 'install' } | { action: 'unknown', message: string } | { action: 'stop', message: string }}
 */
export function planSystemPackages({ names, missing, isRoot, hasAptGet, purpose }) {
	if (missing === undefined) {
		return { action: 'unknown', message: `cannot check Debian packages on this machine (no dpkg-query); ${purpose} needs the equivalents of: ${names.join(' ')}` };
	}
	if (missing.length === 0) {
		return { action: 'none' };
	}
	if (isRoot && hasAptGet) {
		return { action: 'install' };
	}
	const sudo = isRoot ? '' : 'sudo ';
	return { action: 'stop', message: `${purpose} needs Debian packages that are missing; run: ${sudo}apt-get update && ${sudo}apt-get install -y ${missing.join(' ')}` };
}

function run(command, args) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
		child.on('error', reject);
		child.on('exit', code => code === 0 ? resolve() : reject(new SetupError(`${command} ${args.join(' ')} exited with ${code}`)));
	});
}

/**
 * Makes sure the named Debian packages are installed: installs them (root with apt-get, progress shown),
 * or throws a SetupError whose one-line message is the command to run.
 * @param {string[]} names
 * @param {string} purpose what needs them, for the messages
 * @param {(message: string) => void} say
 */
export async function ensureSystemPackages(names, purpose, say) {
	const missing = missingPackages(names);
	const plan = planSystemPackages({ names, missing, isRoot: process.getuid?.() === 0, hasAptGet: commandExists('apt-get'), purpose });
	if (plan.action === 'unknown') {
		say(plan.message);
	} else if (plan.action === 'stop') {
		throw new SetupError(plan.message);
	} else if (plan.action === 'install') {
		say(`installing Debian packages for ${purpose}: ${missing.join(' ')} (apt-get, as root)`);
		await run('apt-get', ['update', '-q']);
		await run('apt-get', ['install', '-y', '-q', ...missing]);
	}
}
