import { describe, expect, test } from 'vitest';
import { foldText, matchQuote } from './match-quote';

const q = (exact: string, prefix = '', suffix = '') => ({ exact, prefix, suffix });

describe('matchQuote', () => {
  test.each([
    {
      name: 'exact text',
      text: 'Le ministre a parlé. Des rapports indiquent que tout va bien.',
      quote: q('Des rapports indiquent que'),
      found: 'Des rapports indiquent que',
    },
    {
      name: 'block separator in the quote, none in the page',
      text: 'Fin du premier paragraphe.Début du second.',
      quote: q('paragraphe.\n\nDébut'),
      found: 'paragraphe.Début',
    },
    {
      name: 'collapsed spaces in the quote, newlines and indentation in the page',
      text: 'experts\n      say that   the\tfigure is wrong',
      quote: q('experts say that the figure'),
      found: 'experts\n      say that   the\tfigure',
    },
    {
      name: 'a <br> read as a space in the clone, absent from the page text',
      text: 'first lineSecond line',
      quote: q('first line Second line'),
      found: 'first lineSecond line',
    },
    {
      name: 'curly apostrophe in the page, straight in the quote',
      text: 'D’après des informations, il s’agit d’un test.',
      quote: q("D'après des informations"),
      found: 'D’après des informations',
    },
    {
      name: 'straight apostrophe in the page, curly in the quote',
      text: "it's widely believed",
      quote: q('it’s widely believed'),
      found: "it's widely believed",
    },
    {
      name: 'guillemets with no-break spaces in the page, straight quotes in the quote',
      text: 'Il a dit\u00a0: «\u00a0Les promesses de la Russie\u202f» hier.',
      quote: q('"Les promesses de la Russie"'),
      found: '«\u00a0Les promesses de la Russie\u202f»',
    },
    {
      name: 'dashes and ellipsis',
      text: 'Les chiffres — 40 % — sont faux…',
      quote: q('chiffres - 40 % - sont faux...'),
      found: 'chiffres — 40 % — sont faux…',
    },
    {
      name: 'soft hyphen and zero-width space inside a word',
      text: 'une infor\u00admation non vé\u200brifiée',
      quote: q('information non vérifiée'),
      found: 'infor\u00admation non vé\u200brifiée',
    },
    {
      name: 'repeated phrase, prefix chooses the second',
      text: 'Sport: experts say the team will win. Economy: experts say growth will slow.',
      quote: q('experts say', 'Economy: ', ' growth'),
      found: 'experts say',
      start: 'Sport: experts say the team will win. Economy: '.length,
    },
    {
      name: 'repeated phrase, suffix chooses the first',
      text: 'selon nos informations, le projet. Et selon nos informations, la loi.',
      quote: q('selon nos informations', '', ', le projet'),
      found: 'selon nos informations',
      start: 0,
    },
    {
      name: 'repeated phrase, context partly changed (ad inserted before it)',
      text: 'A. Analysts believe it. ADVERTISEMENT B. Analysts believe it.',
      quote: q('Analysts believe it', 'ed. B. ', '.'),
      found: 'Analysts believe it',
      start: 'A. Analysts believe it. ADVERTISEMENT B. '.length,
    },
    {
      name: 'passage over two blocks with a share bar between them in the page',
      text: 'Le chiffre est faux.Partager sur X\nDes rapports indiquent que',
      quote: q('est faux.\n\nDes rapports'),
      found: 'est faux.Partager sur X\nDes rapports',
    },
  ])('$name', ({ text, quote, found, start }) => {
    const match = matchQuote(text, quote);
    expect(match).not.toBeNull();
    expect(text.slice(match?.start, match?.end)).toBe(found);
    if (start !== undefined) expect(match?.start).toBe(start);
  });

  test.each([
    { name: 'absent quote', text: 'Nothing to see here.', quote: q('experts say') },
    { name: 'case differs', text: 'EXPERTS SAY so.', quote: q('experts say') },
    { name: 'whitespace-only quote', text: 'a b c', quote: q(' \n ') },
    { name: 'empty text', text: '', quote: q('x') },
    { name: 'blocks out of order', text: 'second.first.', quote: q('first.\n\nsecond.') },
    { name: 'blocks too far apart', text: `first.${'ad '.repeat(300)}second.`, quote: q('first.\n\nsecond.') },
  ])('null for $name', ({ text, quote }) => {
    expect(matchQuote(text, quote)).toBeNull();
  });

  test.each([
    { name: 'no context', quote: q('cited'), score: 1 },
    { name: 'full context', quote: q('cited', 'was ', ' here'), score: 1 },
    { name: 'wrong context', quote: q('cited', 'zzz', 'qqq'), score: 50 / 90 },
  ])('score with $name', ({ quote, score }) => {
    expect(matchQuote('it was cited here', quote)?.score).toBeCloseTo(score, 5);
  });
});

describe('foldText', () => {
  test.each([
    { text: 'a b\u00a0c\n\nd', folded: 'abcd', origins: [0, 2, 4, 7] },
    { text: '«x»', folded: '"x"', origins: [0, 1, 2] },
    { text: 'a…', folded: 'a...', origins: [0, 1, 1, 1] },
    { text: '…'.repeat(8), folded: '.'.repeat(24), origins: [0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) => [i, i, i]) },
  ])('$text → $folded', ({ text, folded, origins }) => {
    const result = foldText(text);
    expect(result.text).toBe(folded);
    expect(Array.from(result.origins)).toEqual(origins);
  });
});
