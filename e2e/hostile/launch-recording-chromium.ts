import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { executablePath } from '../harness/browsers';
import { callExpression } from '../harness/call-expression';
import { e2eBuild } from '../harness/paths';
import type { ExtensionBrowser, TestPage } from '../harness/test-page';
import { waitUntil } from '../harness/wait-until';

/** One request seen by the browser, and who made it. */
export interface RecordedRequest {
  url: string;
  /** Made by the service worker or from an extension page, rather than by a web page in a tab. */
  byExtension: boolean;
}

export interface RecordingBrowser extends ExtensionBrowser {
  requests: RecordedRequest[];
  /** Every alert, confirm or prompt any tab opened. */
  dialogs: string[];
}

function wrap(page: Page, downloadsDir: string): TestPage {
  page.on('download', (download) => void download.saveAs(join(downloadsDir, download.suggestedFilename())));
  return {
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(callExpression(fn, arg)),
    // Polled, not page.waitForFunction, which evals its predicate: extension pages' CSP forbids eval.
    waitFor: async (fn, arg, timeoutMs = 20_000) => void (await waitUntil('a condition in the page', async () => ((await page.evaluate(callExpression(fn, arg))) ? true : undefined), timeoutMs)),
    click: (selector) => page.click(selector),
    title: () => page.title(),
    screenshot: async (path, selector) => void (selector ? await page.locator(selector).first().screenshot({ path }) : await page.screenshot({ path })),
    bringToFront: () => page.bringToFront(),
    emulateColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    close: () => page.close(),
  };
}

/**
 * The harness's Chromium launch (same build, same flags), plus what the hostile
 * suite must observe and the harness does not expose: every network request in the
 * context, service worker included, and every dialog. Dialogs are dismissed so a
 * payload that did run cannot block the test; it is recorded and fails it.
 */
export async function launchRecordingChromium(): Promise<RecordingBrowser> {
  const extensionDir = e2eBuild('chromium');
  // Playwright reports the service worker's own fetches only with this set.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = await mkdtemp(join(tmpdir(), 'sourcelight-hostile-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: executablePath('chromium'),
    headless: true,
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
    ],
  });
  const requests: RecordedRequest[] = [];
  const dialogs: string[] = [];
  context.on('request', (request) => {
    let byExtension = true;
    if (request.serviceWorker() === null) {
      try {
        byExtension = request.frame().url().startsWith('chrome-extension:') || request.frame().page().url().startsWith('chrome-extension:');
      } catch {
        // A request with neither a worker nor a frame can only be the browser's or an extension's.
      }
    }
    requests.push({ url: request.url(), byExtension });
  });
  context.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  const downloadsDir = join(profile, 'downloads');
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const spare: Page[] = [...context.pages()];
    return {
      name: 'chromium',
      extensionOrigin: `chrome-extension://${new URL(worker.url()).host}`,
      downloadsDir,
      requests,
      dialogs,
      newPage: async () => wrap(spare.pop() ?? (await context.newPage()), downloadsDir),
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
