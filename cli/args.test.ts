import { availableParallelism } from 'node:os';
import { describe, expect, test } from 'vitest';
import { parseCliArgs } from './args';

describe('parseCliArgs --lang', () => {
  test.each([
    [['page.html', '--format', 'markdown'], 'en'],
    [['page.html', '--format', 'markdown', '--lang', 'en'], 'en'],
    [['page.html', '--format', 'markdown', '--lang', 'fr'], 'fr'],
    [['page.html'], 'en'],
  ])('%j writes the summary in %s', (argv, lang) => {
    expect(parseCliArgs(argv)).toMatchObject({ kind: 'page', lang });
  });

  test.each([
    [['page.html', '--format', 'markdown', '--lang', 'de'], '--lang de: use en or fr'],
    [['page.html', '--format', 'markdown', '--lang', 'FR'], '--lang FR: use en or fr'],
    [['page.html', '--lang', 'fr'], '--lang goes with --format markdown: the JSON report has no language'],
    [['--manifest', 'pages.jsonl', '--lang', 'fr'], '--lang goes with --format markdown: a manifest prints JSON reports, which have no language'],
  ])('%j is refused in one line', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe('parseCliArgs for a folder, a manifest, --jobs and --retrieved-at', () => {
  const folders = (path: string): boolean => path === 'pages' || path === 'https://example.org/dir';
  const cores = availableParallelism();

  test.each([
    [['pages'], { kind: 'folder', folder: 'pages', jobs: cores, retrievedAt: undefined }],
    [['pages', '--jobs', '3', '--format', 'jsonl'], { kind: 'folder', folder: 'pages', jobs: 3, retrievedAt: undefined }],
    [['--manifest', 'pages.jsonl', '--jobs', '1'], { kind: 'manifest', manifest: 'pages.jsonl', jobs: 1, retrievedAt: undefined }],
    [['--manifest', 'pages.jsonl', '--retrieved-at', '2026-11-30T12:00:00Z'], { kind: 'manifest', manifest: 'pages.jsonl', jobs: cores, retrievedAt: '2026-11-30T12:00:00.000Z' }],
    [['page.html', '--retrieved-at', '2026-11-30T13:00:00+01:00'], { kind: 'page', source: 'page.html', retrievedAt: '2026-11-30T12:00:00.000Z' }],
    [['https://example.org/dir'], { kind: 'page', source: 'https://example.org/dir' }],
  ])('%j reads as %j', (argv, command) => {
    expect(parseCliArgs(argv, folders)).toMatchObject(command);
  });

  test.each([
    [['pages', '--format', 'json'], 'a folder prints jsonl: use --format jsonl or leave --format out'],
    [['pages', '--url', 'https://example.org/a'], '--url goes with one file: each file of a folder is analysed as the address it declares'],
    [['pages', '--lang', 'fr'], '--lang goes with --format markdown: a folder prints JSON reports, which have no language'],
    [['pages', 'other'], 'one <file-or-url> at a time (use a folder or --manifest for many)'],
    [['page.html', '--jobs', '2'], '--jobs goes with a folder or --manifest: one page is analysed in one thread'],
    [['pages', '--jobs', '0'], '--jobs 0: use a whole number from 1 to 256'],
    [['pages', '--jobs', '257'], '--jobs 257: use a whole number from 1 to 256'],
    [['pages', '--jobs', '1.5'], '--jobs 1.5: use a whole number from 1 to 256'],
    [['pages', '--jobs', 'all'], '--jobs all: use a whole number from 1 to 256'],
    [['pages', '--retrieved-at', '2026-11-30'], '--retrieved-at 2026-11-30: use an ISO instant such as 2026-11-30T12:00:00Z'],
    [['pages', '--retrieved-at', '2026-13-40T12:00:00Z'], '--retrieved-at 2026-13-40T12:00:00Z: use an ISO instant such as 2026-11-30T12:00:00Z'],
  ])('%j is refused in one line', (argv, message) => {
    expect(() => parseCliArgs(argv, folders)).toThrow(message);
  });
});
