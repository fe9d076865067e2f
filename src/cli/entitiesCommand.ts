import { neutralizeBidi } from '../model/bidi';
import { buildEntityIndex } from '../model/entities/entityIndex';
import { parseSeed } from '../model/parse';
import type { CliArgs, CliCommand } from './io';
import { shorten } from './format';
import { nodeEntityRecognizer } from './taggerWeights';

export const entitiesCommand = {
	name: 'entities',
	usage: 'entities FILE [--json]',
	summary: 'people, places, organisations, groups, dates and figures, with every mention',
	run(args: CliArgs, text: string): string {
		const index = buildEntityIndex(parseSeed(text), nodeEntityRecognizer());
		if (args.json) {
			return JSON.stringify({
				entities: index.entities.map(e => ({
					name: e.name, type: e.type, role: e.role, aliases: e.aliases,
					mentions: e.mentions.map(m => ({ start: m.start, end: m.end })),
				})),
			}, null, 2);
		}
		// A terminal would obey a bidi control in a name: they are written as their codes.
		const rows = index.entities.map(e => [
			shorten(neutralizeBidi(e.name), 32), e.type, shorten(neutralizeBidi(e.role ?? ''), 28), String(e.mentions.length), shorten(neutralizeBidi(e.aliases.join(', ')), 40),
		]);
		const header = ['NAME', 'TYPE', 'ROLE', 'MENTIONS', 'ALIASES'];
		const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
		const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
		return [line(header), ...rows.map(line)].join('\n') || '(no entities)';
	},
} satisfies CliCommand;
