import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertReport } from '../report/schema';
import { buildCliBundle } from './build-bundle';

const run = promisify(execFile);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGE = '<!doctype html><html lang="en"><head><title>Council approves flood barrier</title><meta name="author" content="Margaret Okafor"></head><body><article><h1>Council approves flood barrier</h1><p>The council voted 31 to 9 on Thursday evening to fund the scheme.</p></article></body></html>';

/**
 * The command as a package installs it: `bin/`, `dist/` and package.json, with no
 * node_modules anywhere above, run by the machine's own `node` (not the test's).
 */
describe('the installed sourcelight command', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sourcelight-installed-'));
    await mkdir(join(dir, 'package/bin'), { recursive: true });
    await copyFile(join(ROOT, 'bin/sourcelight.js'), join(dir, 'package/bin/sourcelight.js'));
    await copyFile(join(ROOT, 'package.json'), join(dir, 'package/package.json'));
    await buildCliBundle(join(dir, 'package/dist/sourcelight.mjs'));
    await writeFile(join(dir, 'page.html'), PAGE);
    await mkdir(join(dir, 'pages'));
    await writeFile(join(dir, 'pages/a.html'), PAGE);
    await writeFile(join(dir, 'pages/b.html'), PAGE.replace('Margaret Okafor', 'Ana Ruiz'));
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('analyses a page with no TypeScript runner and no package at hand', async () => {
    const { stdout } = await run('node', [join(dir, 'package/bin/sourcelight.js'), join(dir, 'page.html'), '--url', 'https://news.example.org/a'], { cwd: dir });
    const report = assertReport(JSON.parse(stdout));
    expect(report.url).toBe('https://news.example.org/a');
    expect(report.article.title).toBe('Council approves flood barrier');
    expect(report.author.names).toEqual(['Margaret Okafor']);
  }, 30_000);

  test('analyses a folder in worker threads, whose entry ships beside the command', async () => {
    const { stdout } = await run('node', [join(dir, 'package/bin/sourcelight.js'), join(dir, 'pages'), '--jobs', '2'], { cwd: dir });
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; report: unknown });
    expect(lines.map((line) => [line.id, assertReport(line.report).author.names])).toEqual([
      ['a.html', ['Margaret Okafor']],
      ['b.html', ['Ana Ruiz']],
    ]);
  }, 30_000);

  test('fails in one line on a missing file, with exit status 1', async () => {
    const failed = await run('node', [join(dir, 'package/bin/sourcelight.js'), join(dir, 'missing.html')], { cwd: dir }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1, stderr: `sourcelight: ${join(dir, 'missing.html')}: no such file\n` });
  }, 30_000);
});
