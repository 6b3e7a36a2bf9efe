import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { folderTasks } from './folder-tasks';
import { manifestTasks } from './manifest-tasks';
import { runBatch } from './run-batch';

const RETRIEVED_AT = '2026-11-30T12:00:00.000Z';

function article(title: string, paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>The council voted on the flood barrier for the ${i}th time, officials said, and residents of the river district waited.</p>`).join('');
  return `<!doctype html><html lang="en"><head><title>${title}</title><meta name="author" content="Margaret Okafor"></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcelight-batch-'));
  await mkdir(join(dir, 'b'));
  // The first page is by far the slowest, so with two workers the pages after it finish first.
  await writeFile(join(dir, 'a-long.html'), article('Long read', 400));
  for (let i = 0; i < 6; i += 1) await writeFile(join(dir, 'b', `short-${i}.html`), article(`Brief ${i}`, 3));
  await writeFile(join(dir, 'b', 'empty.html'), '');
  await writeFile(join(dir, 'notes.txt'), 'not a page');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(jobs: number): Promise<{ lines: string[]; progress: Array<[number, number]>; summary: { pages: number; failed: number } }> {
  const lines: string[] = [];
  const progress: Array<[number, number]> = [];
  const summary = await runBatch(folderTasks(dir), { jobs, retrievedAt: RETRIEVED_AT }, (line) => lines.push(line), (done, failed) => progress.push([done, failed]));
  return { lines, progress, summary };
}

describe('runBatch on a folder', () => {
  test('lists the HTML files of the folder and its subfolders in path order, ids relative to it', async () => {
    const { lines, summary } = await run(1);
    const ids = lines.map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(['a-long.html', 'b/empty.html', ...Array.from({ length: 6 }, (_, i) => `b/short-${i}.html`)]);
    expect(summary).toEqual({ pages: 8, failed: 1 });
    expect(JSON.parse(lines[1] ?? '')).toEqual({ id: 'b/empty.html', error: `${join(dir, 'b', 'empty.html')}: empty page` });
  }, 60_000);

  test('two workers write the same lines in the same order as one thread, each page counted once', async () => {
    const one = await run(1);
    const two = await run(2);
    expect(two.lines).toEqual(one.lines);
    expect(two.progress).toEqual(one.progress);
    expect(two.progress.at(-1)).toEqual([8, 1]);
  }, 60_000);

  test('a folder that does not exist fails in one line', async () => {
    await expect(runBatch(folderTasks(join(dir, 'missing')), { jobs: 2 }, () => undefined, () => undefined)).rejects.toThrow(/missing: no such folder$/);
  });
});

describe('runBatch on a manifest with workers', () => {
  test('a manifest that cannot be read on still gets every line before it', async () => {
    await expect(runBatch(manifestTasks(dir), { jobs: 2 }, () => undefined, () => undefined)).rejects.toThrow(/cannot read past line 0 \(EISDIR\)$/);
  });

  test('bad lines and good pages keep their order across workers', async () => {
    const manifest = join(dir, 'pages.jsonl');
    await writeFile(manifest, ['{"id":1,"path":"a-long.html"}', 'not json', '{"id":3,"path":"b/short-0.html","url":"https://news.example.org/a"}', '{"id":4}'].join('\n'));
    const lines: string[] = [];
    const summary = await runBatch(manifestTasks(manifest), { jobs: 2, retrievedAt: RETRIEVED_AT }, (line) => lines.push(line), () => undefined);
    const parsed = lines.map((line) => JSON.parse(line) as { id: unknown; error?: string; report?: { url: string } });
    expect(parsed.map((line) => line.id)).toEqual([1, null, 3, 4]);
    expect(parsed.map((line) => line.error ?? line.report?.url)).toEqual([expect.stringMatching(/^file:/), 'line 2: not JSON', 'https://news.example.org/a', 'line 4: "path" is missing']);
    expect(summary).toEqual({ pages: 4, failed: 2 });
  }, 60_000);
});

describe('runBatch on a folder with no page', () => {
  test('fails in one line rather than printing nothing', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'sourcelight-empty-'));
    await writeFile(join(empty, 'notes.txt'), 'not a page');
    try {
      await expect(runBatch(folderTasks(empty), { jobs: 1 }, () => undefined, () => undefined)).rejects.toThrow(`${empty}: no HTML file in it or its subfolders (.html, .htm, .xhtml, plain or .gz)`);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
