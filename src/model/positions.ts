import type { Position, Range } from './types';

/** Index of the line containing `offset` (binary search; O(log lines)). */
export function lineAt(lineStarts: ArrayLike<number>, offset: number): number {
	let lo = 0;
	let hi = lineStarts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (lineStarts[mid] <= offset) {
			lo = mid;
		} else {
			hi = mid - 1;
		}
	}
	return lo;
}

export function positionAt(lineStarts: ArrayLike<number>, offset: number): Position {
	const line = lineAt(lineStarts, offset);
	return { line, character: offset - lineStarts[line] };
}

export function offsetAt(lineStarts: ArrayLike<number>, position: Position): number {
	const line = Math.max(0, Math.min(position.line, lineStarts.length - 1));
	return lineStarts[line] + Math.max(0, position.character);
}

export function rangeAt(lineStarts: ArrayLike<number>, start: number, end: number): Range {
	return { start: positionAt(lineStarts, start), end: positionAt(lineStarts, end) };
}

export function containsRange(outer: Range, inner: Range): boolean {
	return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export function comparePositions(a: Position, b: Position): number {
	return a.line - b.line || a.character - b.character;
}
