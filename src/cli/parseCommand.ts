import { parseSeed } from '../model/parse';
import type { CliCommand } from './io';
import { formatRange, headerJson, shorten } from './format';

export const parseCommand: CliCommand = {
	name: 'parse',
	usage: 'parse FILE [--json]',
	summary: 'the document model: header, title and every block with its kind and range',
	run(args, text) {
		const doc = parseSeed(text);
		if (args.json) {
			return JSON.stringify({
				header: headerJson(doc.header),
				title: doc.title?.text ?? null,
				subtitle: doc.subtitle?.text ?? null,
				blocks: doc.blocks.map(b => ({ kind: b.kind, text: b.text, range: b.range, ...(b.level ? { level: b.level } : {}), ...(b.marker ? { marker: b.marker } : {}) })),
			}, null, 2);
		}
		const lines = [`date: ${doc.header.date ?? (doc.header.problem ? `none (${doc.header.problem})` : 'none')}`];
		for (const b of doc.blocks) {
			lines.push(`${formatRange(b.range).padEnd(14)} ${b.kind.padEnd(11)} ${shorten(b.text, 70)}`);
		}
		return lines.join('\n');
	},
};
