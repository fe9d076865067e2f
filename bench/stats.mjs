// Timing helpers shared by every bench module. Medians, because a 2-core machine is noisy.
import { performance } from 'node:perf_hooks';

export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Spread as (max - min) / median, so rows of different units compare. */
export function spread(values) {
	const m = median(values);
	return m === 0 ? 0 : (Math.max(...values) - Math.min(...values)) / m;
}

export function timeOnce(fn) {
	// Start each timed run from a collected heap (the bench runs with --expose-gc), so a run never pays
	// for the garbage of the one before it, which is the peer's half the time.
	globalThis.gc?.();
	const start = performance.now();
	fn();
	return performance.now() - start;
}

/**
 * Times `ours` and `peer` alternately, `runs` times each after one warm-up run each, so both see the
 * same machine state. Returns the millisecond samples of both.
 */
export function timePair(ours, peer, runs) {
	ours();
	peer?.();
	const a = [];
	const b = [];
	for (let i = 0; i < runs; i++) {
		a.push(timeOnce(ours));
		if (peer) {
			b.push(timeOnce(peer));
		}
	}
	return { ours: a, peer: b };
}

/**
 * Our throughput over the peer's, from `timePair` samples: the median of the per-pair ratios. Each pair
 * ran back to back, so a slow phase of the machine slows both halves of a pair, where the ratio of the
 * two medians can take them from different phases.
 */
export function pairedSpeedRatio(t) {
	return median(t.ours.map((ms, i) => t.peer[i] / ms));
}

export function timeRuns(fn, runs, { warmup = 1 } = {}) {
	for (let i = 0; i < warmup; i++) {
		fn();
	}
	const samples = [];
	for (let i = 0; i < runs; i++) {
		samples.push(timeOnce(fn));
	}
	return samples;
}

export function mbPerSecond(bytes, ms) {
	return bytes / 1e6 / (ms / 1000);
}
