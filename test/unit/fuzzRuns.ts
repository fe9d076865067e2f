/**
 * How many cases each fast-check property runs: a fixed, bounded number in `npm test`, so every machine
 * checks the same cases quickly; `SEED_READER_FUZZ_RUNS=100000 npm run test:unit` for a long local fuzz.
 */
export const fuzzRuns = Number(process.env.SEED_READER_FUZZ_RUNS ?? 300);

/**
 * Mocha's time limit for a property suite: the default two seconds for the bounded runs (a hang still
 * fails), none for a long fuzz, whose 100,000 cases take minutes by design.
 */
export const fuzzTimeoutMs = process.env.SEED_READER_FUZZ_RUNS === undefined ? 2000 : 0;
