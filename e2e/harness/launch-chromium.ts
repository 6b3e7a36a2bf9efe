import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { callExpression } from './call-expression';
import { executablePath } from './browsers';
import { connectToNewPopup } from './toolbar-popup';
import type { ExtensionBrowser, TestPage } from './test-page';
import { waitUntil } from './wait-until';

export interface LaunchOptions {
  /** Show the window (the demo, when a display exists). */
  headless?: boolean;
  /** Sees the browser context as soon as it exists, to listen to what the harness does not expose (requests, dialogs). */
  onContext?: (context: BrowserContext) => void;
  /** Host names the browser resolves to 127.0.0.1, to serve fixtures under their own sites' names. */
  loopbackHosts?: readonly string[];
}

function wrapPage(page: Page, downloadsDir: string): TestPage {
  page.on('download', (download) => void download.saveAs(join(downloadsDir, download.suggestedFilename())));
  return {
    async goto(url) {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(callExpression(fn, arg)),
    // Polled rather than page.waitForFunction, which evals its predicate: extension
    // pages' CSP forbids eval.
    async waitFor(fn, arg, timeoutMs = 20_000) {
      await waitUntil('a condition in the page', async () => ((await page.evaluate(callExpression(fn, arg))) ? true : undefined), timeoutMs);
    },
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    mouseClick: (x, y) => page.mouse.click(x, y),
    title: () => page.title(),
    async screenshot(path, selector) {
      if (selector) await page.locator(selector).first().screenshot({ path });
      else await page.screenshot({ path });
    },
    bringToFront: () => page.bringToFront(),
    emulateColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    close: () => page.close(),
  };
}

/** `http://127.0.0.1:PORT` of the debugging port Chromium chose, once it has written it down. */
async function readDebuggingOrigin(profile: string): Promise<string> {
  const written = await waitUntil('Chromium to write DevToolsActivePort', async () => {
    const text = await readFile(join(profile, 'DevToolsActivePort'), 'utf8');
    return /^\d+\n/.test(text) ? text : undefined;
  });
  return `http://127.0.0.1:${written.split('\n')[0]}`;
}

/**
 * Chromium with an unpacked build loaded, in a fresh profile. Flags measured in
 * ../shared/notes/toolchain.md: Playwright passes `--disable-extensions`, which only
 * `--disable-extensions-except` overrides; the rest keep a headless run offline and quiet.
 */
export async function launchChromium(extensionDir: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'sourcelight-chromium-'));
  const downloadsDir = join(profile, 'downloads');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executablePath('chromium'),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // A second, raw CDP door (the port is written to the profile's DevToolsActivePort): the toolbar popup is not a Playwright page.
      '--remote-debugging-port=0',
      ...(options.loopbackHosts?.length ? [`--host-resolver-rules=${options.loopbackHosts.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`] : []),
    ],
  });
  options.onContext?.(context);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    // URL.origin is "null" for chrome-extension: URLs; the host is the extension id.
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    // A persistent context opens with one blank tab; reuse it rather than leave it idle.
    const spare: Page[] = [...context.pages()];
    const debuggingOrigin = await readDebuggingOrigin(profile);
    return {
      name: 'chromium',
      extensionOrigin,
      downloadsDir,
      newPage: async () => wrapPage(spare.pop() ?? (await context.newPage()), downloadsDir),
      async openToolbarPopup(page) {
        await page.bringToFront();
        return connectToNewPopup(debuggingOrigin, `${extensionOrigin}/popup.html`, async () => {
          // The worker may have been stopped and restarted since launch: ask for the current one.
          const current = context.serviceWorkers().find((candidate) => candidate.url().startsWith(extensionOrigin)) ?? worker;
          await current.evaluate('chrome.action.openPopup()');
        });
      },
      async close() {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
