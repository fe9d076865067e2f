/**
 * Pure scroll arithmetic between fractional source lines and page offsets (no DOM types, so unit
 * tests import it in plain Node).
 *
 * Lines are 0-based. A block covers source lines [line, endLine + 1): a fractional line inside it maps
 * proportionally into the block's height, so a long paragraph that is one wrapped source line still
 * scrolls smoothly. Lines between two blocks (blank lines, hidden noise) map into the gap between them.
 * Blocks come in DOM order, with non-decreasing `line` and `top`. Blocks that share a line (the
 * dateline and the lede both sit on line 0) act as one block from the first's top to the last's bottom,
 * and the first block reaches up to the top of the page, so line 0 shows the page from its start.
 */

export interface LineBlock {
	readonly line: number;
	readonly endLine: number;
	/** Page offset of the block's top edge. */
	readonly top: number;
	readonly height: number;
}

/** Merges blocks that share a line and stretches the first one to the page top. */
export function normalizeBlocks(blocks: readonly LineBlock[]): LineBlock[] {
	const out: LineBlock[] = [];
	for (const b of blocks) {
		const last = out[out.length - 1];
		if (last && last.line === b.line) {
			const bottom = Math.max(last.top + last.height, b.top + b.height);
			out[out.length - 1] = { line: last.line, endLine: Math.max(last.endLine, b.endLine), top: last.top, height: bottom - last.top };
		} else {
			out.push(b);
		}
	}
	if (out.length > 0 && out[0].top > 0) {
		out[0] = { ...out[0], top: 0, height: out[0].top + out[0].height };
	}
	return out;
}

/** Index of the last block for which `key(block) <= value`, or -1. */
function lastAtOrBefore(blocks: readonly LineBlock[], value: number, key: (b: LineBlock) => number): number {
	let lo = 0;
	let hi = blocks.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (key(blocks[mid]) <= value) {
			found = mid;
			lo = mid + 1;
		} else {
			hi = mid - 1;
		}
	}
	return found;
}

/** Lines a block spans, up to where the next block starts. */
function spanOf(blocks: readonly LineBlock[], i: number): number {
	const b = blocks[i];
	const next = blocks[i + 1];
	const end = next ? Math.min(b.endLine + 1, next.line) : b.endLine + 1;
	return Math.max(0, end - b.line);
}

/** The page offset at which source `line` should be at the top of the view; undefined without blocks. */
export function offsetForLine(raw: readonly LineBlock[], line: number): number | undefined {
	const blocks = normalizeBlocks(raw);
	if (blocks.length === 0 || !Number.isFinite(line)) {
		return undefined;
	}
	const i = lastAtOrBefore(blocks, line, b => b.line);
	if (i < 0) {
		const first = blocks[0];
		return first.line > 0 ? first.top * Math.max(0, line) / first.line : first.top;
	}
	const b = blocks[i];
	const span = spanOf(blocks, i);
	if (span > 0 && line < b.line + span) {
		return b.top + b.height * (line - b.line) / span;
	}
	const next = blocks[i + 1];
	const bottom = b.top + b.height;
	if (!next) {
		return bottom;
	}
	const gapStart = b.line + span;
	const gapLines = next.line - gapStart;
	const fraction = gapLines > 0 ? (line - gapStart) / gapLines : 0;
	return bottom + Math.max(0, next.top - bottom) * Math.min(1, Math.max(0, fraction));
}

/** The fractional source line at page offset `offset`; undefined without blocks. */
export function lineForOffset(raw: readonly LineBlock[], offset: number): number | undefined {
	const blocks = normalizeBlocks(raw);
	if (blocks.length === 0 || !Number.isFinite(offset)) {
		return undefined;
	}
	const i = lastAtOrBefore(blocks, offset, b => b.top);
	if (i < 0) {
		const first = blocks[0];
		return first.top > 0 ? first.line * Math.max(0, offset) / first.top : first.line;
	}
	const b = blocks[i];
	const span = spanOf(blocks, i);
	const bottom = b.top + b.height;
	if (offset < bottom) {
		return b.height > 0 ? b.line + span * (offset - b.top) / b.height : b.line;
	}
	const next = blocks[i + 1];
	const gapStart = b.line + span;
	if (!next) {
		return gapStart;
	}
	const gapPixels = next.top - bottom;
	const fraction = gapPixels > 0 ? Math.min(1, (offset - bottom) / gapPixels) : 0;
	return gapStart + Math.max(0, next.line - gapStart) * fraction;
}
