import { mkdtemp, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BundleCache } from './worker-bundle-cache';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcelight-bundle-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Two source files written a minute ago, so a build starting now post-dates them. */
async function sources(): Promise<string[]> {
  const paths = [join(dir, 'a.ts'), join(dir, 'b.ts')];
  const minuteAgo = new Date(Date.now() - 60_000);
  for (const path of paths) {
    await writeFile(path, 'export const a = 1;');
    await utimes(path, minuteAgo, minuteAgo);
  }
  return paths;
}

describe('the workers’ bundle kept between runs', () => {
  test.each([
    ['no input changed', async () => undefined, 'bundled code'],
    ['an input was edited', async (paths: string[]) => writeFile(paths[0] ?? '', 'export const a = 2;'), null],
    ['an input was deleted', async (paths: string[]) => unlink(paths[1] ?? ''), null],
  ])('%s', async (_name, change, expected) => {
    const paths = await sources();
    const cache = new BundleCache(join(dir, 'cache/worker.mjs'));
    await cache.write('bundled code', paths, Date.now());
    await change(paths);
    expect(await cache.read()).toBe(expected);
  });

  test('a bundle whose input changed while it was built is not kept', async () => {
    const paths = await sources();
    const cache = new BundleCache(join(dir, 'cache/worker.mjs'));
    const buildStart = Date.now() - 120_000;
    await cache.write('bundled code', paths, buildStart);
    expect(await cache.read()).toBeNull();
  });
});
