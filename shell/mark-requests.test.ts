import { describe, expect, test } from 'vitest';
import { localeTranslator } from '../tests/helpers/locale-messages';
import { sampleReport } from '../tests/helpers/sample-report';
import { markRequests } from './mark-requests';

const base = sampleReport();
const report = sampleReport({
  warnings: [
    ...base.warnings,
    { code: 'no-date', severity: 'medium', category: 'provenance', message: 'No date.', anchor: null },
    { code: 'not-yet-translated', severity: 'low', category: 'sourcing', message: 'A newer rule.', anchor: { exact: 'talks', prefix: '', suffix: '' } },
  ],
});

describe('markRequests', () => {
  test.each([
    ['en', 'Vague attribution'],
    ['fr', 'Attribution vague'],
  ])('%s: one request per anchored warning, worded in the reader\'s language', (locale, label) => {
    const requests = markRequests(report, localeTranslator(locale));
    expect(requests.map((request) => request.warningIndex)).toEqual([0, 1, 3]);
    expect(requests[0]).toMatchObject({ label, severity: 'medium', anchor: base.warnings[0]?.anchor });
    expect(requests[2]).toMatchObject({ label: 'not-yet-translated', message: 'A newer rule.' });
  });

  test.each([
    [[0, 3], [0, 3]],
    [[1, 2], [1]],
    [[], []],
  ])('only the passage warnings among %j when asked: %j', (wanted, expected) => {
    expect(markRequests(report, localeTranslator('en'), wanted).map((request) => request.warningIndex)).toEqual(expected);
  });
});
