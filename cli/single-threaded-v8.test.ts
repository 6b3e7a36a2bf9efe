import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { wantsSingleThreadedV8 } from './single-threaded-v8';

describe('wantsSingleThreadedV8', () => {
  test.each<[string, number, string[], number, boolean]>([
    ['two workers on two cores', 2, [], 2, true],
    ['more workers than cores', 8, ['--import', 'tsx'], 2, true],
    ['already single-threaded', 2, ['--single-threaded'], 2, false],
    ['a core left for the helpers', 2, [], 8, false],
    ['one job, in this thread', 1, [], 1, false],
  ])('%s', (_what, jobs, execArgv, cores, wanted) => {
    expect(wantsSingleThreadedV8(jobs, execArgv, cores)).toBe(wanted);
  });
});

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
const PAGE = `<!doctype html><html lang="en"><head><title>Council approves new cycle lanes</title></head><body><article>
<h1>Council approves new cycle lanes</h1><p>The council voted on Monday to approve six kilometres of protected cycle lanes.</p></article></body></html>`;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcelight-v8-'));
  await writeFile(join(dir, 'a.html'), PAGE);
  await writeFile(join(dir, 'b.html'), '');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// The command as a user runs it, with a job per core: the batch goes to the child process, whose lines and status are the command's.
describe('a batch that fills the cores', { timeout: 120_000 }, () => {
  test("runs in a single-threaded child whose lines and exit status are the command's", async () => {
    const jobs = String(Math.max(2, availableParallelism()));
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, [TSX_CLI, 'cli/main.ts', dir, '--jobs', jobs, '--retrieved-at', '2026-11-30T12:00:00Z'], { cwd: ROOT }, (error, out, err) => {
        done({ code: error === null ? 0 : (error.code as number | null), stdout: out, stderr: err });
      });
    });
    expect(code).toBe(3);
    expect(stdout.trim().split('\n').map((line) => Object.keys(JSON.parse(line) as object))).toEqual([['id', 'report'], ['id', 'error']]);
    expect(stderr).toMatch(/^analysed 2 pages, [\d.]+ pages\/s, 1 failed\n$/u);
  });
});
