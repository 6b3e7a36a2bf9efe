/**
 * How hard the fuzz tests push. CI runs a small, seeded budget so a red run is
 * reproducible; `FUZZ_RUNS=10000 npx vitest run tests/fuzz` is the heavy mode
 * (random seed unless `FUZZ_SEED` is set; fast-check prints the seed and path of any
 * counter-example).
 */
const CI_RUNS = 200;
const CI_SEED = 20261123;

const requestedRuns = Number(process.env.FUZZ_RUNS);
const heavy = Number.isInteger(requestedRuns) && requestedRuns > 0;
const requestedSeed = Number(process.env.FUZZ_SEED);

/** Total cases across the pipeline properties; each property takes its share. */
export const TOTAL_RUNS = heavy ? requestedRuns : CI_RUNS;

export function fuzzParameters(share: number): { numRuns: number; seed?: number } {
  const numRuns = Math.max(1, Math.round(TOTAL_RUNS * share));
  if (Number.isInteger(requestedSeed)) return { numRuns, seed: requestedSeed };
  return heavy ? { numRuns } : { numRuns, seed: CI_SEED };
}

/**
 * Hang guard for one page, far above any real page's cost (the slowest corpus page
 * takes a few seconds on a loaded machine): it catches a loop that never ends, not a
 * slow one. Speed is measured by `npm run bench`.
 */
export const HANG_GUARD_MS = 30_000;

/** vitest's timeout for a whole property: every case, plus shrinking. */
export function propertyTimeoutMs(share: number): number {
  return Math.max(120_000, TOTAL_RUNS * share * 2_000);
}
