import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeHtml } from '../cli/analyze-html';
import { parseHtml } from '../cli/parse-html';
import { extractSnapshot } from '../extraction/extract-snapshot';
import { looksLikeArticle } from '../rules/article-verdict';

const RETRIEVED_AT = '2026-11-23T12:00:00.000Z';
const fixture = (name: string): string => readFileSync(join(process.cwd(), 'tests/fixtures/provenance', name), 'utf8');

/** Short articles with a headline and paragraphs but no metadata: read, and judged articles. */
describe.each([
  ['fr-brief-no-metadata.html', 'https://journal.example.fr/ville/mediatheque', 'La médiathèque rouvre après deux ans de travaux', '2026-10-03'],
  ['en-brief-no-metadata.html', 'https://news.example.org/town/library', 'Library reopens after two years of building work', '2026-10-03'],
])('%s', (name, url, title, day) => {
  const html = fixture(name);

  test('is not readerable and carries no article metadata, yet its body is read', () => {
    const snapshot = extractSnapshot(parseHtml(html, url), url);
    expect(snapshot.readerable).toBe(false);
    expect(snapshot.meta.filter((tag) => tag.key !== 'charset')).toEqual([]);
    expect(snapshot.blocks.filter((block) => block.kind === 'paragraph').length).toBeGreaterThanOrEqual(6);
  });

  test('is an article, with its headline and date', () => {
    const report = analyzeHtml(html, url, RETRIEVED_AT);
    expect(report.article.wordCount).toBeGreaterThan(80);
    expect(report.article.title).toBe(title);
    expect(report.published.value?.slice(0, 10)).toBe(day);
    expect(looksLikeArticle(report)).toBe(true);
  });
});
