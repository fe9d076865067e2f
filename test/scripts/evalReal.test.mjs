// npm run eval:real on a machine without the page texts (CI, a fresh clone): it says so and succeeds.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const script = path.join(import.meta.dirname, '..', '..', 'scripts', 'realPages', 'evalReal.mjs');

suite('eval:real without page texts', () => {
	test('names the missing pages, scores nothing and exits 0', function () {
		this.timeout(20000);
		const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-pages-'));
		const result = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, REAL_PAGES_DIR: empty } });
		assert.equal(result.status, 0, result.stderr);
		assert.match(result.stdout, /0 present/);
		assert.match(result.stdout, /no page texts present, so nothing was scored/);
		fs.rmSync(empty, { recursive: true, force: true });
	});
});
