import type { Range, SeedHeader } from '../model/types';

/** 1-based `line:col-line:col`, as people and other tools count. */
export function formatRange(range: Range): string {
	return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

export function shorten(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function headerJson(header: SeedHeader): Record<string, unknown> {
	return {
		date: header.date,
		precision: header.precision,
		raw: header.raw,
		...(header.problem ? { problem: header.problem } : {}),
		range: header.range,
	};
}
