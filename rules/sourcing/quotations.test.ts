import { describe, expect, test } from 'vitest';
import { quotationStart } from './quotations';

/** The text from the returned start to the end of the sentence (marked by "|"). */
function passage(text: string): string {
  const sentenceStart = text.indexOf('|');
  const clean = text.replace('|', '');
  return clean.slice(quotationStart(clean, sentenceStart, clean.length));
}

describe('quotationStart', () => {
  test.each([
    ['« On ne nous a rien demandé. |On a appris le projet par une affiche », confie une habitante.', '« On ne nous a rien demandé. On a appris le projet par une affiche », confie une habitante.'],
    ['“We were not told. |We read it on a poster,” one resident said.', '“We were not told. We read it on a poster,” one resident said.'],
    ['Le maire parle. |« Rien ne va plus », confie un élu.', '« Rien ne va plus », confie un élu.'],
    ['« Un. » Puis : |« Deux », dit-il.', '« Deux », dit-il.'],
    ['The mayor spoke. |A senior official said the plan was dead.', 'A senior official said the plan was dead.'],
    ['He said "no. |It is over," an aide said.', 'It is over," an aide said.'],
  ])('%s', (text, expected) => {
    expect(passage(text)).toBe(expected);
  });
});
