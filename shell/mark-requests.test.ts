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
    ['en', 'Vague attribution', 'Name who says it: a person, a body or a document.', { previous: { text: 'Previous', name: 'Previous flag' }, next: { text: 'Next', name: 'Next flag' } }],
    ['fr', 'Attribution vague', 'Nommer qui le dit\u00a0: une personne, un organisme ou un document.', { previous: { text: 'Précédent', name: 'Signalement précédent' }, next: { text: 'Suivant', name: 'Signalement suivant' } }],
  ])('%s: one request per anchored warning, worded in the reader\'s language, with its hint and the tooltip\'s buttons', (locale, label, hint, steps) => {
    const requests = markRequests(report, localeTranslator(locale));
    expect(requests.map((request) => request.warningIndex)).toEqual([0, 1, 3]);
    expect(requests[0]).toMatchObject({ label, hint, steps, severity: 'medium', anchor: base.warnings[0]?.anchor });
    expect(requests[2]).toMatchObject({ label: 'not-yet-translated', message: 'A newer rule.', steps });
    expect(requests[2]).not.toHaveProperty('hint');
  });

  test.each([
    [[0, 3], [0, 3]],
    [[1, 2], [1]],
    [[], []],
  ])('only the passage warnings among %j when asked: %j', (wanted, expected) => {
    expect(markRequests(report, localeTranslator('en'), wanted).map((request) => request.warningIndex)).toEqual(expected);
  });
});
