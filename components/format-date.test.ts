import { describe, expect, test } from 'vitest';
import { formatReportDate, inOffsetOf } from './format-date';

describe('formatReportDate', () => {
  test.each([
    ['2025-07-10T06:10:00+00:00', 'en', 'July 10, 2025, 06:10 UTC+00:00'],
    ['2025-07-10T06:10:00', 'en', 'July 10, 2025, 06:10'],
    ['2025-07-10 06:10:00', 'fr', '10 juillet 2025, 06:10'],
    ['2026-03-04', 'en', 'March 4, 2026'],
    ['2026-11-14T08:45:00Z', 'fr', '14 novembre 2026, 08:45 UTC'],
    ['2026-11-14T23:30:00-0500', 'en', 'November 14, 2026, 23:30 UTC-05:00'],
    ['yesterday', 'en', 'yesterday'],
  ])('%s in %s → %s', (value, locale, expected) => {
    expect(formatReportDate(value, locale)).toBe(expected);
  });
});

describe('inOffsetOf', () => {
  test.each([
    ['a UTC modification read in the publication’s zone', '2025-06-02T11:42:00Z', '2025-06-02T12:41:00+01:00', '2025-06-02T12:42+01:00'],
    ['a negative offset', '2026-11-15T02:00:00+00:00', '2026-11-14T20:00:00-05:00', '2026-11-14T21:00-05:00'],
    ['the same offset, as written', '2026-11-14T08:45:00+00:00', '2026-11-14T07:00:00Z', '2026-11-14T08:45:00+00:00'],
    ['no offset stated, as written', '2026-11-14T08:45:00', '2026-11-14T07:00:00+01:00', '2026-11-14T08:45:00'],
    ['a reference without an offset', '2026-11-14T08:45:00Z', '2026-11-14', '2026-11-14T08:45:00Z'],
    ['no reference', '2026-11-14T08:45:00Z', null, '2026-11-14T08:45:00Z'],
  ])('%s', (_case, value, reference, expected) => {
    expect(inOffsetOf(value, reference)).toBe(expected);
  });
});
