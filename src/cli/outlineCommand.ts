import { buildOutline, type OutlineSymbol } from '../model/outline';
import { parseSeed } from '../model/parse';
import type { CliCommand } from './io';
import { formatRange, headerJson } from './format';

export const outlineCommand: CliCommand = {
	name: 'outline',
	usage: 'outline FILE [--json]',
	summary: 'the outline tree exactly as the editor shows it',
	run(args, text) {
		const doc = parseSeed(text);
		const symbols = buildOutline(doc);
		if (args.json) {
			return JSON.stringify({ header: headerJson(doc.header), title: doc.title?.text ?? null, symbols }, null, 2);
		}
		const lines: string[] = [doc.header.date ?? '(no date)'];
		const walk = (items: readonly OutlineSymbol[], indent: string) => {
			items.forEach((s, i) => {
				const lastItem = i === items.length - 1;
				const detail = s.detail ? `  (${s.detail})` : '';
				lines.push(`${indent}${lastItem ? '└─' : '├─'} ${s.name}${detail}  ${formatRange(s.range)}`);
				walk(s.children, indent + (lastItem ? '   ' : '│  '));
			});
		};
		walk(symbols, '');
		return lines.join('\n');
	},
};
