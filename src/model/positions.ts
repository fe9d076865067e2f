import type { Position, Range } from './types';

/**
 * Offsets where each line starts. Line breaks are `\r\n`, `\n` or a lone `\r`, the same set VS Code's
 * text model uses, so line numbers agree with the editor for any input.
 */
export function computeLineStarts(text: string): number[] {
	const starts = [0];
	if (text.indexOf('\r') < 0) {
		// Fast path for the common case: only `\n` breaks.
		let i = text.indexOf('\n');
		while (i >= 0) {
			starts.push(i + 1);
			i = text.indexOf('\n', i + 1);
		}
		return starts;
	}
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 13 /* \r */) {
			if (text.charCodeAt(i + 1) === 10) {
				i++;
			}
			starts.push(i + 1);
		} else if (c === 10) {
			starts.push(i + 1);
		}
	}
	return starts;
}

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
