#!/usr/bin/env node
// npm run bench: one table of figures, each a median of several runs with its spread, and where there
// is a peer (markdown-it), the peer's median and our ratio to it, measured in the same process.
// usage: node --expose-gc bench/run.mjs [--quick] [--runs N] [--only name,name]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : quick ? 3 : 7;
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? args[onlyArg + 1].split(',') : undefined;

/** Bench modules, in table order; each exports `rows(context)` returning row objects. */
const modules = ['parse', 'entities', 'preview', 'activation', 'workspace', 'cli', 'realPages'];

function format(value, unit) {
	if (value === undefined || Number.isNaN(value)) {
		return '';
	}
	const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
	return `${value.toFixed(digits)} ${unit}`;
}

const table = [];
for (const name of modules) {
	if (only && !only.includes(name)) {
		continue;
	}
	const file = path.join(import.meta.dirname, `${name}.mjs`);
	if (!fs.existsSync(file)) {
		continue;
	}
	const started = Date.now();
	try {
		const mod = await import(file);
		for (const row of await mod.rows({ runs, quick })) {
			table.push({ group: name, ...row });
		}
	} catch (e) {
		table.push({ group: name, figure: `FAILED: ${String(e instanceof Error ? e.message : e).split('\n').find(l => /Error/.test(l)) ?? 'see stderr'}`.slice(0, 160) });
		console.error(e);
		process.exitCode = 1;
	}
	console.error(`[bench] ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const header = ['figure', 'median', 'spread', 'peer', 'peer median', 'ratio'];
const lines = table.map(r => [
	r.figure,
	format(r.median, r.unit ?? ''),
	r.spread === undefined ? '' : `±${(r.spread * 50).toFixed(0)}%`,
	r.peer ?? '',
	format(r.peerMedian, r.unit ?? ''),
	r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map(l => l[i].length)));
const print = cells => console.log(`| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`);
console.log(`Seed Reader bench — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${runs} runs per figure (median; spread = half the range, % of median)`);
print(header);
print(widths.map(w => '-'.repeat(w)));
lines.forEach(print);
