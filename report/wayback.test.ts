import { describe, expect, test } from 'vitest';
import { waybackLinks } from './wayback';

describe('waybackLinks', () => {
  test.each([
    ['https://www.lemonde.fr/a/b.html', 'https://www.lemonde.fr/a/b.html', false],
    ['https://example.org/a?b=c#section-2', 'https://example.org/a?b=c', true],
    ['http://example.org/a b<c>', 'http://example.org/a%20b%3Cc%3E', false],
    ['https://xn--bcher-kva.de/a', 'https://xn--bcher-kva.de/a', false],
    ['http://93.184.215.14/story', 'http://93.184.215.14/story', false],
  ])('%s', (url, archived, hasQuery) => {
    expect(waybackLinks(url)).toEqual({ lookUp: `https://web.archive.org/web/*/${archived}`, save: `https://web.archive.org/save/${archived}`, hasQuery });
  });

  test.each([
    ['a local file', 'file:///home/reader/page.html'],
    ['a script', 'javascript:alert(1)'],
    ['garbage', 'not a url'],
    ['nothing', ''],
    ['loopback', 'http://127.0.0.1:8080/article.html'],
    ['localhost', 'http://localhost/article.html'],
    ['a private address', 'http://192.168.1.20/intranet/news.html'],
    ['a 10/8 address', 'http://10.0.0.5/a'],
    ['a 172.16/12 address', 'http://172.20.1.1/a'],
    ['a link-local address', 'http://169.254.169.254/latest/meta-data'],
    ['an IPv6 loopback', 'http://[::1]/a'],
    ['an IPv6 unique local address', 'http://[fd00::1]/a'],
    ['an intranet name', 'http://wiki/a'],
    ['a .local name', 'http://printer.local/a'],
    ['a .internal name', 'https://news.corp.internal/a'],
    ['an IPv4 address written as a number', 'http://2130706433/a'],
  ])('%s has none', (_what, url) => {
    expect(waybackLinks(url)).toBeNull();
  });
});
