import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type KeyInput, type Page } from 'puppeteer-core';
import { executablePath } from './browsers';
import { callExpression } from './call-expression';
import type { ExtensionBrowser, TestPage } from './test-page';
import { waitUntil } from './wait-until';

/** The gecko id in wxt.config.ts. */
const ADDON_ID = 'sourcelight@sourcelight.dev';
/** Pinned so the tests know the add-on's origin without reading about:debugging. */
const ADDON_UUID = '3b0e5a7c-9d2f-4c61-8e4a-5f7b1c2d9e08';

export interface LaunchOptions {
  headless?: boolean;
  /** Sees every tab the harness opens, to listen to what it does not expose (dialogs). */
  onPage?: (page: Page) => void;
}

/**
 * Firefox's BiDi reports no navigation events for moz-extension: and about: pages, so
 * puppeteer's goto() never settles there: start it, ignore its timeout, and watch the
 * page instead: the location for extension pages; for parent-process about: pages,
 * where scripts cannot run, the title changing.
 */
async function gotoPrivileged(page: Page, url: string): Promise<void> {
  const previousTitle = await page.title();
  page.goto(url, { timeout: 30_000 }).catch(() => undefined);
  if (url.startsWith('about:')) {
    await waitUntil(`${url} to load`, async () => {
      const title = await page.title();
      return title !== '' && title !== previousTitle ? true : undefined;
    });
    return;
  }
  await waitUntil(`${url} to load`, async () =>
    (await page.evaluate(() => `${location.href}|${document.readyState}`)) === `${url}|complete` ? true : undefined,
  );
}

function wrapPage(page: Page): TestPage {
  return {
    async goto(url) {
      if (/^(https?:|about:blank$)/.test(url)) await page.goto(url);
      else await gotoPrivileged(page, url);
    },
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(callExpression(fn, arg)) as Promise<R>,
    async waitFor(fn, arg, timeoutMs = 20_000) {
      await waitUntil('a condition in the page', async () => ((await page.evaluate(callExpression(fn, arg))) ? true : undefined), timeoutMs);
    },
    async click(selector) {
      await page.click(selector);
    },
    async press(combination) {
      // Puppeteer presses one key: modifiers are held around it.
      const keys = combination.split('+') as KeyInput[];
      const key = keys.pop();
      if (key === undefined) return;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    mouseClick: (x, y) => page.mouse.click(x, y),
    title: () => page.title(),
    async screenshot(path, selector) {
      if (selector) {
        const element = await page.waitForSelector(selector);
        if (!element) throw new Error(`no ${selector} to screenshot`);
        await element.screenshot({ path });
      } else {
        await page.screenshot({ path });
      }
    },
    bringToFront: () => page.bringToFront(),
    emulateColorScheme: (value) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value }]),
    close: () => page.close(),
  };
}

/**
 * Firefox ESR over WebDriver BiDi with a build installed as a temporary add-on.
 * Firefox 153 only lets automation navigate to http(s), file and about:blank unless
 * `--remote-allow-system-access` is given; the tests need extension and about: pages.
 */
export async function launchFirefox(extensionDir: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const downloadsDir = await mkdtemp(join(tmpdir(), 'sourcelight-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: executablePath('firefox'),
    headless: options.headless ?? true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Downloads go straight to a known folder, without a dialog, so tests can read the files.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadsDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== ADDON_ID) throw new Error(`add-on installed as ${installed}, expected ${ADDON_ID}`);
    const spare: Page[] = [...(await browser.pages())];
    return {
      name: 'firefox',
      extensionOrigin: `moz-extension://${ADDON_UUID}`,
      downloadsDir,
      newPage: async () => {
        const page = spare.pop() ?? (await browser.newPage());
        options.onPage?.(page);
        return wrapPage(page);
      },
      async close() {
        await browser.close();
        await rm(downloadsDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    await rm(downloadsDir, { recursive: true, force: true });
    throw error;
  }
}
