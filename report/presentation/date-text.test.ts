import { describe, expect, test } from 'vitest';
import { localeTranslator } from '../../tests/helpers/locale-messages';
import { dateLine, dateText, datesInOneZone } from './date-text';
import { formatReportDate } from './format-date';

const en = localeTranslator('en');
const fr = localeTranslator('fr');

describe('a report date as the popup and the exports write it', () => {
  test.each([
    ['a time with its zone, as the report has it', { value: '2026-11-14T08:45:00+01:00', timeZoneStated: true }, en, undefined, '2026-11-14T08:45:00+01:00'],
    ['a time without a zone says so', { value: '2026-11-14T08:45:00', timeZoneStated: false }, en, undefined, '2026-11-14T08:45:00 (no time zone stated)'],
    ['in French', { value: '2026-11-14T08:45:00', timeZoneStated: false }, fr, undefined, '2026-11-14T08:45:00 (fuseau horaire non indiqué)'],
    ['a calendar date has no hour to misplace: no note', { value: '2026-11-14', timeZoneStated: false }, en, undefined, '2026-11-14'],
    ['spelled out for the popup, with the note', { value: '2026-11-14T08:45:00', timeZoneStated: false }, en, (value: string) => formatReportDate(value, 'en'), 'November 14, 2026, 08:45 (no time zone stated)'],
    ['spelled out in French', { value: '2026-11-14', timeZoneStated: false }, fr, (value: string) => formatReportDate(value, 'fr'), '14 novembre 2026'],
    ['no date', { value: null, timeZoneStated: false }, en, undefined, 'Not stated'],
    ['pas de date', { value: null, timeZoneStated: false }, fr, undefined, 'Non indiqué'],
  ])('%s', (_what, field, t, format, expected) => {
    expect(dateLine(field, t, format)).toBe(expected);
  });

  test('the note comes apart from the value, for the HTML export to escape it on its own', () => {
    expect(dateText({ value: '2026-11-14T08:45', timeZoneStated: false }, en)).toEqual({ value: '2026-11-14T08:45', note: '(no time zone stated)' });
    expect(dateText({ value: null, timeZoneStated: true }, en)).toBeNull();
  });

  test.each([
    ['a UTC modification reads in the publication’s zone', '2025-06-02T12:41:00+01:00', '2025-06-02T11:42:00Z', '2025-06-02T12:42+01:00'],
    ['a modification without a zone stays as written', '2025-06-02T12:41:00+01:00', '2025-06-02T11:42:00', '2025-06-02T11:42:00'],
    ['no modification', '2025-06-02T12:41:00+01:00', null, null],
  ])('%s', (_what, published, modified, expected) => {
    const field = { timeZoneStated: true, confidence: 'high' as const, conflict: false, evidence: [] };
    const dates = datesInOneZone({ published: { ...field, value: published, ageDays: 3 }, modified: { ...field, value: modified } });
    expect(dates.modified.value).toBe(expected);
    expect(dates.published.value).toBe(published);
  });
});
