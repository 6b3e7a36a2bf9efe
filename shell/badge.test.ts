import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser, type FakeBrowser } from '../tests/helpers/fake-browser';
import { sampleReport } from '../tests/helpers/sample-report';
import { clearBadge, showBadge } from './badge';
import { DEFAULT_SETTINGS } from './settings-schema';

let browser: FakeBrowser;
beforeEach(() => {
  browser = fakeBrowser();
});

describe('the toolbar badge', () => {
  test('shows an outcome on the tab: text, colours, and a title in words', async () => {
    await showBadge(browser, 4, { status: 'not-article', report: sampleReport() }, { ...DEFAULT_SETTINGS });
    expect(browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '–' });
    expect(browser.action.setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 4, color: '#5f6673' });
    expect(browser.action.setBadgeTextColor).toHaveBeenCalledWith({ tabId: 4, color: '#ffffff' });
    expect(browser.action.setTitle).toHaveBeenCalledWith({ tabId: 4, title: 'badge_title_not_article' });
  });

  test('counts only the kinds the reader has not hidden', async () => {
    const report = sampleReport();
    const shown = { status: 'ok' as const, report, marks: { anchored: [], unanchored: [] } };
    await showBadge(browser, 4, shown, { ...DEFAULT_SETTINGS, hiddenWarningCodes: report.warnings.map((warning) => warning.code) });
    expect(browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '0' });
  });

  test('clearing gives the plain button back', async () => {
    await clearBadge(browser, 4);
    expect(browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '' });
    expect(browser.action.setTitle).toHaveBeenCalledWith({ tabId: 4, title: 'actionTitle' });
  });
});
