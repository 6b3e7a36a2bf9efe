import { describe, expect, test } from 'vitest';
import { waybackLinks } from './wayback';

describe('waybackLinks', () => {
  test.each([
    ['https://www.lemonde.fr/a/b.html', 'https://web.archive.org/web/*/https://www.lemonde.fr/a/b.html', 'https://web.archive.org/save/https://www.lemonde.fr/a/b.html'],
    ['https://example.org/a?b=c#section-2', 'https://web.archive.org/web/*/https://example.org/a?b=c', 'https://web.archive.org/save/https://example.org/a?b=c'],
    ['http://example.org/a b<c>', 'https://web.archive.org/web/*/http://example.org/a%20b%3Cc%3E', 'https://web.archive.org/save/http://example.org/a%20b%3Cc%3E'],
  ])('%s', (url, lookUp, save) => {
    expect(waybackLinks(url)).toEqual({ lookUp, save });
  });

  test.each([['file:///home/reader/page.html'], ['javascript:alert(1)'], ['not a url'], ['']])('%s has none', (url) => {
    expect(waybackLinks(url)).toBeNull();
  });
});
