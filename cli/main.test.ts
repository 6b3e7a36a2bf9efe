import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

/**
 * The CLI as a script sees it: arguments in, exit status and output out. `main.ts`
 * runs on import, so each case imports a fresh copy of it (a query makes it a new
 * module) with its own `process.argv`, and reads what it wrote.
 */
const PAGE = `<!doctype html><html lang="en"><head><title>Council approves new cycle lanes</title>
<meta property="og:type" content="article"></head><body><article><h1>Council approves new cycle lanes</h1>
<p class="byline">By Amy Chen</p><p>The council voted on Monday to approve six kilometres of protected cycle lanes across the city centre.</p>
</article></body></html>`;

let dir: string;
let runs = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcelight-cli-'));
  await writeFile(join(dir, 'page.html'), PAGE);
  await writeFile(join(dir, 'good.jsonl'), `${JSON.stringify({ id: 'a', path: 'page.html', url: 'https://news.example.org/lanes' })}\n`);
  await writeFile(join(dir, 'mixed.jsonl'), [JSON.stringify({ id: 'a', path: 'page.html' }), 'not json', JSON.stringify({ id: 'c', path: 'gone.html' })].join('\n'));
  // main.ts loads the pipeline only when it analyses a page: compiled here, not inside the first case's time limit.
  await Promise.all([import('./analyze-html'), import('./batch-task'), import('../report/export-markdown')]);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number | undefined;
  stdout: string;
  stderr: string;
}

async function sourcelight(...args: string[]): Promise<Run> {
  const argv = process.argv;
  const written = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') =>
    vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
      written[stream] += String(chunk);
      return true;
    });
  const spies = [capture('stdout'), capture('stderr')];
  process.argv = ['node', 'sourcelight', ...args.map((arg) => arg.replace('$DIR', dir))];
  process.exitCode = undefined;
  try {
    runs += 1;
    await import(/* @vite-ignore */ `${join(import.meta.dirname, "main.ts")}?run=${runs}`);
    await vi.waitFor(() => expect(process.exitCode).toBeDefined(), { timeout: 20_000, interval: 10 });
    return { code: Number(process.exitCode), ...written };
  } finally {
    process.argv = argv;
    process.exitCode = undefined;
    for (const spy of spies) spy.mockRestore();
  }
}

describe('exit status', () => {
  test.each<[string, number, string[], 'stdout' | 'stderr', string]>([
    ['help', 0, ['--help'], 'stdout', 'usage: sourcelight'],
    ['no page', 2, [], 'stderr', 'sourcelight: missing <file-or-url>\nusage:'],
    ['two pages', 2, ['a.html', 'b.html'], 'stderr', 'one <file-or-url> at a time'],
    ['an unknown option', 2, ['--colour', 'page.html'], 'stderr', "Unknown option '--colour'"],
    ['an unknown format', 2, ['--format', 'xml', '$DIR/page.html'], 'stderr', '--format xml'],
    ['--lang without markdown', 2, ['--lang', 'fr', '$DIR/page.html'], 'stderr', '--lang goes with --format markdown'],
    ['a manifest with a page', 2, ['--manifest', '$DIR/good.jsonl', 'page.html'], 'stderr', '--manifest takes no other file'],
    ['a missing file', 1, ['$DIR/missing.html'], 'stderr', 'sourcelight: '],
    ['a missing manifest', 1, ['--manifest', '$DIR/missing.jsonl', '--jobs', '1'], 'stderr', 'no such manifest'],
  ])('%s → %i', async (_what, code, args, stream, said) => {
    const run = await sourcelight(...args);
    expect(run.code).toBe(code);
    expect(run[stream]).toContain(said);
  });
});

describe('one page', () => {
  test('prints the JSON report, analysed as the address given', async () => {
    const run = await sourcelight('$DIR/page.html', '--url', 'https://news.example.org/lanes');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { schemaVersion: number; url: string; author: { names: string[] } };
    expect(report).toMatchObject({ schemaVersion: 1, url: 'https://news.example.org/lanes', author: { names: ['Amy Chen'] } });
  });

  test.each([
    ['en', '# Sourcelight summary: Council approves new cycle lanes\n'],
    ['fr', '# Résumé Sourcelight : Council approves new cycle lanes\n'],
  ])('--format markdown --lang %s prints the summary in that language', async (lang, heading) => {
    const run = await sourcelight('$DIR/page.html', '--format', 'markdown', '--lang', lang);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(heading)).toBe(true);
  });
});

// One job: the pages are read in this process, where the test sees what it writes (worker threads are
// cli/run-batch.test.ts's, and a batch that fills the cores runs in a child process, cli/single-threaded-v8.test.ts).
describe('--manifest', { timeout: 60_000 }, () => {
  test('prints one line per page and exits 0 when every page is read', async () => {
    const run = await sourcelight('--manifest', '$DIR/good.jsonl', '--jobs', '1');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; report: { url: string } });
    expect(lines.map((line) => [line.id, line.report.url])).toEqual([['a', 'https://news.example.org/lanes']]);
    expect(run.stderr).toMatch(/^analysed 1 page, [\d.]+ pages\/s, 0 failed\n$/u);
  });

  test('goes on past bad lines, says why on each, and exits 3', async () => {
    const run = await sourcelight('--manifest', '$DIR/mixed.jsonl', '--format', 'jsonl', '--jobs', '1');
    expect(run.code).toBe(3);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string | null; error?: string; report?: unknown });
    expect(lines.map((line) => [line.id, line.error === undefined ? 'report' : 'error'])).toEqual([
      ['a', 'report'],
      [null, 'error'],
      ['c', 'error'],
    ]);
    expect(lines[1]?.error).toBe('line 2: not JSON');
    expect(run.stderr).toMatch(/^analysed 3 pages, [\d.]+ pages\/s, 2 failed\n$/u);
  });
});
