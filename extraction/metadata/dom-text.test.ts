import { describe, expect, test } from 'vitest';
import { resolveHref } from './dom-text';

const PAGE = 'https://news.example.org/2026/story';

describe('resolveHref', () => {
  test.each<[string | null, string | null]>([
    ['/auteurs/jeanne', 'https://news.example.org/auteurs/jeanne'],
    [' https://other.example.com/a ', 'https://other.example.com/a'],
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    ['  javascript:alert(1)', null],
    ['', null],
    [null, null],
    ['http://[bad', null],
  ])('%j → %j', (href, resolved) => {
    expect(resolveHref(href, PAGE)).toBe(resolved);
  });
});
