import { beforeEach, describe, expect, test } from 'vitest';
import type { ContentRequest, MarkRequest } from '../messaging/protocol';
import { flagOf } from '../report/dismissals';
import { fakeBrowser, type FakeBrowser } from '../tests/helpers/fake-browser';
import { sampleReport } from '../tests/helpers/sample-report';
import { setDismissed } from './dismissed-flags';
import { redrawMarks } from './redraw-marks';
import { DEFAULT_SETTINGS } from './settings-schema';

const report = sampleReport();
const passages = report.warnings.flatMap((warning, index) => (warning.anchor === null ? [] : [index]));

let browser: FakeBrowser;
beforeEach(() => {
  browser = fakeBrowser();
  browser.answerContent = () => ({ anchored: [], unanchored: [] });
});

function marked(): number[][] {
  return browser.contentRequests.map(({ message }) => (message as Extract<ContentRequest, { type: 'mark' }>).marks.map((mark: MarkRequest) => mark.warningIndex));
}

describe('redrawMarks', () => {
  test('the sample has passages to redraw', () => {
    expect(passages.length).toBeGreaterThan(0);
  });

  test('sends every passage again', async () => {
    expect(await redrawMarks(browser, 3, { status: 'ok', report, marks: { anchored: passages, unanchored: [] } }, { ...DEFAULT_SETTINGS })).toBe(true);
    expect(marked()).toEqual([passages]);
  });

  test('leaves out a flag dismissed since', async () => {
    await setDismissed(browser, report.url, flagOf(report.warnings[passages[0]!]!)!, true);
    await redrawMarks(browser, 3, { status: 'ok', report, marks: { anchored: passages, unanchored: [] } }, { ...DEFAULT_SETTINGS });
    expect(marked()).toEqual([passages.slice(1)]);
  });

  test('a dismissal undone brings the flag back, and no key is left behind', async () => {
    const flag = flagOf(report.warnings[passages[0]!]!)!;
    await setDismissed(browser, report.url, flag, true);
    expect(await setDismissed(browser, report.url, flag, false)).toEqual([]);
    expect([...browser.local.keys()]).toEqual([]);
  });

  test.each([
    ['not an article', { status: 'not-article' as const, report }],
    ['an error', { status: 'error' as const, message: 'gone' }],
  ])('does nothing for %s', async (_what, outcome) => {
    expect(await redrawMarks(browser, 3, outcome, { ...DEFAULT_SETTINGS })).toBe(false);
    expect(browser.contentRequests).toEqual([]);
  });
});
