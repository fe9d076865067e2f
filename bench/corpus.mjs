// Seed corpora of a given size, made from the bundled seeds: one header, then the bodies of all
// seeds repeated, so the text has every variety in the proportions the samples have.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export function seedTexts() {
	const dir = path.join(root, 'seeds');
	return fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => fs.readFileSync(path.join(dir, f), 'utf8'));
}

function body(text) {
	// Drop the header token and BOM: a document has one header.
	return text.replace(/^\uFEFF?\s*date\s+\S+\s/, '').replace(/\r\n?/g, '\n');
}

const cache = new Map();

/** About `bytes` of seed text (UTF-8 bytes), always starting with a header. */
export function corpus(bytes) {
	if (cache.has(bytes)) {
		return cache.get(bytes);
	}
	const bodies = seedTexts().map(body);
	const parts = [' date 2024-03-26 '];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const next = bodies[i % bodies.length];
		parts.push(next, '\n\n');
		size += Buffer.byteLength(next) + 2;
	}
	const text = parts.join('');
	cache.set(bytes, text);
	return text;
}

export const KB = 1024;
export const MB = 1024 * 1024;

export function sizeLabel(bytes) {
	return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / KB)} KB`;
}
