import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserName } from './test-page';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES_DIR = join(REPO_ROOT, 'e2e/fixtures');
export const TEST_RESULTS_DIR = join(REPO_ROOT, 'test-results');

const E2E_BUILDS: Record<BrowserName, string> = {
  chromium: join(REPO_ROOT, '.output/chrome-mv3-e2e'),
  firefox: join(REPO_ROOT, '.output/firefox-mv3-e2e'),
};

/** The e2e build for a browser; throws a one-line error when it has not been built. */
export function e2eBuild(name: BrowserName): string {
  const dir = E2E_BUILDS[name];
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`no e2e build at ${dir}: run \`npm run build:e2e\` first (npm run test:e2e does)`);
  }
  return dir;
}
