import { describe, expect, test } from 'vitest';
import { makeSnapshot as snapshot } from '../tests/helpers/make-snapshot';
import type { BodyBlock } from '../snapshot/article-snapshot';
import { boundSnapshot, MAX_BODY_LINKS, MAX_JSON_LD_DEPTH, MAX_JSON_LD_VALUES } from './bound-snapshot';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function depthOf(value: unknown): number {
  return Array.isArray(value) ? 1 + Math.max(0, ...value.map(depthOf)) : 0;
}

function block(links: number): BodyBlock {
  return { kind: 'paragraph', text: 'x', links: Array.from({ length: links }, (_, i) => ({ href: `https://example.org/${i}`, text: 'x', start: 0, end: 1, rel: '' })) };
}

describe('boundSnapshot', () => {
  const article = { '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Margaret Okafor' }, datePublished: '2026-03-14' };

  test.each([
    ['a real JSON-LD graph is kept as it is', [article], [article]],
    ['nesting within the limit is kept', [nested(MAX_JSON_LD_DEPTH)], [nested(MAX_JSON_LD_DEPTH)]],
  ])('%s', (_what, jsonLd, expected) => {
    expect(boundSnapshot(snapshot({ jsonLd })).jsonLd).toEqual(expected);
  });

  test('6,000 nested arrays are cut at the depth limit, and the result survives structured cloning', () => {
    const [bounded] = boundSnapshot(snapshot({ jsonLd: [nested(6000)] })).jsonLd;
    expect(depthOf(bounded)).toBe(MAX_JSON_LD_DEPTH);
    expect(() => structuredClone(bounded)).not.toThrow();
  });

  test('values past the page budget become null, the first block first served', () => {
    const wide = Array.from({ length: MAX_JSON_LD_VALUES }, (_, i) => i);
    const bounded = boundSnapshot(snapshot({ jsonLd: [article, wide] })).jsonLd;
    expect(bounded[0]).toEqual(article);
    expect((bounded[1] as unknown[]).filter((value) => value !== null).length).toBeLessThan(MAX_JSON_LD_VALUES);
  });

  test.each([
    ['a few links', [3, 4], [3, 4]],
    ['links past the limit, in reading order', [MAX_BODY_LINKS - 10, 30, 5], [MAX_BODY_LINKS - 10, 10, 0]],
    ['20,000 links in one paragraph', [20_000], [MAX_BODY_LINKS]],
  ])('keeps %s', (_what, counts, kept) => {
    const bounded = boundSnapshot(snapshot({ blocks: counts.map(block) }));
    expect(bounded.blocks.map((b) => b.links.length)).toEqual(kept);
    expect(bounded.blocks.map((b) => b.text)).toEqual(counts.map(() => 'x'));
  });
});
