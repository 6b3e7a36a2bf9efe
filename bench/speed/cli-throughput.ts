import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { GoldPage } from '../accuracy/corpus';
import { pageUrl, readPageHtml } from '../accuracy/corpus';

export interface CliThroughput {
  workers: number;
  pages: number;
  failed: number;
  wallMs: number;
  pagesPerSecond: number;
}

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');

/** Runs the CLI on one manifest, as a user would (`tsx cli/main.ts`, process start included); resolves to its report lines. */
function runCli(manifest: string): Promise<{ reports: number; errors: number }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [TSX_CLI, join(REPO_ROOT, 'cli/main.ts'), '--manifest', manifest, '--format', 'jsonl'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let reports = 0;
    let errors = 0;
    let rest = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('{"id"') && line.includes('"report":')) reports += 1;
        else if (line.trim() !== '') errors += 1;
      }
    });
    child.on('error', fail);
    child.on('close', () => done({ reports, errors }));
  });
}

/**
 * Pages per second of the CLI over a corpus, wall clock from spawn to exit. With
 * more than one worker the manifest is dealt out round-robin and the workers run
 * side by side, as `xargs -P` or a CI matrix would.
 */
export async function timeCli(corpusDir: string, pages: readonly GoldPage[], workers: number): Promise<CliThroughput> {
  const dir = await mkdtemp(join(tmpdir(), 'sourcelight-cli-bench-'));
  try {
    const manifests: string[] = [];
    for (let worker = 0; worker < workers; worker += 1) {
      const lines = pages
        .filter((_, index) => index % workers === worker)
        .map((page) => JSON.stringify({ id: page.id, path: resolve(corpusDir, page.html_path), url: pageUrl(readPageHtml(corpusDir, page), page) }));
      const manifest = join(dir, `manifest-${worker}.jsonl`);
      await writeFile(manifest, `${lines.join('\n')}\n`);
      manifests.push(manifest);
    }
    const start = performance.now();
    const results = await Promise.all(manifests.map(runCli));
    const wallMs = performance.now() - start;
    const done = results.reduce((sum, result) => sum + result.reports, 0);
    const failed = results.reduce((sum, result) => sum + result.errors, 0);
    return { workers, pages: done + failed, failed, wallMs, pagesPerSecond: ((done + failed) / wallMs) * 1000 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
