/**
 * How many cases each fast-check property runs: a fixed, bounded number in `npm test`, so every machine
 * checks the same cases quickly; `SEED_READER_FUZZ_RUNS=100000 npm run test:unit` for a long local fuzz.
 */
const fuzzRuns = Number(process.env.SEED_READER_FUZZ_RUNS ?? 300);

/** fast-check's parameters for every property: a fixed seed, so each machine checks the same cases. */
export const fuzzParams = { seed: 20241125, numRuns: fuzzRuns };

/**
 * Mocha's time limit for a property suite: the default two seconds for the bounded runs (a hang still
 * fails), none for a long fuzz, whose 100,000 cases take minutes by design.
 */
export const fuzzTimeoutMs = process.env.SEED_READER_FUZZ_RUNS === undefined ? 2000 : 0;

/** The longest one fuzz case may take: a case past it is a hang, even when the whole run may take minutes. */
export const caseLimitMs = 2000;

/** `predicate`, failing any case that runs past `limitMs` (fast-check's own timeout is for async properties only). */
export function withinCaseLimit<A extends unknown[], R>(predicate: (...args: A) => R, limitMs = caseLimitMs): (...args: A) => R {
	return (...args: A): R => {
		const started = performance.now();
		const result = predicate(...args);
		const took = performance.now() - started;
		if (took > limitMs) {
			throw new Error(`one case took ${Math.round(took)} ms, past the ${limitMs} ms a case may take`);
		}
		return result;
	};
}
