#!/usr/bin/env node
// The `installed` stage of `npm test`: the extension as a user gets it. Packages the .vsix exactly as
// `npm run package` does (release build, allowlist .vscodeignore) from a staging copy of the working
// tree, so the development build in dist/ is never touched. Then installs it into a fresh extensions
// folder with code-server's `--install-extension`, checks what landed there, and runs the integration
// suite (all but its 200-cycle preview leak test, see excludedSuite) in code-server with that folder.
// The development path VS Code insists on for a test run is an empty folder, so the only Seed Reader
// it can load is the installed one; the suite's `installed/` test asserts that from inside the
// extension host.
//
// usage: node scripts/realVscode/installedTests.mjs [--verbose] [--keep] [--timeout MS]
//        (run `npm run compile-tests` first: the suite comes from out/test/integration)
// Prints `installed: N passed, M failed` last: the install checks plus the suite's mocha counts.
// Exit code: 0 passed, 1 failed, 2 could not run.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureInstalled } from './install.mjs';
import { runExtensionTests } from './runTests.mjs';

const repo = path.resolve(import.meta.dirname, '..', '..');
const suiteIndex = path.join(repo, 'out', 'test', 'integration', 'suite', 'index.js');
const maxVsixBytes = 1.5 * 1024 * 1024;
/**
 * The one suite left out here: 200 preview open/close cycles (30-50 s on a loaded 2-core machine) that
 * check object lifecycles, which packaging does not change. The integration and web stages run it.
 */
const excludedSuite = 'Preview leaks';
/** The test in test/integration/installed/ whose pass proves the run used the installed copy. */
const installedCopyTest = /^\s*(✔|✓) the extension under test is the copy installed from the \.vsix/;

const { values } = parseArgs({ options: {
	verbose: { type: 'boolean', default: false },
	keep: { type: 'boolean', default: false },
	timeout: { type: 'string', default: '300000' },
} });

const counts = { passed: 0, failed: 0 };
function check(title, ok, detail = '') {
	if (ok) {
		counts.passed++;
		console.log(`  ✔ ${title}`);
	} else {
		counts.failed++;
		console.log(`  ✖ ${title}${detail ? `\n      ${detail.split('\n').join('\n      ')}` : ''}`);
	}
	return ok;
}

function run(command, args, options) {
	return new Promise(resolve => {
		const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
		let output = '';
		child.stdout.on('data', chunk => (output += chunk));
		child.stderr.on('data', chunk => (output += chunk));
		child.on('error', error => resolve({ code: 1, output: `${output}${error.message}` }));
		child.on('close', code => resolve({ code, output }));
	});
}

/** The working tree as git sees it (tracked and untracked, minus ignored); without git, all but build output. */
function sourceFiles() {
	const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' });
	if (listed.status === 0) {
		return listed.stdout.split('\0').filter(f => f && fs.existsSync(path.join(repo, f)) && fs.statSync(path.join(repo, f)).isFile());
	}
	const skip = new Set(['.git', 'node_modules', 'dist', 'out', '.vscode-test', 'screenshots', '.bench-cache']);
	return fs.readdirSync(repo, { recursive: true, withFileTypes: true })
		.filter(e => e.isFile())
		.map(e => path.relative(repo, path.join(e.parentPath, e.name)))
		.filter(f => !skip.has(f.split(path.sep)[0]) && !f.endsWith('.vsix'));
}

/** `npm run package` in a staging copy (node_modules linked, not copied). Resolves with the .vsix path. */
async function packageVsix(staging) {
	for (const file of sourceFiles()) {
		fs.mkdirSync(path.dirname(path.join(staging, file)), { recursive: true });
		fs.copyFileSync(path.join(repo, file), path.join(staging, file));
	}
	fs.symlinkSync(path.join(repo, 'node_modules'), path.join(staging, 'node_modules'), 'dir');
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const { code, output } = await run(npm, ['run', '--silent', 'package'], { cwd: staging });
	const { version } = JSON.parse(fs.readFileSync(path.join(staging, 'package.json'), 'utf8'));
	const vsix = path.join(staging, `seed-reader-${version}.vsix`);
	check(`npm run package builds seed-reader-${version}.vsix`, code === 0 && fs.existsSync(vsix), output.slice(-3000));
	return fs.existsSync(vsix) ? vsix : undefined;
}

/** code-server's own CLI install, into `extensionsDir` only (user data and XDG folders are temporary too). */
function installVsix(paths, vsix, tmp, extensionsDir) {
	const result = spawnSync(paths.node, [paths.codeServerEntry,
		'--install-extension', vsix, '--extensions-dir', extensionsDir,
		'--user-data-dir', path.join(tmp, 'install-user'), '--config', path.join(tmp, 'install-config.yaml'),
	], {
		encoding: 'utf8',
		timeout: 120000,
		env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'install-xdg'), XDG_DATA_HOME: path.join(tmp, 'install-xdg'), EXTENSIONS_GALLERY: '{}' },
	});
	const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? result.error.message : ''}`;
	const reported = new RegExp(`Extension '${path.basename(vsix).replace(/[.]/g, '\\.')}' was successfully installed`).test(output);
	check('code-server --install-extension reports success', result.status === 0 && reported, output.trim());
	const folders = fs.existsSync(extensionsDir)
		? fs.readdirSync(extensionsDir, { withFileTypes: true }).filter(e => e.isDirectory()).map(e => e.name)
		: [];
	check('the extensions folder holds exactly one extension, seed-reader.seed-reader', folders.length === 1 && folders[0].startsWith('seed-reader.seed-reader-'), `found: ${folders.join(', ') || 'nothing'}`);
	return folders.length === 1 ? path.join(extensionsDir, folders[0]) : undefined;
}

/**
 * What may ship: the bundles and data under dist/, the grammar, media, the manifest and its
 * localisation, the language configuration, README, CHANGELOG and LICENSE (vsce stores these three as
 * readme.md, changelog.md and LICENSE.txt), and the .vsixmanifest VS Code keeps beside an installed
 * extension. No source maps, sources, tests, seeds or node_modules.
 */
const shippable = [
	/^dist\/.+\.js$/, /^dist\/data\/[^/]+\.json$/,
	/^syntaxes\/[^/]+\.tmLanguage\.json$/,
	/^media\/[^/]+\.(css|svg|png)$/,
	/^package\.json$/, /^package\.nls(\.[a-z-]+)?\.json$/, /^language-configuration\.json$/,
	/^readme\.md$/i, /^changelog\.md$/i, /^license(\.txt)?$/i, /^\.vsixmanifest$/,
];

function checkShippedFiles(installed) {
	const files = fs.readdirSync(installed, { recursive: true, withFileTypes: true })
		.filter(e => e.isFile())
		.map(e => path.relative(installed, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
		.sort();
	const stray = files.filter(f => !shippable.some(p => p.test(f)));
	check(`the installed folder holds only shipped files (${files.length} files)`, stray.length === 0, `not meant to ship: ${stray.join(', ')}`);
	const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
	const required = [
		manifest.main, manifest.browser, manifest.icon, 'dist/webview/preview.js', 'dist/data/tagger.json',
		...(manifest.contributes?.grammars ?? []).map(g => g.path),
		...(manifest.contributes?.languages ?? []).map(l => l.configuration).filter(Boolean),
	].map(f => path.posix.normalize(f));
	const present = new Set(files.map(f => f.toLowerCase()));
	const missing = [...required, 'readme.md', 'changelog.md', 'license.txt'].filter(f => !present.has(f.toLowerCase()));
	check('every file package.json names is there (bundles, icon, grammar, language configuration) with README, CHANGELOG, LICENSE', missing.length === 0, `missing: ${missing.join(', ')}`);
	return missing.length === 0;
}

async function runSuite(tmp, extensionsDir) {
	const workspace = path.join(tmp, 'workspace');
	fs.cpSync(path.join(repo, 'seeds'), path.join(workspace, 'seeds'), { recursive: true });
	// VS Code runs extension tests only with a development path; an empty folder holds no extension,
	// so Seed Reader can only come from the extensions folder.
	const noExtension = path.join(tmp, 'no-extension-under-development');
	fs.mkdirSync(noExtension);
	const suite = { passed: 0, failed: 0, seen: false, installedCopyProven: false };
	console.log(`The integration suite from the installed copy (all but '${excludedSuite}', which the integration and web stages run)`);
	const code = await runExtensionTests({
		extensionDevelopmentPath: noExtension,
		extensionTestsPath: suiteIndex,
		workspace,
		extensionsDir,
		env: { SEED_READER_INSTALLED_EXTENSIONS_DIR: extensionsDir, SEED_READER_EXCLUDE: `^${excludedSuite} ` },
		timeoutMs: Number(values.timeout),
		verbose: values.verbose,
		out: text => {
			console.log(text);
			for (const line of String(text).split('\n')) {
				const passing = /^\s*(\d+) passing\b/.exec(line);
				const failing = /^\s*(\d+) failing\b/.exec(line);
				if (passing) { suite.passed = Number(passing[1]); suite.seen = true; }
				if (failing) { suite.failed = Number(failing[1]); }
				if (installedCopyTest.test(line)) { suite.installedCopyProven = true; }
			}
		},
	});
	counts.passed += suite.passed;
	counts.failed += suite.failed;
	if (!suite.seen) {
		check('the integration suite ran against the installed copy', false, `no mocha summary (exit ${code})`);
	} else if (!suite.installedCopyProven) {
		// e.g. SEED_READER_GREP left it out: without it the run proves nothing about the installed copy.
		check('the suite proved it ran the installed copy (test/integration/installed/)', false, 'that test did not pass in this run');
	}
	return code;
}

async function main() {
	if (!fs.existsSync(suiteIndex)) {
		console.log(`[installed] no compiled suite at ${path.relative(repo, suiteIndex)}: run npm run compile-tests first`);
		return 2;
	}
	const paths = await ensureInstalled();
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-reader-installed-'));
	let code = 1;
	try {
		const staging = path.join(tmp, 'package');
		fs.mkdirSync(staging);
		console.log('Package and install');
		const vsix = await packageVsix(staging);
		if (vsix) {
			const bytes = fs.statSync(vsix).size;
			check(`the .vsix is under 1.5 MB (${(bytes / 1024).toFixed(0)} KB)`, bytes < maxVsixBytes);
			const extensionsDir = path.join(tmp, 'extensions');
			const installed = installVsix(paths, vsix, tmp, extensionsDir);
			if (installed && checkShippedFiles(installed)) {
				code = await runSuite(tmp, extensionsDir);
			}
		}
	} finally {
		if (values.keep) {
			console.log(`[installed] kept ${tmp}`);
		} else {
			fs.rmSync(tmp, { recursive: true, force: true });
		}
	}
	console.log(`installed: ${counts.passed} passed, ${counts.failed} failed`);
	return code === 2 ? 2 : (counts.failed > 0 || code !== 0 ? 1 : 0);
}

main().then(code => process.exit(code), error => {
	console.error(error);
	console.log(`installed: ${counts.passed} passed, ${counts.failed + 1} failed`);
	process.exit(2);
});
