import { describe, expect, test } from 'vitest';
import type { LanguagePack } from './pack';
import { LEXICONS, lexiconFor, PACKS, packFor } from './registry';
import type { Lexicon } from './sourcing-lexicon';

/** Every list a pack declares, with its path in the pack ("dates.months.2"). */
function listsOf(value: unknown, path: string): [string, readonly unknown[]][] {
  if (Array.isArray(value)) {
    const nested = value.every(Array.isArray);
    return nested ? value.flatMap((item, index) => listsOf(item, `${path}.${index}`)) : [[path, value]];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => listsOf(item, path === '' ? key : `${path}.${key}`));
  }
  return [];
}

/** Data, not patterns: regex syntax in a word would be matched literally, or break the pattern it is compiled into. */
const NOT_IN_A_WORD = /[\\^$()[\]{}|+?]/;

describe.each(PACKS.map((pack) => ({ lang: pack.lang, pack })))('language pack $lang', ({ pack }: { pack: LanguagePack }) => {
  test('the registry finds it by its tag', () => {
    expect(packFor(`${pack.lang}-XX`)).toBe(pack);
  });

  test.each(listsOf(pack, '').filter(([path]) => !path.startsWith('numbers')))('%s holds words written as the rules read them', (_path, list) => {
    expect(list.length).toBeGreaterThan(0);
    for (const word of list) {
      expect(typeof word).toBe('string');
      const text = String(word);
      expect(text).toBe(text.trim().toLowerCase());
      expect(text).not.toBe('');
      expect(text).not.toMatch(NOT_IN_A_WORD);
      expect(text.slice(0, -1)).not.toContain('*');
    }
    expect(new Set(list).size).toBe(list.length);
  });

  test('calendar tables are complete', () => {
    if (pack.dates?.months !== undefined) expect(pack.dates.months).toHaveLength(12);
    if (pack.dates?.weekdays !== undefined) expect(pack.dates.weekdays).toHaveLength(7);
    if (pack.dates?.solarHijriMonths !== undefined) expect(pack.dates.solarHijriMonths).toHaveLength(12);
  });

  test('time zones name fixed offsets', () => {
    for (const [zone, offset] of Object.entries(pack.dates?.timeZones ?? {})) {
      expect(zone).toMatch(/^[a-z]{1,5}$/);
      expect(offset).toMatch(/^[+-](?:0\d|1[0-4]):[0-5]\d$/);
    }
  });

  test('a number has one decimal mark, apart from its group separators', () => {
    if (pack.numbers === undefined) return;
    expect(pack.numbers.decimal).toMatch(/^[.,]$/);
    expect(pack.numbers.thousands).not.toContain(pack.numbers.decimal);
  });
});

describe.each(LEXICONS.map((lexicon) => ({ lang: lexicon.lang, lexicon })))('sourcing lexicon $lang', ({ lang, lexicon }: { lang: string; lexicon: Lexicon }) => {
  test('the registry finds it by its tag, and its language has a pack beside it', () => {
    expect(lexiconFor(`${lang}-XX`)).toBe(lexicon);
    expect(packFor(lang)?.lang).toBe(lang);
  });

  // Lexicon phrases are escaped when compiled, so "qui ?" and "$" are literal; an empty list is a construction the language lacks.
  test.each(listsOf(lexicon, '').filter(([, list]) => list.length > 0))('%s holds phrases written as the rules read them', (_path, list) => {
    for (const phrase of list) {
      const text = String(phrase);
      expect(text).toBe(text.trim().toLowerCase());
      expect(text).not.toBe('');
      expect(text.slice(0, -1)).not.toMatch(/\*(?!\s)/);
    }
    expect(new Set(list).size).toBe(list.length);
  });
});

describe('month names of packs that declare a locale Intl knows', () => {
  /** Every month name and abbreviation Intl writes for the locale, lower case and without the final dot. */
  function intlMonths(lang: string): string[][] {
    const formats = [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }] as const;
    return Array.from({ length: 12 }, (_, month) => [
      ...new Set(formats.flatMap((options) => new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' })
        .formatToParts(Date.UTC(2026, month, 15))
        .filter((part) => part.type === 'month')
        .map((part) => part.value.toLowerCase().replace(/\.$/, '')))),
    ]);
  }

  test.each(PACKS.filter((pack) => pack.dates?.months !== undefined && pack.lang !== 'mul').map((pack) => pack.lang))('%s lists every form Intl gives', (lang) => {
    const months = packFor(lang)?.dates?.months ?? [];
    intlMonths(lang).forEach((forms, index) => {
      expect(months[index]).toEqual(expect.arrayContaining(forms));
    });
  });
});
