import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

/**
 * Unit, extraction and component tests. They run in Node; files that need a DOM
 * say so with a `@vitest-environment jsdom` docblock. Real-browser tests have their
 * own config (vitest.e2e.config.ts) because they need a build first.
 */
export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.output/**'],
    environment: 'node',
  },
});
