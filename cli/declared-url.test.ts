import { describe, expect, test } from 'vitest';
import { declaredUrl } from './declared-url';

describe('declaredUrl', () => {
  test.each([
    ['<link rel="canonical" href="https://www.lemonde.fr/a.html">', 'https://www.lemonde.fr/a.html'],
    ["<link href='https://news.example.org/b' rel='canonical'>", 'https://news.example.org/b'],
    ['<link rel=canonical href=https://x.example/c>', 'https://x.example/c'],
    ['<meta property="og:url" content="https://x.example/d?a=1&amp;b=2">', 'https://x.example/d?a=1&b=2'],
    ['<link rel="canonical" href="/relative"><meta property="og:url" content="https://x.example/e">', 'https://x.example/e'],
    ['<link rel="canonical" href="https://x.example/f"><meta property="og:url" content="https://x.example/g">', 'https://x.example/f'],
  ])('%s → %s', (html, url) => {
    expect(declaredUrl(`<html><head>${html}</head><body></body></html>`)).toBe(url);
  });

  test.each([
    ['no declaration', '<title>x</title>'],
    ['a relative canonical only', '<link rel="canonical" href="/a">'],
    ['a javascript: og:url', '<meta property="og:url" content="javascript:alert(1)">'],
  ])('%s → null', (_name, html) => {
    expect(declaredUrl(`<html><head>${html}</head></html>`)).toBeNull();
  });
});
