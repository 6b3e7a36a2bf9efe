import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowser } from './harness/browsers';
import { ENGLISH_ARTICLE, FIXTURE_HOSTS, fixtureUrlOnItsSite, FRENCH_ARTICLE, HOME_PAGE, SPONSORED_PAGE, WIRE_STORY } from './harness/fixture-pages';
import { launchChromium } from './harness/launch-chromium';
import { launchWithExtension } from './harness/launch-extension';
import { e2eBuild, TEST_RESULTS_DIR } from './harness/paths';
import { findTabId, openControlPage, openPopup, setUiLanguage } from './harness/popup';
import { readPopupLayout, waitForAnalysis } from './harness/popup-layout';
import { startStaticServer, type StaticServer } from './harness/static-server';
import { FIXTURES_DIR } from './harness/paths';
import type { ExtensionBrowser, TestPage } from './harness/test-page';

/** The narrowest popup a reader can use without scrolling sideways, and the tallest a browser gives one. */
const MIN_POPUP_WIDTH = 360;
const MAX_POPUP_HEIGHT = 600;

/** The pages a reader meets: an article in each language, wire copy, sponsored content, a home page. */
const PAGES = [
  { slug: 'en-article', path: ENGLISH_ARTICLE.path },
  { slug: 'fr-article', path: FRENCH_ARTICLE.path },
  { slug: 'wire', path: WIRE_STORY },
  { slug: 'sponsored', path: SPONSORED_PAGE },
  { slug: 'home', path: HOME_PAGE },
] as const;

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer(FIXTURES_DIR);
  await mkdir(TEST_RESULTS_DIR, { recursive: true });
});

afterAll(async () => {
  await server?.close();
});

describe.skipIf(skipBrowser('chromium'))('the real toolbar popup in chromium', () => {
  let browser: ExtensionBrowser;
  let control: TestPage;

  beforeAll(async () => {
    browser = await launchChromium(e2eBuild('chromium'), { loopbackHosts: Object.values(FIXTURE_HOSTS) });
    control = await openControlPage(browser);
  });

  afterAll(async () => {
    await setUiLanguage(control, null);
    await browser?.close();
  });

  for (const language of ['en', 'fr'] as const) {
    it.each(PAGES)(`is wide enough and shows the verdict in its first screen (${language}, %s)`, async ({ slug, path }) => {
      await setUiLanguage(control, language);
      const page = await browser.newPage();
      // Each page on its own site's name, as a reader meets it: no false "copy of another page".
      await page.goto(`${fixtureUrlOnItsSite(server.origin, path)}?case=toolbar-${language}`);
      if (!browser.openToolbarPopup) throw new Error('this browser cannot open its toolbar popup');
      const popup = await browser.openToolbarPopup(page);
      try {
        await waitForAnalysis(popup);
        const layout = await readPopupLayout(popup);
        expect(layout.viewport.width).toBeGreaterThanOrEqual(MIN_POPUP_WIDTH);
        expect(layout.overflowsSideways).toBe(false);
        expect(layout.verdictBottom).not.toBeNull();
        expect(layout.verdictBottom ?? Infinity).toBeLessThanOrEqual(Math.min(layout.viewport.height, MAX_POPUP_HEIGHT));
        for (const scheme of ['light', 'dark'] as const) {
          await popup.emulateColorScheme(scheme);
          await popup.screenshot(join(TEST_RESULTS_DIR, `toolbar-popup-${slug}-${language}-${scheme}.png`));
        }
      } finally {
        await popup.close();
        await page.close();
      }
    });
  }
});

describe.skipIf(skipBrowser('firefox'))('the popup page in firefox, at the size of its popup', () => {
  let browser: ExtensionBrowser;
  let control: TestPage;

  beforeAll(async () => {
    browser = await launchWithExtension('firefox');
    control = await openControlPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(PAGES)('keeps its width and shows the verdict within a popup’s height (%s)', async ({ path }) => {
    const url = `${server.origin}/${path}?case=popup-size`;
    const page = await browser.newPage();
    await page.goto(url);
    const popup = await openPopup(browser, await findTabId(control, url));
    try {
      const layout = await readPopupLayout(popup);
      expect(layout.bodyWidth).toBeGreaterThanOrEqual(MIN_POPUP_WIDTH);
      expect(layout.verdictBottom).not.toBeNull();
      expect(layout.verdictBottom ?? Infinity).toBeLessThanOrEqual(MAX_POPUP_HEIGHT);
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
