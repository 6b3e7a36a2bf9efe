import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { manifestTasks } from './manifest-tasks';
import { runBatch } from './run-batch';

const PAGE = '<!doctype html><html lang="en"><head><title>Flood barrier</title></head><body><p>The council voted.</p></body></html>';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcelight-manifest-'));
  await writeFile(join(dir, 'page.html'), PAGE);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(lines: string[]): Promise<Array<Record<string, unknown>>> {
  const manifest = join(dir, 'pages.jsonl');
  await writeFile(manifest, lines.join('\n'));
  const written: string[] = [];
  await runBatch(manifestTasks(manifest), { jobs: 1 }, (line) => written.push(line), () => undefined);
  return written.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('a manifest checks each line as the command line is checked', () => {
  test.each([
    ['a javascript: url', { id: 'a', path: 'page.html', url: 'javascript:alert(1)' }, 'line 1: "url" "javascript:alert(1)" is not an http(s) URL'],
    ['a data: url', { id: 'a', path: 'page.html', url: 'data:text/html,x' }, 'line 1: "url" "data:text/html,x" is not an http(s) URL'],
    ['a relative url', { id: 'a', path: 'page.html', url: '/a.html' }, 'line 1: "url" "/a.html" is not an http(s) URL'],
    ['a url that is not a string', { id: 'a', path: 'page.html', url: 5 }, 'line 1: "url" must be a string'],
  ])('%s is refused on its own line', async (_what, entry, error) => {
    expect(await run([JSON.stringify(entry)])).toEqual([{ id: 'a', error }]);
  });

  test('an https url is the address the page is analysed as, and the run goes on past a bad line', async () => {
    const [bad, good] = await run(['{"id":"x","path":"page.html","url":"javascript:1"}', '{"id":"y","path":"page.html","url":"https://news.example.org/a"}']);
    expect(bad).toMatchObject({ id: 'x' });
    expect((good?.report as { url: string }).url).toBe('https://news.example.org/a');
  });

  test('a manifest that is a folder fails in one line', async () => {
    await expect(runBatch(manifestTasks(dir), { jobs: 1 }, () => undefined, () => undefined)).rejects.toThrow(/cannot read past line 0 \(EISDIR\)$/);
  });
});
