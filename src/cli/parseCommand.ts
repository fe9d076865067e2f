import { parseSeed } from '../model/parse';
import { blockTableOf, SeedBlock } from '../model/block';
import type { Block, SeedDocument } from '../model/types';
import type { CliArgs, CliCommand } from './io';
import { formatRange, headerJson, shorten } from './format';

export const parseCommand = {
	name: 'parse',
	usage: 'parse FILE [--json]',
	summary: 'the document model: header, title and every block with its kind and range',
	run(args: CliArgs, text: string): string | Iterable<string> {
		const doc = parseSeed(text);
		if (args.json) {
			return parseJson(doc);
		}
		const lines = [`date: ${doc.header.date ?? (doc.header.problem ? `none (${doc.header.problem})` : 'none')}`];
		for (const b of doc.blocks) {
			lines.push(`${formatRange(b.range).padEnd(14)} ${b.kind.padEnd(11)} ${shorten(b.text, 70)}`);
		}
		return lines.join('\n');
	},
} satisfies CliCommand;

/**
 * The model as JSON, a block at a time: a seed of a million one-character lines has a million blocks,
 * and their JSON as one string would pass the longest string the engine makes.
 */
function* parseJson(doc: SeedDocument): Iterable<string> {
	yield `{\n  "header": ${indent(JSON.stringify(headerJson(doc.header), null, 2))},\n`;
	yield `  "title": ${JSON.stringify(doc.title?.text ?? null)},\n  "subtitle": ${JSON.stringify(doc.subtitle?.text ?? null)},\n  "blocks": [`;
	let first = true;
	let batch = '';
	for (const b of eachBlock(doc)) {
		const block = { kind: b.kind, text: b.text, range: b.range, ...(b.level ? { level: b.level } : {}), ...(b.marker ? { marker: b.marker } : {}) };
		batch += `${first ? '' : ','}\n    ${indent(indent(JSON.stringify(block, null, 2)))}`;
		first = false;
		if (batch.length > 1 << 16) {
			yield batch;
			batch = '';
		}
	}
	yield `${batch}${first ? '' : '\n  '}]\n}\n`;
}

function indent(json: string): string {
	return json.replace(/\n/g, '\n  ');
}

/** Every block, each made when it is written and then dropped (`doc.blocks` would keep them all). */
function* eachBlock(doc: SeedDocument): Iterable<Block> {
	const table = blockTableOf(doc);
	if (!table) {
		yield* doc.blocks;
		return;
	}
	for (let i = 0; i < table.count; i++) {
		yield new SeedBlock(table, i);
	}
}
