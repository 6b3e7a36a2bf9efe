import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { extractSnapshot } from '../extraction/extract-snapshot';

/**
 * The CLI hands its parsed document over to Readability instead of cloning it
 * (`consumeDocument`): the snapshot must be the one a clone gives, since
 * Readability runs after everything else has read the page.
 */
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const pages = ['provenance', 'sourcing'].flatMap((folder) =>
  readdirSync(join(FIXTURES, folder))
    .filter((name) => name.endsWith('.html'))
    .map((name) => [`${folder}/${name}`, readFileSync(join(FIXTURES, folder, name), 'utf8')] as const),
);
const URL_OF_PAGE = 'https://news.example.org/2026/11/article';

describe('extraction that consumes its document', () => {
  test.each(pages)('%s gives the snapshot a clone gives', (_name, html) => {
    const cloned = extractSnapshot(parseHtml(html, URL_OF_PAGE), URL_OF_PAGE);
    const consumed = extractSnapshot(parseHtml(html, URL_OF_PAGE), URL_OF_PAGE, { consumeDocument: true });
    expect(cloned.blocks.length).toBeGreaterThan(0);
    expect(consumed).toEqual(cloned);
  });

  test('leaves the document rewritten, which is why the live page never consumes', () => {
    const [, html] = pages[0] ?? ['', ''];
    const doc = parseHtml(html, URL_OF_PAGE);
    const before = doc.body.innerHTML;
    extractSnapshot(doc, URL_OF_PAGE, { consumeDocument: true });
    expect(doc.body.innerHTML).not.toBe(before);
  });
});
