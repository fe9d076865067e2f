// The real-page corpus: where its texts live (git-ignored), where its gold annotations live (committed),
// and the pure helpers every corpus script shares. See test/realPages/ANNOTATION.md.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const repo = path.resolve(import.meta.dirname, '..', '..');
/** Page texts: other people's writing, never committed. REAL_PAGES_DIR moves them. */
export const pagesDir = path.resolve(process.env.REAL_PAGES_DIR || path.join(repo, '.cache', 'real-pages'));
export const goldDir = path.join(repo, 'test', 'realPages', 'gold');
export const manifestFile = path.join(repo, 'test', 'realPages', 'manifest.json');

export const KINDS = ['title', 'subtitle', 'heading', 'paragraph', 'list-item', 'quote', 'caption', 'byline', 'dateline', 'noise', 'related'];

export function sha256(text) {
	return crypto.createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
}

/** A page's id: the first 12 hex digits of its text's sha256, so the same page saved twice is one page. */
export function pageId(text) {
	return sha256(text).slice(0, 12);
}

/**
 * The check split, about a third of the pages, is chosen once by the page's hash, never by looking at
 * it: the pages whose sha256 starts with a hex digit divisible by 3 (0, 3, 6, 9, c, f: 6 of 16).
 * The rule is fixed here, so a page's split never moves.
 */
export function splitOf(sha) {
	return parseInt(sha[0], 16) % 3 === 0 ? 'check' : 'tune';
}

/** Lines as the parser counts them: split on \n, a \r before it not part of the line. */
export function pageLines(text) {
	return text.split('\n').map(line => line.endsWith('\r') ? line.slice(0, -1) : line);
}

/** The offset on line 0 where the page's own text starts, after ` date YYYY-MM(-DD) `. */
export function headerTextStart(firstLine) {
	const m = /^[ \t]*date[ \t]+[0-9][0-9-]*(?=[ \t]|$)/.exec(firstLine);
	if (!m) {
		return 0;
	}
	return m[0].length < firstLine.length ? m[0].length + 1 : m[0].length;
}

export function readGold(id) {
	return JSON.parse(fs.readFileSync(path.join(goldDir, `${id}.json`), 'utf8'));
}

export function listGold() {
	if (!fs.existsSync(goldDir)) {
		return [];
	}
	return fs.readdirSync(goldDir).filter(f => f.endsWith('.json')).sort().map(f => readGold(f.slice(0, -5)));
}

/** The page's text when present and unchanged; undefined when absent; throws when it differs. */
export function readPage(gold) {
	const file = path.join(pagesDir, `${gold.id}.txt`);
	if (!fs.existsSync(file)) {
		return undefined;
	}
	const text = fs.readFileSync(file, 'utf8');
	if (sha256(text) !== gold.source.sha256) {
		throw new Error(`${file} is not the page the manifest names (sha256 differs)`);
	}
	return text;
}
