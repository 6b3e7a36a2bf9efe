import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser, type FakeBrowser } from '../tests/helpers/fake-browser';
import { loadSettings, onSettingsChanged, saveSettings } from './settings';
import { DEFAULT_SETTINGS, type Settings } from './settings-schema';

let browser: FakeBrowser;
beforeEach(() => {
  browser = fakeBrowser();
});

const chosen: Settings = { autoSites: ['lemonde.fr'], inlineMarks: false, hiddenWarningCodes: ['old-story'], uiLanguage: 'fr' };

describe('settings in storage.sync', () => {
  test.each<[string, unknown, Settings]>([
    ['nothing stored yet', undefined, { ...DEFAULT_SETTINGS }],
    ['a corrupt item', 'garbage', { ...DEFAULT_SETTINGS }],
    ['one corrupt field', { ...chosen, uiLanguage: 42 }, { ...chosen, uiLanguage: 'auto' }],
    ['valid settings', chosen, chosen],
  ])('load: %s', async (_name, stored, expected) => {
    if (stored !== undefined) browser.sync.set('settings', stored);
    expect(await loadSettings(browser)).toEqual(expected);
  });

  test('save then load gives the same settings, stored as one item', async () => {
    await saveSettings(browser, chosen);
    expect([...browser.sync.keys()]).toEqual(['settings']);
    expect(await loadSettings(browser)).toEqual(chosen);
  });

  test('listeners hear saved changes, validated, until they unsubscribe', async () => {
    const heard: Settings[] = [];
    const stop = onSettingsChanged(browser, (settings) => heard.push(settings));
    await saveSettings(browser, chosen);
    stop();
    await saveSettings(browser, DEFAULT_SETTINGS);
    expect(heard).toEqual([chosen]);
  });
});
