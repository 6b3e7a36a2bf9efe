import { describe, expect, test } from 'vitest';
import type { AnalysisOutcome } from '../messaging/protocol';
import type { Report, Severity } from '../report/schema';
import { sampleReport } from '../tests/helpers/sample-report';
import { badgeStyle } from './badge-style';

const base = sampleReport();

function withPassages(...severities: Severity[]): Report {
  return sampleReport({
    warnings: [
      ...severities.map((severity, index) => ({ ...base.warnings[0]!, severity, anchor: { exact: `passage ${index}`, prefix: '', suffix: '' } })),
      { code: 'old-story', severity: 'low' as const, category: 'provenance' as const, message: 'Old.', anchor: null },
    ],
  });
}

const ok = (report: Report): AnalysisOutcome => ({ status: 'ok', report, marks: { anchored: [], unanchored: [] } });

describe('badgeStyle', () => {
  test.each<[string, AnalysisOutcome, string, string, string]>([
    ['high wins', ok(withPassages('low', 'high', 'medium')), '3', '#c62828', 'badge_title_passages'],
    ['medium', ok(withPassages('low', 'medium')), '2', '#f5a524', 'badge_title_passages'],
    ['low', ok(withPassages('low')), '1', '#5f6673', 'badge_title_passages'],
    ['info counts as low', ok(withPassages('info')), '1', '#5f6673', 'badge_title_passages'],
    ['page-level warnings are not passages', ok(withPassages()), '0', '#175c2c', 'badge_title_no_passages'],
    [
      'sponsored content counts and turns it red, with no weak passage',
      ok(sampleReport({ warnings: [{ code: 'sponsored-content', severity: 'high', category: 'provenance', message: 'Sponsored.', anchor: null }] })),
      '1',
      '#c62828',
      'badge_title_page_warnings',
    ],
    [
      'a copy of another page counts beside the passages',
      ok(sampleReport({ warnings: [...withPassages('medium').warnings, { code: 'syndicated-copy', severity: 'low', category: 'provenance', message: 'Copy.', anchor: null }] })),
      '2',
      '#f5a524',
      'badge_title_page_warnings',
    ],
    ['more than two digits', ok(withPassages(...Array<Severity>(120).fill('medium'))), '99+', '#f5a524', 'badge_title_passages'],
    ['not an article', { status: 'not-article', report: base }, '–', '#5f6673', 'badge_title_not_article'],
    ['restricted', { status: 'restricted', reason: 'store-page' }, '!', '#5f6673', 'badge_title_restricted'],
    ['error', { status: 'error', message: 'boom' }, '!', '#5f6673', 'badge_title_error'],
  ])('%s', (_name, outcome, text, background, title) => {
    const style = badgeStyle(outcome);
    expect(style).toMatchObject({ text, background, title: { name: title } });
  });

  test.each([
    ['hidden codes are not counted', () => false, '0'],
    ['shown codes are', () => true, '2'],
  ])('%s', (_name, isShown, text) => {
    expect(badgeStyle(ok(withPassages('high', 'low')), isShown).text).toBe(text);
  });

  test.each([['#c62828'], ['#f5a524'], ['#5f6673'], ['#175c2c']])('text on %s meets 4.5:1', (background) => {
    const style = [ok(withPassages('high')), ok(withPassages('medium')), ok(withPassages('low')), ok(withPassages())]
      .map((outcome) => badgeStyle(outcome))
      .find((candidate) => candidate.background === background)!;
    expect(contrast(style.color, style.background)).toBeGreaterThanOrEqual(4.5);
  });
});

function contrast(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}
