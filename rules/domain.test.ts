import { describe, expect, test } from 'vitest';
import { registrableDomain } from './domain';

describe('registrableDomain', () => {
  test.each<[string, string | null]>([
    ['https://www.lemonde.fr/politique/article.html', 'lemonde.fr'],
    ['https://news.bbc.co.uk/1/hi/world.stm', 'bbc.co.uk'],
    ['https://artia13.city/2025/07/10/story/', 'artia13.city'],
    ['http://127.0.0.1:8080/fr/article.html', '127.0.0.1'],
    ['http://[::1]:3000/a', '::1'],
    ['http://localhost:5173/story', 'localhost'],
    ['http://intranet/news/1', 'intranet'],
    ['mailto:desk@example.org', null],
    ['/relative/path', null],
    ['not a url', null],
  ])('%s → %s', (url, domain) => {
    expect(registrableDomain(url)).toBe(domain);
  });
});
