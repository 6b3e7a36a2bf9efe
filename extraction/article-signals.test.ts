import { describe, expect, test } from 'vitest';
import { makeSnapshot } from '../tests/helpers/make-snapshot';
import { hasArticleSignals } from './article-signals';

describe('hasArticleSignals', () => {
  test.each([
    ['JSON-LD of any type', { jsonLd: [{ '@type': 'WebSite' }] }],
    ['a <time> element', { timeElements: [{ datetime: '2026-03-04', text: '4 mars', hint: 'published' }] }],
    ['a byline element', { bylineElements: [{ text: 'Par Jeanne Dupont', href: null, hint: 'byline' }] }],
    ['a rel=author link', { relLinks: [{ rel: 'author', href: 'https://x.example/jd', text: 'Jeanne Dupont' }] }],
    ['article:published_time', { meta: [{ key: 'article:published_time', content: '2026-03-04T08:00:00Z' }] }],
    ['meta author', { meta: [{ key: 'author', content: 'Tom Hargreaves' }] }],
    ['og:type article', { meta: [{ key: 'og:type', content: 'Article' }] }],
    ['DC.date.issued', { meta: [{ key: 'dc.date.issued', content: '2026-03-04' }] }],
    ['microdata datePublished', { microdata: [{ itemType: null, prop: 'datePublished', value: '2026-03-04', href: null }] }],
  ])('%s is a signal', (_name, overrides) => {
    expect(hasArticleSignals(makeSnapshot(overrides))).toBe(true);
  });

  test.each([
    ['nothing at all', {}],
    ['og:type website and a description', { meta: [{ key: 'og:type', content: 'website' }, { key: 'description', content: 'Toute l’actualité' }] }],
    ['a canonical link only', { relLinks: [{ rel: 'canonical', href: 'https://x.example/', text: '' }] }],
    ['microdata of a product', { microdata: [{ itemType: 'https://schema.org/Product', prop: 'price', value: '12', href: null }] }],
  ])('%s is not', (_name, overrides) => {
    expect(hasArticleSignals(makeSnapshot(overrides))).toBe(false);
  });
});
