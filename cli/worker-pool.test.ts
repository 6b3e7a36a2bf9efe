import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BatchLine, BatchTask } from './batch-task';
import { runInWorkers } from './worker-pool';

const RETRIEVED_AT = '2026-11-30T12:00:00.000Z';
/** Enough for a short article, far too little for the huge one. */
const SMALL_HEAP_MB = 32;

function article(title: string, paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>The council voted on the flood barrier for the ${i}th time, <a href="/v/${i}">officials said</a>, and residents waited.</p>`).join('');
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

let dir: string;
const names = ['a.html', 'huge.html', 'b.html', 'c.html', 'd.html'];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcelight-pool-'));
  for (const name of names) await writeFile(join(dir, name), article(name, name === 'huge.html' ? 60_000 : 5));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function* tasks(): AsyncGenerator<BatchTask> {
  for (const name of names) yield { id: name, path: join(dir, name), url: `https://news.example.org/${name}` };
}

describe('runInWorkers', () => {
  test('a page that exhausts its worker heap gets an error line; the pages queued behind it are still analysed, in order', async () => {
    const lines: BatchLine[] = [];
    await runInWorkers(tasks(), 1, RETRIEVED_AT, (line) => lines.push(line), SMALL_HEAP_MB);
    const parsed = lines.map((line) => JSON.parse(line.line) as { id: string; error?: string; report?: unknown });
    expect(parsed.map((line) => line.id)).toEqual(names);
    expect(parsed[1]?.error).toBe(`${join(dir, 'huge.html')}: needs more than the ${SMALL_HEAP_MB} MB a page may use`);
    expect(lines.map((line) => line.failed)).toEqual([false, true, false, false, false]);
    expect(parsed.filter((line) => line.report !== undefined)).toHaveLength(4);
  }, 120_000);
});
