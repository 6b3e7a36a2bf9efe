import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from '../tests/helpers/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from './settings-schema';

const fake = vi.hoisted(() => ({ browser: undefined as unknown }));
vi.mock('wxt/browser', () => ({
  get browser() {
    return fake.browser;
  },
}));

const { loadSettings, onSettingsChanged, saveSettings } = await import('./settings');

let browser: ReturnType<typeof fakeBrowser>;
beforeEach(() => {
  browser = fakeBrowser();
  fake.browser = browser;
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
    expect(await loadSettings()).toEqual(expected);
  });

  test('save then load gives the same settings, stored as one item', async () => {
    await saveSettings(chosen);
    expect([...browser.sync.keys()]).toEqual(['settings']);
    expect(await loadSettings()).toEqual(chosen);
  });

  test('listeners hear saved changes, validated, until they unsubscribe', async () => {
    const heard: Settings[] = [];
    const stop = onSettingsChanged((settings) => heard.push(settings));
    await saveSettings(chosen);
    stop();
    await saveSettings(DEFAULT_SETTINGS);
    expect(heard).toEqual([chosen]);
  });
});
