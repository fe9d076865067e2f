/**
 * Making and merging entity spans. Every span is made with all its fields, so they share one object
 * shape and the code that reads millions of them stays fast.
 */
import type { EntitySpan, EntityType } from './types';

export function entitySpan(start: number, end: number, type: EntityType, text: string, role?: string, canonical?: string): EntitySpan {
	return { start, end, type, text, role, canonical };
}

/**
 * Merges two span lists sorted by start; a span of `extra` that overlaps one of `base` is dropped.
 * Linear, so one huge single-line document stays fast.
 */
export function mergeSpans(base: readonly EntitySpan[], extra: readonly EntitySpan[]): EntitySpan[] {
	const out: EntitySpan[] = [];
	let b = 0;
	for (const span of extra) {
		while (b < base.length && base[b].start < span.start) {
			out.push(base[b++]);
		}
		const before = out.length ? out[out.length - 1] : undefined;
		const after = b < base.length ? base[b] : undefined;
		if ((before && before.end > span.start) || (after && after.start < span.end)) {
			continue;
		}
		out.push(span);
	}
	while (b < base.length) {
		out.push(base[b++]);
	}
	return out;
}
