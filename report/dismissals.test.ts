import { describe, expect, test } from 'vitest';
import { sampleReport } from '../tests/helpers/sample-report';
import { dismissalPageKey, flagOf, isDismissed, withDismissals } from './dismissals';

const report = sampleReport();
const [vague, figure] = report.warnings as [(typeof report.warnings)[0], (typeof report.warnings)[0]];

describe('dismissed flags', () => {
  test.each([
    ['the same code and quote', [flagOf(vague)!], true],
    ['another quote', [flagOf(figure)!], false],
    ['the same words elsewhere (another prefix)', [{ code: vague.code, quote: { ...vague.anchor!, prefix: 'Later, ' } }], false],
    ['another code on the same words', [{ code: 'unsourced-figure', quote: vague.anchor! }], false],
    ['nothing dismissed', [], false],
  ])('%s', (_case, dismissed, expected) => {
    expect(isDismissed(vague, dismissed)).toBe(expected);
  });

  test('a page-level warning is no flag to dismiss', () => {
    expect(flagOf({ code: 'no-date', anchor: null })).toBeNull();
  });

  test('the exports mark exactly the dismissed warnings', () => {
    const marked = withDismissals(report, [flagOf(figure)!]);
    expect(marked.warnings.map((warning) => warning.dismissed)).toEqual([undefined, true]);
    expect(withDismissals(report, [])).toBe(report);
  });

  test.each([
    ['https://news.example.org/a?x=1#comments', 'https://news.example.org/a?x=1'],
    ['https://news.example.org/a', 'https://news.example.org/a'],
  ])('page key of %s', (url, key) => {
    expect(dismissalPageKey(url)).toBe(key);
  });
});
