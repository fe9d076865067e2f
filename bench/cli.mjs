// The command line on large seeds: time and peak memory of `render` and `parse --json` at 10, 50 and
// 200 MB, written to a file. Inputs over the CLI's documented limit (32 MB) must be refused at once
// with exit 2, so those rows show the refusal's time and memory.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpus, MB } from './corpus.mjs';
import { median, spread } from './stats.mjs';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
const preload = path.join(import.meta.dirname, 'support', 'peakRss.cjs');

function runOnce(args) {
	const started = process.hrtime.bigint();
	const result = spawnSync(process.execPath, ['--require', preload, cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const rss = Number(/peak-rss-kb (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
	return { ms, rss, code: result.status };
}

export async function rows({ runs, quick }) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cli-bench-'));
	const out = [];
	try {
		for (const size of quick ? [10 * MB] : [10 * MB, 50 * MB, 200 * MB]) {
			const file = path.join(dir, `seed-${size}.txt`);
			fs.writeFileSync(file, corpus(size));
			for (const [name, args] of [['render', ['render', file, '-o', path.join(dir, 'out.html')]], ['parse --json', ['parse', file, '--json', '-o', path.join(dir, 'out.json')]]]) {
				const n = size > 32 * MB ? 1 : Math.max(1, Math.min(runs, 3));
				const results = Array.from({ length: n }, () => runOnce(args));
				const codes = [...new Set(results.map(r => r.code))].join(',');
				const label = `cli ${name}, ${size / MB} MB (exit ${codes})`;
				out.push({ figure: `${label}: time`, median: median(results.map(r => r.ms)), spread: spread(results.map(r => r.ms)), unit: 'ms' });
				out.push({ figure: `${label}: peak RSS`, median: median(results.map(r => r.rss)), unit: 'MB' });
			}
			fs.rmSync(file, { force: true });
		}
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
	return out;
}
