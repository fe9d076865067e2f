#!/usr/bin/env node
// Stands in for the `code` executable in @vscode/test-electron's runTests({ vscodeExecutablePath }):
// turns the VS Code command line it receives into a code-server + chromium run (runTests.mjs).
// Understood: --extensionDevelopmentPath=, --extensionTestsPath=, and one folder to open. Everything
// else test-electron adds (--user-data-dir, --extensions-dir, --no-sandbox, --disable-*) is replaced by
// the harness's own fresh, temporary equivalents. SEED_READER_TEST_TIMEOUT (ms) and
// SEED_READER_VERBOSE=1 tune the run.
import path from 'node:path';
import { runExtensionTests } from './runTests.mjs';

let extensionDevelopmentPath;
let extensionTestsPath;
let workspace;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
	const arg = argv[i];
	const value = (name) => arg.startsWith(`${name}=`) ? arg.slice(name.length + 1) : (arg === name ? argv[++i] : undefined);
	extensionDevelopmentPath = value('--extensionDevelopmentPath') ?? extensionDevelopmentPath;
	extensionTestsPath = value('--extensionTestsPath') ?? extensionTestsPath;
	if (!arg.startsWith('-')) {
		workspace = arg;
	}
}
if (!extensionDevelopmentPath || !extensionTestsPath) {
	console.error(`codeShim: needs --extensionDevelopmentPath and --extensionTestsPath (got: ${argv.join(' ')})`);
	process.exit(2);
}
process.exit(await runExtensionTests({
	extensionDevelopmentPath: path.resolve(extensionDevelopmentPath),
	extensionTestsPath: path.resolve(extensionTestsPath),
	workspace: path.resolve(workspace ?? path.join(extensionDevelopmentPath, 'seeds')),
	timeoutMs: Number(process.env.SEED_READER_TEST_TIMEOUT ?? 300000),
	verbose: process.env.SEED_READER_VERBOSE === '1',
}));
