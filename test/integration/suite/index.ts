// Runs inside the real extension host (code-server's Node host): @vscode/test-electron's runTests, or
// the code shim standing in for it, points `extensionTestsPath` here. Every `*.test.js` beside the
// suite folder is a test file. SEED_READER_GREP narrows the run to matching test titles;
// SEED_READER_EXCLUDE (a regular expression) leaves matching titles out instead. When
// SEED_READER_INSTALLED_EXTENSIONS_DIR is set (the `installed` stage), the tests in `installed/`, which
// check that the extension under test is the installed .vsix, run first.
import { promises as fs } from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
	const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30000 });
	if (process.env.SEED_READER_GREP) {
		mocha.grep(process.env.SEED_READER_GREP);
	} else if (process.env.SEED_READER_EXCLUDE) {
		mocha.grep(new RegExp(process.env.SEED_READER_EXCLUDE)).invert();
	}
	const testsRoot = path.resolve(__dirname, '..');
	const files = (await fs.readdir(testsRoot)).filter(name => name.endsWith('.test.js')).sort();
	if (files.length === 0) {
		throw new Error(`no integration test files in ${testsRoot}`);
	}
	if (process.env.SEED_READER_INSTALLED_EXTENSIONS_DIR) {
		const installedRoot = path.join(testsRoot, 'installed');
		for (const file of (await fs.readdir(installedRoot)).filter(name => name.endsWith('.test.js')).sort()) {
			mocha.addFile(path.join(installedRoot, file));
		}
	}
	for (const file of files) {
		mocha.addFile(path.join(testsRoot, file));
	}
	await new Promise<void>((resolve, reject) => {
		mocha.run(failures => failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve());
	});
}
