import { describe, expect, test } from 'vitest';
import { alternation, classHintPattern, compilePhrases, fragmentsPattern, wordsPattern } from './words-pattern';

describe('wordsPattern', () => {
  test.each([
    { words: ['publié le'], text: 'Publié le 4 mars', expected: 'Publié le' },
    { words: ['publié le'], text: 'publie le 4 mars', expected: 'publie le' },
    { words: ['veröffentlicht am'], text: 'Veröffentlicht am 14. März', expected: 'Veröffentlicht am' },
    { words: ['by'], text: 'Abby Road', expected: null },
    { words: ['auteur*'], text: 'Auteure : Anne', expected: 'Auteure' },
    { words: ["l'ours"], text: 'L’ours', expected: 'L’ours' },
    { words: [], text: 'anything', expected: null },
  ])('$words in "$text"', ({ words, text, expected }) => {
    expect(new RegExp(wordsPattern(words), 'iu').exec(text)?.[0] ?? null).toBe(expected);
  });
});

describe('fragmentsPattern', () => {
  test.each([
    { words: ['ethic'], text: 'ethics-policy', expected: true },
    { words: ['éthique'], text: 'charte-ethique', expected: true },
    { words: ['fact check'], text: 'factchecking', expected: true },
    { words: ['fact check'], text: 'fact-check', expected: true },
    { words: ['qui sommes nous'], text: 'qui-sommes-nous', expected: true },
    { words: ['contact'], text: 'about', expected: false },
  ])('$words in "$text"', ({ words, text, expected }) => {
    expect(new RegExp(fragmentsPattern(words), 'iu').test(text)).toBe(expected);
  });
});

describe('classHintPattern', () => {
  test.each([
    { words: ['updat'], text: 'lastupdated', expected: true },
    { words: ['mise a jour'], text: 'date-mise-a-jour', expected: true },
    { words: ['mise a jour'], text: 'misajour', expected: false },
    { words: ['maj'], text: 'date-maj', expected: true },
    { words: ['maj'], text: 'majeur', expected: false },
    { words: ['byline'], text: 'article__byline', expected: true },
    { words: ['auteur'], text: 'nom-auteur', expected: true },
    { words: [], text: 'anything', expected: false },
  ])('$words in $text: $expected', ({ words, text, expected }) => {
    expect(new RegExp(classHintPattern(words), 'i').test(text)).toBe(expected);
  });
});

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

describe('alternation as a trie: the same match as the phrases one after another, longest first', () => {
  test.each([
    { phrases: ['de', 'de la', 'des experts'], text: 'selon de la police', match: 'de la' },
    { phrases: ['de', 'de la', 'des experts'], text: 'selon des experts', match: 'des experts' },
    { phrases: ['de', 'de la'], text: 'de lard', match: 'de' },
    { phrases: ['jan*', 'january', 'feb*'], text: 'Janvier 3', match: 'Janvier' },
    { phrases: ['jan*', 'january', 'feb*'], text: 'on February 3', match: 'February' },
    { phrases: ["d'après", 'de source sûre'], text: 'D’après lui', match: 'D’après' },
    { phrases: ['ete', 'été*'], text: 'les étés', match: 'étés' },
    { phrases: ['pre-print', 'press'], text: 'a preprint', match: 'preprint' },
    { phrases: ['say', 'said', 'says', 'sa'], text: 'she said', match: 'said' },
  ])('$phrases in "$text"', ({ phrases, text, match }) => {
    expect(new RegExp(alternation(phrases), 'iu').exec(text)?.[0] ?? null).toBe(match);
  });

  test.each([
    { phrases: ['jan*', 'january*', 'feb*', 'february*', 'mar*'], endings: 1 },
    { phrases: ['indiqu*', 'affirm*', 'selon'], endings: 1 },
    { phrases: ['say', 'says'], endings: 0 },
  ])('$phrases: $endings copies of the "any ending" class', ({ phrases, endings }) => {
    // Each copy of the class costs the engine about a millisecond to compile.
    const boundaries = 2;
    expect(alternation(phrases).split('[\\p{L}\\p{M}\\p{N}]').length - 1).toBe(boundaries + endings);
  });
});

describe('alternation next to a non-letter the composed pattern requires: no boundary there, the same matches', () => {
  const SPACE = '[\\s\\u00a0\\u202f]';
  const phrases = ['many', 'many more', 'most', 'd’', 'expert*', '%', 'plus-one'];
  const texts = ['many more experts said', 'said many', ' most', 'x many', 'almost most', 'd’experts', 'nearly 5 %', ' plus-one', 'expertise many'];
  const matches = (source: string, text: string): string[] => [...text.matchAll(new RegExp(source, 'giu'))].map((match) => `${match.index}:${match[0]}`);
  test.each(texts)('after a space, before a space, at the start: "%s"', (text) => {
    expect(matches(`${SPACE}+${alternation(phrases, { before: true })}`, text)).toEqual(matches(`${SPACE}+${alternation(phrases)}`, text));
    expect(matches(`${alternation(phrases, { after: true })}${SPACE}+`, text)).toEqual(matches(`${alternation(phrases)}${SPACE}+`, text));
    expect(matches(`^${alternation(phrases, { before: true })}`, text)).toEqual(matches(`^${alternation(phrases)}`, text));
  });
  test('leaves out the boundary classes on those sides only', () => {
    const classes = (source: string): number => source.split('[\\p{L}\\p{M}\\p{N}]').length - 1;
    expect(classes(alternation(['many', 'most']))).toBe(2);
    expect(classes(alternation(['many', 'most'], { before: true }))).toBe(1);
    expect(classes(alternation(['many', 'most'], { before: true, after: true }))).toBe(0);
  });
});
