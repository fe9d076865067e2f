// Public entry point of the integration tests: @vscode/test-electron's runTests.
//
// Which VS Code runs them:
//   1. VSCODE_EXECUTABLE_PATH, when set (a desktop VS Code, or any `code`-compatible executable);
//   2. with SEED_READER_TRY_DOWNLOAD=1, a desktop VS Code downloaded by test-electron (15 s limit);
//   3. otherwise (and when the download fails) the code shim: code-server's real extension host,
//      driven by headless chromium (scripts/realVscode/codeShim.mjs). This is the route offline.
// The workspace is a temporary folder holding a copy of the project's `seeds/`, removed afterwards.
// Prints `integration: N passed, M failed` last; exits non-zero when a test fails or VS Code cannot run.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const repo = path.resolve(__dirname, '../../..');
const shim = path.join(repo, 'scripts', 'realVscode', 'codeShim.mjs');

async function resolveExecutable(): Promise<{ executable: string; label: string }> {
	if (process.env.VSCODE_EXECUTABLE_PATH) {
		return { executable: process.env.VSCODE_EXECUTABLE_PATH, label: `VSCODE_EXECUTABLE_PATH (${process.env.VSCODE_EXECUTABLE_PATH})` };
	}
	if (process.env.SEED_READER_TRY_DOWNLOAD === '1') {
		const version = process.env.SEED_READER_VSCODE_VERSION ?? 'stable';
		try {
			const executable = await downloadAndUnzipVSCode({ version, timeout: 15000 });
			return { executable, label: `downloaded VS Code ${version}` };
		} catch (error) {
			console.log(`[integration] cannot download VS Code ${version} (${(error as Error).message}); using code-server`);
		}
	}
	return { executable: shim, label: 'code-server + headless chromium (scripts/realVscode/codeShim.mjs)' };
}

/** Passes the run's output through and counts mocha's closing lines. */
class MochaCounter extends Writable {
	passed = 0;
	failed = 0;
	sawSummary = false;
	private _pending = '';

	override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
		process.stdout.write(chunk);
		this._pending += chunk.toString();
		const lines = this._pending.split('\n');
		this._pending = lines.pop() ?? '';
		for (const line of lines) {
			const passing = /^\s*(\d+) passing\b/.exec(line);
			const failing = /^\s*(\d+) failing\b/.exec(line);
			if (passing) {
				this.passed = Number(passing[1]);
				this.sawSummary = true;
			}
			if (failing) {
				this.failed = Number(failing[1]);
			}
		}
		done();
	}
}

async function main(): Promise<number> {
	const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-reader-ws-'));
	fs.cpSync(path.join(repo, 'seeds'), path.join(workspace, 'seeds'), { recursive: true });
	const counter = new MochaCounter();
	let failure: string | undefined;
	try {
		const { executable, label } = await resolveExecutable();
		console.log(`[integration] real VS Code: ${label}`);
		await runTests({
			vscodeExecutablePath: executable,
			extensionDevelopmentPath: repo,
			extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
			launchArgs: [workspace],
			stdout: counter,
		});
	} catch (error) {
		failure = (error as Error).message;
	} finally {
		fs.rmSync(workspace, { recursive: true, force: true });
	}
	if (!counter.sawSummary) {
		console.log(`[integration] FAILED: the real VS Code did not run the suite (${failure ?? 'no mocha summary seen'})`);
		console.log('integration: 0 passed, 1 failed');
		return 1;
	}
	console.log(`integration: ${counter.passed} passed, ${counter.failed} failed`);
	return failure || counter.failed > 0 ? 1 : 0;
}

main().then(code => process.exit(code), error => {
	console.error(error);
	process.exit(1);
});
