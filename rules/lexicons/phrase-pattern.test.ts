import { describe, expect, test } from 'vitest';
import { compilePhrases } from './phrase-pattern';

describe('compilePhrases', () => {
  test.each([
    { phrases: ['des rapports indiqu*'], text: 'Des rapports indiquent que', match: 'Des rapports indiquent' },
    { phrases: ["d'après des informations"], text: 'D’après des informations, il', match: 'D’après des informations' },
    { phrases: ["des millions d'"], text: 'des millions d’ouvriers', match: 'des millions d’' },
    { phrases: ['fact-checked'], text: 'was factchecked today', match: 'factchecked' },
    { phrases: ['experts say'], text: 'experts\u00a0say so', match: 'experts\u00a0say' },
    { phrases: ['été'], text: 'a été vérifié', match: 'été' },
    { phrases: ['say', 'says'], text: 'she says', match: 'says' },
    { phrases: ['expert'], text: 'the experts', match: null },
    { phrases: ['été'], text: 'les étés', match: null },
    { phrases: ['a dit'], text: 'a dité', match: null },
  ])('$phrases in "$text"', ({ phrases, text, match }) => {
    expect(text.match(compilePhrases(phrases))?.[0] ?? null).toBe(match);
  });
});
