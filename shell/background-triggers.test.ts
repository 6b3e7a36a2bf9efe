import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser, type FakeBrowser } from '../tests/helpers/fake-browser';
import { registerAutoAnalysis } from './auto-analysis';
import { registerAnalyzeCommand } from './commands';
import { registerContextMenu } from './context-menu';
import { saveSettings } from './settings';
import { DEFAULT_SETTINGS } from './settings-schema';

let browser: FakeBrowser;
let analyze: ReturnType<typeof vi.fn<(tabId: number) => Promise<void>>>;

beforeEach(() => {
  browser = fakeBrowser();
  analyze = vi.fn<(tabId: number) => Promise<void>>().mockResolvedValue(undefined);
});

const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('automatic analysis', () => {
  test.each<[string, string[], string[], { status?: string }, string | undefined, boolean]>([
    ['a chosen, granted site once loaded', ['lemonde.fr'], ['https://*.lemonde.fr/*'], { status: 'complete' }, 'https://www.lemonde.fr/a.html', true],
    ['not while loading', ['lemonde.fr'], ['https://*.lemonde.fr/*'], { status: 'loading' }, 'https://www.lemonde.fr/a.html', false],
    ['not a site the reader did not choose', ['lemonde.fr'], ['https://*.lemonde.fr/*'], { status: 'complete' }, 'https://www.lefigaro.fr/a.html', false],
    ['not when the permission was withdrawn', ['lemonde.fr'], [], { status: 'complete' }, 'https://www.lemonde.fr/a.html', false],
    ['not when the reader removed the site', [], ['https://*.lemonde.fr/*'], { status: 'complete' }, 'https://www.lemonde.fr/a.html', false],
    ['not when the URL is hidden', ['lemonde.fr'], ['https://*.lemonde.fr/*'], { status: 'complete' }, undefined, false],
    ['not under a public suffix kept from an older version', ['github.io'], ['https://*.github.io/*'], { status: 'complete' }, 'https://reader.github.io/a.html', false],
  ])('%s', async (_name, sites, granted, change, url, expected) => {
    await saveSettings(browser, { ...DEFAULT_SETTINGS, autoSites: sites, hiddenWarningCodes: [] });
    for (const origin of granted) browser.granted.add(origin);
    registerAutoAnalysis(browser, analyze);
    browser.tabs.onUpdated.fire(3, change, { id: 3, url });
    await settled();
    expect(analyze.mock.calls).toEqual(expected ? [[3]] : []);
  });
});

describe('keyboard shortcut', () => {
  test.each<[string, string, { id?: number } | undefined, number[][]]>([
    ['the tab the browser passes', 'analyze-page', { id: 12 }, [[12]]],
    ['the active tab when none is passed', 'analyze-page', undefined, [[7]]],
    ['another command is ignored', '_execute_action', { id: 12 }, []],
  ])('%s', async (_name, command, tab, calls) => {
    registerAnalyzeCommand(browser, analyze);
    browser.commands.onCommand.fire(command, tab);
    await settled();
    expect(analyze.mock.calls).toEqual(calls);
  });
});

describe('context menu', () => {
  test('created once per install, with an id and a translated title, on pages', async () => {
    registerContextMenu(browser, analyze);
    expect(browser.contextMenus.create).not.toHaveBeenCalled();
    browser.runtime.onInstalled.fire();
    await settled();
    expect(browser.contextMenus.removeAll).toHaveBeenCalled();
    expect(browser.contextMenus.create).toHaveBeenCalledWith({ id: 'sourcelight-analyze-page', title: 'menu_analyze_page', contexts: ['page'] });
  });

  test.each<[string, string, { id?: number } | undefined, number[][]]>([
    ['its click analyses the tab', 'sourcelight-analyze-page', { id: 5 }, [[5]]],
    ['another item is ignored', 'other', { id: 5 }, []],
    ['no tab, nothing to do', 'sourcelight-analyze-page', undefined, []],
  ])('%s', async (_name, menuItemId, tab, calls) => {
    registerContextMenu(browser, analyze);
    browser.contextMenus.onClicked.fire({ menuItemId }, tab);
    await settled();
    expect(analyze.mock.calls).toEqual(calls);
  });
});
