import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseCommand } from '../../src/cli/parseCommand';
import { renderCommand } from '../../src/cli/renderCommand';
import { repoRoot, realSeedName } from './helpers';

const cli = path.join(repoRoot, 'dist', 'cli.js');

function run(args: string[], input?: string | Buffer) {
	const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

suite('seed-reader CLI (dist/cli.js)', function () {
	// Each test starts node processes; a loaded 2-core machine needs more than mocha's default 2 s.
	this.timeout(30_000);
	suiteSetup(function () {
		assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
	});

	const seed = path.join(repoRoot, 'seeds', realSeedName);

	test('outline --json on the real seed', () => {
		const { code, stdout } = run(['outline', seed, '--json']);
		assert.equal(code, 0);
		const result = JSON.parse(stdout);
		assert.equal(result.header.date, '2024-03-26');
		assert.equal(result.title, null);
		assert.deepEqual(result.symbols.slice(1).map((s: { name: string }) => s.name), ['Strategic Dialogue Amidst Crisis', 'Humanitarian Concerns and Political Discord', 'Forging a Path to Peace']);
		assert.equal(result.symbols[0].kind, 'Namespace');
		for (const s of result.symbols) {
			assert.ok(s.selectionRange.start.line >= s.range.start.line && s.selectionRange.end.line <= s.range.end.line);
		}
	});

	test('parse --json gives header, title and blocks with kinds and ranges', () => {
		const { code, stdout } = run(['parse', path.join(repoRoot, 'seeds', '002_headline_deck_byline.txt'), '--json']);
		assert.equal(code, 0);
		const result = JSON.parse(stdout);
		assert.equal(result.header.date, '2024-06-21');
		assert.equal(result.title, 'Heatwave Pushes Power Grid to the Brink Across Northern India');
		const kinds = new Set(result.blocks.map((b: { kind: string }) => b.kind));
		for (const kind of ['title', 'subtitle', 'heading', 'paragraph', 'caption', 'byline', 'dateline', 'boilerplate']) {
			assert.ok(kinds.has(kind), kind);
		}
		assert.deepEqual(result.blocks[1].range.start, { line: 1, character: 0 });
	});

	test('reads stdin for -', () => {
		const { code, stdout } = run(['parse', '-', '--json'], ' date 2024-06 Cinema\nA Headline Worth Reading Today\nProse follows here.');
		assert.equal(code, 0);
		assert.equal(JSON.parse(stdout).header.date, '2024-06');
	});

	test('readable tree without --json', () => {
		const { code, stdout } = run(['outline', seed]);
		assert.equal(code, 0);
		assert.match(stdout, /^2024-03-26\n├─ As tensions/);
		assert.match(stdout, /└─ Forging a Path to Peace/);
	});

	test('a directory, a missing file and a binary file exit 2 with one line', () => {
		const binary = path.join(os.tmpdir(), `seed-reader-binary-${process.pid}.txt`);
		fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
		try {
			for (const target of [repoRoot, path.join(repoRoot, 'no-such-file.txt'), binary]) {
				const { code, stderr, stdout } = run(['parse', target]);
				assert.equal(code, 2, target);
				assert.equal(stdout, '');
				assert.equal(stderr.trim().split('\n').length, 1, stderr);
			}
		} finally {
			fs.rmSync(binary);
		}
	});

	test('an unknown command exits 2', () => {
		assert.equal(run(['frobnicate', seed]).code, 2);
	});

	test('entities --json offsets index the file as read, its byte-order mark included; --help says so', () => {
		const withBom = path.join(os.tmpdir(), `seed-bom-${process.pid}.txt`);
		fs.writeFileSync(withBom, '\ufeff date 2024-03-26 Talks\n\nDefense Secretary Lloyd Austin met Israeli Defense Minister Yoav Gallant in Washington.\n', 'utf8');
		try {
			const { code, stdout } = run(['entities', withBom, '--json']);
			assert.equal(code, 0);
			const asRead = fs.readFileSync(withBom, 'utf8');
			assert.equal(asRead.charCodeAt(0), 0xfeff, 'Node keeps the mark');
			const entities = JSON.parse(stdout).entities as { name: string; mentions: { start: number; end: number }[] }[];
			const austin = entities.find(e => e.name === 'Lloyd Austin');
			assert.ok(austin, stdout);
			assert.equal(asRead.slice(austin.mentions[0].start, austin.mentions[0].end), 'Lloyd Austin');
		} finally {
			fs.rmSync(withBom, { force: true });
		}
		assert.match(run(['--help']).stdout, /UTF-16 code units into the file's text as read, a byte-order mark included/);
	});

	test('render: an entity\'s tooltip escapes the page\'s text once ("AT&T", "<b>")', () => {
		const file = path.join(os.tmpdir(), `seed-tooltip-${process.pid}.txt`);
		const out = path.join(os.tmpdir(), `seed-tooltip-${process.pid}.html`);
		fs.writeFileSync(file, ' date 2024-03-26 Talks\n\nDefense Secretary Lloyd Austin said AT&T would help <b> in Washington.\n');
		try {
			assert.equal(run(['render', file, '-o', out]).code, 0);
			const html = fs.readFileSync(out, 'utf8');
			const titles = [...html.matchAll(/ title="([^"]*)"/g)].map(m => m[1]);
			assert.ok(titles.some(t => t.startsWith('AT&amp;T · organization')), titles.join('\n'));
			assert.ok(titles.some(t => t.includes('help &lt;b&gt; in')), 'the quoted sentence keeps <b> as text, escaped once');
			assert.ok(!titles.some(t => t.includes('&amp;amp;') || t.includes('&amp;lt;')), 'nothing is escaped twice');
		} finally {
			fs.rmSync(file, { force: true });
			fs.rmSync(out, { force: true });
		}
	});

	test('parse --json and render give their output in pieces, none of them the whole', () => {
		const text = ' date 2024-01-01 x\n' + 'a\n'.repeat(200000);
		const args = { file: '-', json: true, output: undefined };
		const json = parseCommand.run(args, text);
		assert.notEqual(typeof json, 'string', 'one string of every block would pass the longest string the engine makes on large seeds');
		const pieces = [...json];
		assert.ok(pieces.length > 10 && pieces.every(p => p.length <= 1 << 17), `${pieces.length} pieces`);
		const html = renderCommand.run({ ...args, json: false }, ' date 2024-01-01 Title\nSome text here.\n');
		assert.notEqual(typeof html, 'string');
	});

	test('parse --json writes a block at a time: 300,000 one-character lines give valid JSON with every block', function () {
		this.timeout(60000);
		const { code, stdout } = run(['parse', '-', '--json'], ' date 2024-01-01 x\n' + 'a\n'.repeat(300000));
		assert.equal(code, 0);
		const result = JSON.parse(stdout) as { header: { date: string }; blocks: { kind: string; text: string }[] };
		assert.equal(result.header.date, '2024-01-01');
		assert.equal(result.blocks.length, 300001);
		assert.equal(result.blocks[300000].text, 'a');
	});

	test('input over the documented limit is refused with one line and exit 2, stdin included', function () {
		this.timeout(60000);
		const { code, stdout, stderr } = run(['parse', '-'], Buffer.alloc(33 * 1024 * 1024, 0x61));
		assert.equal(code, 2);
		assert.equal(stdout, '');
		assert.match(stderr.trim(), /^seed-reader: stdin: over the command line's limit of 32 MB$/);
		assert.match(run(['--help']).stdout, /Inputs over 32 MB are refused \(exit 2\)/);
	});
});

