import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser, type FakeBrowser } from '../tests/helpers/fake-browser';
import { uiTranslator } from './ui-language';
import type { UiLanguage } from './settings-schema';

/** Serves the extension's `_locales` files as the browser would. */
function serveLocales(url: string): Response {
  const path = new URL(url).pathname;
  return new Response(readFileSync(join(process.cwd(), 'public', path), 'utf8'));
}

let browser: FakeBrowser;
beforeEach(() => {
  browser = fakeBrowser();
  vi.stubGlobal('fetch', vi.fn(async (url: string) => serveLocales(url)));
});
afterEach(() => vi.unstubAllGlobals());

describe('uiTranslator', () => {
  test.each<[UiLanguage, string, string, string]>([
    ['auto', 'en-GB', 'section_who', 'section_who'],
    ['en', 'en', 'section_who', 'Who'],
    ['fr', 'fr', 'section_who', 'Qui'],
    ['fr', 'fr', 'export_downloaded', 'Enregistré sous x.md.'],
  ])('%s: locale %s, %s → %s', async (language, locale, name, expected) => {
    const ui = await uiTranslator(browser, language);
    expect(ui.locale).toBe(locale);
    expect(ui.translate(name, name === 'export_downloaded' ? 'x.md' : undefined)).toBe(expected);
  });

  test.each([['not_a_message'], ['constructor']])('%s unknown to the file falls back to the browser', async (name) => {
    const ui = await uiTranslator(browser, 'fr');
    expect(ui.translate(name)).toBe(name);
  });

  test('an unreadable locale file falls back to the browser language', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new Error('offline'))));
    const ui = await uiTranslator(browser, 'fr');
    expect(ui.locale).toBe('en-GB');
    expect(ui.translate('section_who')).toBe('section_who');
  });
});
