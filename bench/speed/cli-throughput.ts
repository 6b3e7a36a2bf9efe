import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { pageUrl, readPageHtml, type GoldPage } from '../accuracy/corpus';

export interface CliRun {
  jobs: number;
  pages: number;
  failed: number;
  wallMs: number;
  pagesPerSecond: number;
  /** The command's peak resident memory (VmHWM of its process and any child, worker threads included), in bytes; null where /proc is not there. */
  peakRssBytes: number | null;
}

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RSS_POLL_MS = 200;

/** A process's resident-memory high-water mark so far, from /proc (Linux). */
async function peakRssOf(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}

/** A process and its descendants, from /proc (Linux): a batch that fills the cores runs in a child of the command (cli/single-threaded-v8.ts). */
async function processTree(pid: number): Promise<number[]> {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  const below = await Promise.all(children.split(' ').filter((child) => child.trim() !== '').map((child) => processTree(Number(child))));
  return [pid, ...below.flat()];
}

/**
 * Runs the CLI on one manifest as `npm run analyze` does (the TypeScript through
 * tsx, start-up included), in one Node process whose memory is watched while it runs.
 */
function runCli(manifest: string, jobs: number): Promise<Omit<CliRun, 'jobs' | 'pagesPerSecond'>> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'cli/main.ts'), '--manifest', manifest, '--jobs', String(jobs)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    // Each process's own peak, summed: never less than what the command held at once.
    const peaks = new Map<number, number>();
    const poll = setInterval(() => {
      if (child.pid === undefined) return;
      void processTree(child.pid).then((pids) =>
        Promise.all(pids.map(async (pid) => {
          const rss = await peakRssOf(pid);
          if (rss !== null) peaks.set(pid, Math.max(rss, peaks.get(pid) ?? 0));
        })),
      );
    }, RSS_POLL_MS);
    let pages = 0;
    let failed = 0;
    let rest = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (line.trim() === '') continue;
        pages += 1;
        if (!line.includes('"report":')) failed += 1;
      }
    });
    child.on('error', (error) => {
      clearInterval(poll);
      fail(error);
    });
    child.on('close', () => {
      clearInterval(poll);
      done({ pages, failed, wallMs: performance.now() - start, peakRssBytes: peaks.size === 0 ? null : [...peaks.values()].reduce((sum, rss) => sum + rss, 0) });
    });
  });
}

/**
 * The CLI over a corpus with `--jobs N`, wall clock from spawn to exit; `count`
 * pages, the corpus repeated as often as it takes (the memory figure is over 10,000).
 */
export async function timeCli(corpusDir: string, pages: readonly GoldPage[], jobs: number, count = pages.length): Promise<CliRun> {
  const dir = await mkdtemp(join(tmpdir(), 'sourcelight-cli-bench-'));
  try {
    const lines = pages.map((page) => JSON.stringify({ id: page.id, path: resolve(corpusDir, page.html_path), url: pageUrl(readPageHtml(corpusDir, page), page) }));
    const manifest = join(dir, 'manifest.jsonl');
    await writeFile(manifest, `${Array.from({ length: count }, (_, i) => lines[i % lines.length]).join('\n')}\n`);
    const run = await runCli(manifest, jobs);
    return { jobs, ...run, pagesPerSecond: (run.pages / run.wallMs) * 1000 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
