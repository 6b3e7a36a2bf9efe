import { defineConfig } from 'vitest/config';

/**
 * Real-page tests: the corpus and sourcing-set floors, and the CLI's `--jobs` run over
 * the whole corpus. They read `../shared` (and skip, saying so, where it is absent) and
 * take minutes, so they run in `npm test` and CI, not in the unit suite a developer
 * runs after every change.
 */
export const REAL_PAGE_TESTS = ['tests/corpus.test.ts', 'tests/cli-jobs-corpus.test.ts', 'tests/sourcing-set-ratchet.test.ts'];

export default defineConfig({
  test: {
    include: REAL_PAGE_TESTS,
    environment: 'node',
    isolate: false,
    testTimeout: 600_000,
  },
});
