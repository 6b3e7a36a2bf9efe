import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { collectMicrodata } from './collect-microdata';
import { collectTimeElements } from './collect-time-elements';

const parse = (body: string): Document =>
  parseHTML(`<html><head></head><body>${body}</body></html>`).document as unknown as Document;

describe('collectTimeElements', () => {
  test.each([
    ['a <time> with datetime', '<time class="entry-date" datetime="2026-03-04T09:30:00+01:00">4 mars 2026</time>', '2026-03-04T09:30:00+01:00', 'entry-date'],
    ['a <time> with text only', '<time>March 4, 2026</time>', null, ''],
    ['an hAtom published <abbr>', '<abbr class="published" title="2026-03-04T09:30:00Z">9:30 am</abbr>', '2026-03-04T09:30:00Z', 'published'],
    ['an hAtom updated <abbr>', '<abbr class="updated" title="2026-03-05">le 5 mars</abbr>', '2026-03-05', 'updated'],
  ])('%s', (_case, body, datetime, hint) => {
    const [time] = collectTimeElements(parse(body));
    expect(time).toMatchObject({ datetime });
    expect(time?.hint.split(' ')[0] ?? '').toBe(hint);
  });

  test('the HTML5 pubdate attribute is part of the hint', () => {
    const [time] = collectTimeElements(parse('<time pubdate datetime="2026-03-04">4 March 2026</time>'));
    expect(time?.hint).toContain('pubdate');
  });

  test.each([
    ['an abbreviation', '<abbr title="Agence France-Presse">AFP</abbr>'],
    ['an abbr without a microformat class', '<abbr class="date-label" title="2026-03-04">4/3</abbr>'],
  ])('ignores %s', (_case, body) => {
    expect(collectTimeElements(parse(body))).toEqual([]);
  });
});

describe('collectMicrodata date values', () => {
  test.each([
    ['<abbr title>', '<abbr itemprop="datePublished" title="2026-03-04T09:30:00Z">9:30 am</abbr>', '2026-03-04T09:30:00Z'],
    ['<data value>', '<data itemprop="datePublished" value="2026-03-04">le 4 mars</data>', '2026-03-04'],
    ['<time datetime>', '<time itemprop="datePublished" datetime="2026-03-04">4 March</time>', '2026-03-04'],
  ])('reads the machine value of %s', (_case, body, value) => {
    const page = parse(`<article itemscope itemtype="https://schema.org/NewsArticle">${body}</article>`);
    expect(collectMicrodata(page, 'https://news.example.org/story')).toContainEqual(expect.objectContaining({ prop: 'datePublished', value }));
  });
});
