import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { REAL_PAGE_TESTS } from './vitest.corpus.config.ts';

/**
 * Unit, extraction and component tests. They run in Node; files that need a DOM
 * say so with a `@vitest-environment jsdom` docblock. Real-browser tests have their
 * own config (vitest.e2e.config.ts) because they need a build first, and the real-page
 * tests theirs (vitest.corpus.config.ts) because they take minutes.
 *
 * Files share their workers' module registry (`isolate: false`): importing the rules,
 * Readability and the lexicons once per worker instead of once per file makes the
 * suite several times faster. So no test mocks a module: the shell is handed a fake
 * `browser` (shell/ports.ts), and a test that stubs a global restores it.
 */
export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.output/**', ...REAL_PAGE_TESTS],
    environment: 'node',
    isolate: false,
    setupFiles: ['tests/setup/reset-dom.ts'],
    // `npm run coverage`: the extension's wiring and the CLI have no real-page set to
    // stand on, so their unit tests must cover them.
    coverage: {
      provider: 'v8',
      include: ['shell/**/*.ts', 'messaging/**/*.ts', 'cli/**/*.ts', 'report/**/*.ts', 'rules/**/*.ts', 'extraction/**/*.ts', 'page/**/*.ts', 'i18n/**/*.ts', 'snapshot/**/*.ts'],
      exclude: ['**/*.test.ts', '**/*.d.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: {
        'shell/**/*.ts': { lines: 85 },
        'messaging/**/*.ts': { lines: 85 },
        'cli/**/*.ts': { lines: 85 },
      },
    },
  },
});
