import { describe, expect, test } from 'vitest';
import { openingQuotationEnd, quotationStart } from './quotations';

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

describe('openingQuotationEnd', () => {
  test.each([
    ['« Rien ne va plus », confie un élu.', '« Rien ne va plus '],
    ['“It is over,” an aide said.', '“It is over,'],
    ['„Es ist vorbei“, sagte er.', '„Es ist vorbei'],
    ['"No," he said.', '"No,'],
    ['« Une citation qui ne se ferme pas', '« Une citation qui ne se ferme pas'],
  ])('%s', (text, quoted) => {
    expect(text.slice(0, openingQuotationEnd(text))).toBe(quoted);
  });

  test('a text that opens with no quotation mark', () => {
    expect(openingQuotationEnd('He said “no”.')).toBe(-1);
  });
});
