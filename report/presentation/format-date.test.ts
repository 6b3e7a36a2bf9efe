import { describe, expect, test } from 'vitest';
import { formatReportDate } from './format-date';

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

