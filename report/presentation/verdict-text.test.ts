import { describe, expect, test } from 'vitest';
import type { Report } from '../schema';
import { localeTranslator } from '../../tests/helpers/locale-messages';
import { sampleReport } from '../../tests/helpers/sample-report';
import { articleChips, headline, headlineWarningDetail, inventoryText, publicationAge } from './verdict-text';
import { inventory } from '../summary';

const en = localeTranslator('en');
const fr = localeTranslator('fr');
const base = sampleReport();

describe('the verdict, as the popup and the exports word it', () => {
  test.each<[string, Report, 'en' | 'fr', string]>([
    ['an English news story', base, 'en', 'News · Named author · Published last week · What it stands on: 2 named sources (1 person, 1 document) · 1 anonymous · Weak passages: 2'],
    ['in French', base, 'fr', 'Actualité · Auteur nommé · Publié la semaine dernière · Sur quoi il s’appuie : 2 sources nommées (1 personne, 1 document) · 1 anonyme · Passages faibles : 2'],
    [
      'a flag the reader dismissed is not counted',
      sampleReport({ warnings: base.warnings.map((warning, index) => (index === 0 ? { ...warning, dismissed: true } : warning)) }),
      'en',
      'News · Named author · Published last week · What it stands on: 2 named sources (1 person, 1 document) · 1 anonymous · Weak passages: 1',
    ],
    [
      'a date after the analysis is a date, not « Undated »',
      sampleReport({ published: { ...base.published, value: '2027-03-14T09:00:00+00:00', ageDays: -111 } }),
      'en',
      'News · Named author · Published 2027-03-14 · What it stands on: 2 named sources (1 person, 1 document) · 1 anonymous · Weak passages: 2',
    ],
    [
      'undated, opinion, excerpt, and a page-wide warning of a code the locales do not know yet',
      sampleReport({
        article: { ...base.article, type: 'opinion', truncated: true },
        published: { ...base.published, value: null, ageDays: null },
        warnings: [{ code: 'future-code', severity: 'high', category: 'provenance', message: 'New.', anchor: null }],
      }),
      'en',
      'Opinion · Excerpt only · Named author · Undated · What it stands on: 2 named sources (1 person, 1 document) · 1 anonymous · Weak passages: 0 · future-code',
    ],
  ])('%s', (_what, report, locale, expected) => {
    expect(headline(report, locale === 'en' ? en : fr)).toBe(expected);
  });

  test.each([
    ['news', false, en, { type: 'News', truncated: null }],
    ['other', true, fr, { type: null, truncated: 'Extrait seulement' }],
  ] as const)('chips of a %s article (excerpt: %s)', (type, truncated, t, expected) => {
    expect(articleChips({ type, truncated }, t)).toEqual(expected);
  });

  test.each([
    ['dated, with an age', { value: '2026-11-14T08:45:00+00:00', ageDays: 400 }, 'fr', { value: '2026-11-14T08:45:00+00:00', day: '2026-11-14', age: 'l’année dernière' }],
    ['dated after the analysis: no age', { value: '2027-01-02', ageDays: -3 }, 'en', { value: '2027-01-02', day: '2027-01-02', age: null }],
    ['undated', { value: null, ageDays: null }, 'en', null],
  ] as const)('when: %s', (_what, published, locale, expected) => {
    expect(publicationAge(published, locale)).toEqual(expected);
  });

  test.each([
    ['the sponsor’s label as the page words it', 'sponsored-content', { evidence: [{ origin: 'visible-text', key: 'label', raw: 'En partenariat avec X', value: 'sponsored' }], canonicalUrl: null }, fr, 'mention « En partenariat avec X »'],
    ['the original’s site', 'syndicated-copy', { evidence: [], canonicalUrl: 'https://wire.example.com/story' }, en, 'Original: wire.example.com'],
    ['an original that is not an address', 'syndicated-copy', { evidence: [], canonicalUrl: 'not a url' }, en, null],
    ['nothing to add', 'no-date', { evidence: [], canonicalUrl: null }, en, null],
  ] as const)('headline warning detail: %s', (_what, code, publisher, t, expected) => {
    expect(headlineWarningDetail({ code }, { ...publisher, evidence: [...publisher.evidence] }, t)).toBe(expected);
  });

  test.each([
    ['en', 'No source identified'],
    ['fr', 'Aucune source identifiée'],
  ] as const)('an article on nothing, in %s', (locale, expected) => {
    expect(inventoryText(inventory({ sources: [] }), locale === 'en' ? en : fr)).toBe(expected);
  });
});
