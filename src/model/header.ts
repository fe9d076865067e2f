import type { DatePrecision } from './types';

export interface HeaderMatch {
	readonly date: string | null;
	readonly precision: DatePrecision | null;
	readonly raw: string;
	readonly problem?: string;
	/** Offsets of the header token (`date 2024-03-26`) within the line. */
	readonly start: number;
	readonly end: number;
	/** Where the page text begins on the header line (after one separating space). */
	readonly textStart: number;
}

const headerPattern = /^[ \t]*date[ \t]+([0-9][0-9-]*)(?=[ \t]|$)/;

/**
 * Reads the ` date YYYY-MM-DD` header of a seed's first line. A date-shaped token that is not a real
 * date (`2024-13-45`) still counts as the header, so the page text after it is not mistaken for it,
 * but its date is null and `problem` says why. Anything else means there is no header.
 */
export function matchHeader(line: string): HeaderMatch | undefined {
	const m = headerPattern.exec(line);
	if (!m) {
		return undefined;
	}
	const token = m[1];
	const start = m.index + m[0].indexOf('date');
	const end = m[0].length;
	const textStart = end < line.length ? end + 1 : end;
	const raw = line.slice(start, end);
	const parts = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(token);
	if (!parts) {
		return { date: null, precision: null, raw, problem: `malformed date "${token}"`, start, end, textStart };
	}
	const year = Number(parts[1]);
	const month = Number(parts[2]);
	if (month < 1 || month > 12) {
		return { date: null, precision: null, raw, problem: `impossible date "${token}"`, start, end, textStart };
	}
	if (parts[3] === undefined) {
		return { date: token, precision: 'month', raw, start, end, textStart };
	}
	const day = Number(parts[3]);
	if (day < 1 || day > daysInMonth(year, month)) {
		return { date: null, precision: null, raw, problem: `impossible date "${token}"`, start, end, textStart };
	}
	return { date: token, precision: 'day', raw, start, end, textStart };
}

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
