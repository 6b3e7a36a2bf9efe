import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { collectJsonLd } from './collect-json-ld';

const collect = (block: string): ReturnType<typeof collectJsonLd> =>
  collectJsonLd(parseHTML(`<html><head><script type="application/ld+json">${block}</script></head><body></body></html>`).document as unknown as Document);

describe('collectJsonLd', () => {
  test.each([
    ['a well-formed block', '{"@type":"NewsArticle","datePublished":"2026-03-04"}'],
    ['one closing brace too many', '{"@type":"NewsArticle","datePublished":"2026-03-04"}\n}'],
    ['a second object glued after the first', '{"@type":"NewsArticle","datePublished":"2026-03-04"} {"@type":"WebSite"}'],
    ['braces inside strings', '{"@type":"NewsArticle","headline":"Le {budget} \\"voté\\" }","datePublished":"2026-03-04"}}'],
    ['an HTML comment wrapper', '<!-- {"@type":"NewsArticle","datePublished":"2026-03-04"} -->'],
  ])('keeps the article of %s', (_case, block) => {
    const { jsonLd, jsonLdErrors } = collect(block);
    expect(jsonLdErrors).toBe(0);
    expect(jsonLd[0]).toMatchObject({ '@type': 'NewsArticle', datePublished: '2026-03-04' });
  });

  test.each([
    ['a value missing', '{"@type":"NewsArticle","width": ,"datePublished":"2026-03-04"}'],
    ['single quotes', "{'@type':'NewsArticle'}"],
    ['an unclosed object', '{"@type":"NewsArticle","datePublished":"2026-03-04"'],
  ])('counts %s as an error', (_case, block) => {
    expect(collect(block)).toEqual({ jsonLd: [], jsonLdErrors: 1 });
  });
});
