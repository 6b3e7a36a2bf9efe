import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

/**
 * The folder mode with worker threads writes exactly what one thread writes, on
 * every page of the shared corpus, through the command itself (`npm run analyze`).
 * The corpus lives beside the project (../shared/corpus), not in a user's clone,
 * hence the skip.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES_DIR = resolve(ROOT, '../shared/corpus/pages');
const present = existsSync(PAGES_DIR);
if (!present) console.warn(`skipping the --jobs corpus test: no corpus at ${PAGES_DIR}`);
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
const run = promisify(execFile);

async function analyzeFolder(jobs: number): Promise<string> {
  const { stdout } = await run(process.execPath, [TSX_CLI, 'cli/main.ts', PAGES_DIR, '--jobs', String(jobs), '--retrieved-at', '2026-11-30T12:00:00Z'], {
    cwd: ROOT,
    maxBuffer: 1024 ** 3,
  });
  return stdout;
}

describe.skipIf(!present)('the CLI on the corpus folder', () => {
  test('--jobs 2 writes byte for byte what --jobs 1 writes', async () => {
    const one = await analyzeFolder(1);
    const two = await analyzeFolder(2);
    expect(one.split('\n').length).toBeGreaterThan(300);
    expect(two === one).toBe(true);
  }, 600_000);
});
