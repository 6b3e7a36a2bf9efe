import { describe, expect, test } from 'vitest';
import { passageLink } from './passage-link';

describe('passage link', () => {
  test.each([
    ['a short quote, whole', 'said Maria Lopez', 'https://news.example.org/a#top', 'https://news.example.org/a#:~:text=said%20Maria%20Lopez'],
    ['hyphens and commas are escaped', 'a co-author, she said', 'https://news.example.org/a', 'https://news.example.org/a#:~:text=a%20co%2Dauthor%2C%20she%20said'],
    [
      'a long quote by its first and last words',
      'the port authority said on Friday that talks would resume next week in Rotterdam',
      'https://news.example.org/a',
      'https://news.example.org/a#:~:text=the%20port%20authority%20said,next%20week%20in%20Rotterdam',
    ],
  ])('%s', (_case, exact, url, expected) => {
    expect(passageLink(url, { exact, prefix: '', suffix: '' })).toBe(expected);
  });

  test('no link for a page without a web address', () => {
    expect(passageLink('file:///home/reader/page.html', { exact: 'said', prefix: '', suffix: '' })).toBeNull();
  });
});
