import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { extractSnapshot } from '../extraction/extract-snapshot';
import type { ContentRequest, MarkRequest } from '../messaging/protocol';
import { flagOf } from '../report/dismissals';
import { analyze } from '../rules/analyze';
import { fakeBrowser, type FakeBrowser } from '../tests/helpers/fake-browser';
import { makeSnapshot } from '../tests/helpers/make-snapshot';
import { analyzeTab } from './analyze-tab';
import { setDismissed } from './dismissed-flags';
import { DEFAULT_SETTINGS, type Settings } from './settings-schema';

const URL_ = 'https://news.example.org/a';
const ARTICLE_URL = 'https://www.example.com/news/5g-dangers';

/** A page of the sourcing fixtures, extracted as the content script would. */
function articleSnapshot() {
  const html = readFileSync(join(import.meta.dirname, '../tests/fixtures/sourcing/en-02-5g-dangers.html'), 'utf8');
  return extractSnapshot(parseHtml(html, ARTICLE_URL), ARTICLE_URL);
}

/** A content script that extracts `snapshot` and marks every passage it is sent, anchoring all of them. */
function answerAsContentScript(browser: FakeBrowser, snapshot: ReturnType<typeof articleSnapshot>): void {
  browser.answerContent = (message) => {
    const request = message as ContentRequest;
    if (request.type === 'extract') return { ok: true, snapshot };
    if (request.type === 'mark') return { anchored: request.marks.map((mark) => mark.warningIndex), unanchored: [] };
    return { ok: true };
  };
}

function sent(browser: FakeBrowser): ContentRequest[] {
  return browser.contentRequests.map(({ message }) => message as ContentRequest);
}

function markedIndexes(browser: FakeBrowser): number[] {
  const mark = sent(browser).find((request): request is { type: 'mark'; marks: MarkRequest[] } => request.type === 'mark');
  return mark?.marks.map((request) => request.warningIndex) ?? [];
}

let browser: FakeBrowser;
beforeEach(() => {
  browser = fakeBrowser();
  browser.tabList.set(1, { id: 1, url: URL_, status: 'complete' });
});

/** Makes injection and messaging fail, or not, as each case says; the tab then shows `tabAfter`. */
function failWhere(inject: Error | null, answer: Error | null, tabAfter = { status: 'complete', url: URL_ }): void {
  const tabs = [{ status: 'complete', url: URL_ }, tabAfter];
  browser.tabs.get.mockImplementation(async () => tabs.shift() ?? tabAfter);
  browser.scripting.executeScript.mockImplementation(async () => {
    if (inject) throw inject;
    return [];
  });
  browser.answerContent = () => {
    if (answer) throw answer;
    return { ok: false, message: 'extraction stopped here' };
  };
}

describe('analyzeTab tells a permission problem from an error', () => {
  test.each([
    ['Chromium refuses a page without access', new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'), null, { status: 'restricted', reason: 'no-access' }],
    ['Firefox refuses a page without access', new Error('Missing host permission for the tab'), null, { status: 'restricted', reason: 'no-access' }],
    ['an injection failing for another reason', new Error('Frame with ID 0 was removed.'), null, { status: 'error', message: 'error_injection_failed(Frame with ID 0 was removed.)' }],
    ['nothing listening (Firefox on about:config)', null, new Error('Could not establish connection. Receiving end does not exist.'), { status: 'restricted', reason: 'no-access' }],
    ['an answer the channel could not carry', null, new Error('Maximum call stack size exceeded'), { status: 'error', message: 'error_no_answer(Maximum call stack size exceeded)' }],
    ['a port closed before the answer', null, new Error('The message port closed before a response was received.'), { status: 'error', message: 'error_no_answer(The message port closed before a response was received.)' }],
    ['the script answering', null, null, { status: 'error', message: 'extraction stopped here' }],
  ])('%s', async (_what, inject, answer, expected) => {
    failWhere(inject, answer);
    expect(await analyzeTab(browser, 1, { ...DEFAULT_SETTINGS })).toEqual(expected);
  });

  test.each([
    ['an injection', new Error('Cannot access contents of the page.'), null],
    ['a message', null, new Error('Maximum call stack size exceeded')],
  ])('says the page changed when %s fails during a navigation', async (_what, inject, answer) => {
    failWhere(inject, answer, { status: 'loading', url: `${URL_}?next` });
    expect(await analyzeTab(browser, 1, { ...DEFAULT_SETTINGS })).toEqual({ status: 'error', message: 'error_page_changed' });
  });

  test.each<[string, unknown]>([
    ['no answer at all', undefined],
    ['a null answer', null],
  ])('%s is an error, not a report', async (_what, answer) => {
    browser.answerContent = () => answer;
    expect(await analyzeTab(browser, 1, { ...DEFAULT_SETTINGS })).toEqual({ status: 'error', message: 'error_no_answer(no response)' });
  });
});

describe('analyzeTab before injecting', () => {
  test('a closed tab is an error, and nothing is injected', async () => {
    expect(await analyzeTab(browser, 99, { ...DEFAULT_SETTINGS })).toEqual({ status: 'error', message: 'error_tab_closed' });
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  test.each([
    ['chrome://settings/', 'browser-page'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store-page'],
    ['https://example.org/report.pdf', 'pdf-viewer'],
  ])('%s is refused by its URL (%s), and nothing is injected', async (url, reason) => {
    browser.tabList.set(1, { id: 1, url, status: 'complete' });
    expect(await analyzeTab(browser, 1, { ...DEFAULT_SETTINGS })).toEqual({ status: 'restricted', reason });
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  test('the content script is injected into the top frame only', async () => {
    browser.answerContent = () => ({ ok: false, message: 'stop' });
    await analyzeTab(browser, 1, { ...DEFAULT_SETTINGS });
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 1, frameIds: [0] }, files: ['/content-script.js'] });
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(1, { type: 'extract' }, { frameId: 0 });
  });
});

describe('analyzeTab on an article', () => {
  const snapshot = articleSnapshot();
  const expected = analyze(snapshot, { retrievedAt: new Date().toISOString(), generatorVersion: '9.9.9' });
  const passages = expected.warnings.flatMap((warning, index) => (warning.anchor === null ? [] : [index]));

  beforeEach(() => {
    browser.tabList.set(1, { id: 1, url: ARTICLE_URL, status: 'complete' });
    answerAsContentScript(browser, snapshot);
  });

  test('the fixture has passages to mark', () => {
    expect(passages.length).toBeGreaterThan(1);
  });

  test('runs the rules in the background and marks every passage by its text quote', async () => {
    const outcome = await analyzeTab(browser, 1, { ...DEFAULT_SETTINGS });
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    expect({ ...outcome.report, retrievedAt: expected.retrievedAt }).toEqual(expected);
    expect(outcome.marks).toEqual({ anchored: passages, unanchored: [] });
    expect(markedIndexes(browser)).toEqual(passages);
    const marks = (sent(browser)[1] as { marks: MarkRequest[] }).marks;
    expect(marks.map((mark) => mark.anchor)).toEqual(passages.map((index) => expected.warnings[index]!.anchor));
    expect(sent(browser).some((request) => request.type === 'set-marks-visible')).toBe(false);
  });

  test('kinds the reader hid and flags the reader dismissed are not marked', async () => {
    const [hidden, dismissed] = passages.map((index) => expected.warnings[index]!);
    const settings: Settings = { ...DEFAULT_SETTINGS, hiddenWarningCodes: [hidden!.code] };
    await setDismissed(browser, ARTICLE_URL, flagOf(dismissed!)!, true);
    await analyzeTab(browser, 1, settings);
    const kept = passages.filter((index) => expected.warnings[index]!.code !== hidden!.code && index !== passages[1]);
    expect(markedIndexes(browser)).toEqual(kept);
  });

  test('with marks switched off, the marks are drawn hidden', async () => {
    await analyzeTab(browser, 1, { ...DEFAULT_SETTINGS, inlineMarks: false });
    expect(sent(browser).map((request) => request.type)).toEqual(['extract', 'mark', 'set-marks-visible']);
    expect(sent(browser)[2]).toEqual({ type: 'set-marks-visible', visible: false });
  });

  test('a navigation while marking says the page changed', async () => {
    const tabs = [{ status: 'complete', url: ARTICLE_URL }];
    browser.tabs.get.mockImplementation(async () => tabs.shift() ?? { status: 'loading', url: URL_ });
    browser.answerContent = (message) => {
      if ((message as ContentRequest).type === 'extract') return { ok: true, snapshot };
      throw new Error('Receiving end does not exist.');
    };
    expect(await analyzeTab(browser, 1, { ...DEFAULT_SETTINGS })).toEqual({ status: 'error', message: 'error_page_changed' });
  });

  test('a marking failure on a page that stayed is thrown for the caller to report', async () => {
    browser.answerContent = (message) => {
      if ((message as ContentRequest).type === 'extract') return { ok: true, snapshot };
      throw new Error('marks failed');
    };
    await expect(analyzeTab(browser, 1, { ...DEFAULT_SETTINGS })).rejects.toThrow('marks failed');
  });
});

describe('analyzeTab on a page that is not an article', () => {
  test('reports it, clears any marks, and marks nothing', async () => {
    answerAsContentScript(browser, makeSnapshot({ url: URL_, readerable: false }));
    const outcome = await analyzeTab(browser, 1, { ...DEFAULT_SETTINGS });
    expect(outcome.status).toBe('not-article');
    expect(sent(browser)).toEqual([{ type: 'extract' }, { type: 'mark', marks: [] }]);
  });
});
