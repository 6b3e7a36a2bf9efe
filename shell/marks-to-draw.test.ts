import { describe, expect, test } from 'vitest';
import { flagOf } from '../report/dismissals';
import { sampleReport } from '../tests/helpers/sample-report';
import { shouldDraw } from './marks-to-draw';
import { DEFAULT_SETTINGS } from './settings-schema';

const report = sampleReport();
const mark = (warningIndex: number) => ({ warningIndex, anchor: report.warnings[warningIndex]!.anchor!, severity: 'medium' as const, label: '', message: '' });

describe('shouldDraw', () => {
  test.each([
    ['a shown, kept flag', DEFAULT_SETTINGS, [], 0, true],
    ['a kind the reader hid', { ...DEFAULT_SETTINGS, hiddenWarningCodes: ['vague-attribution'] }, [], 0, false],
    ['a flag dismissed on this page', DEFAULT_SETTINGS, [flagOf(report.warnings[0]!)!], 0, false],
    ['another flag on a page with a dismissal', DEFAULT_SETTINGS, [flagOf(report.warnings[0]!)!], 1, true],
    ['an index the report does not have', DEFAULT_SETTINGS, [], 9, false],
  ])('%s', (_case, settings, dismissed, index, expected) => {
    const request = index < report.warnings.length ? mark(index) : { ...mark(0), warningIndex: index };
    expect(shouldDraw(report, settings, dismissed)(request)).toBe(expected);
  });
});
