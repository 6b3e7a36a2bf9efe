/**
 * The hostile-page suite: every row of `e2e/hostile/cases.ts` (a page written to
 * break or subvert the extension, and what must hold) in real Chromium and Firefox
 * ESR with the e2e build. Pages are served by e2e/hostile/hostile-server.ts;
 * screenshots of each popup go to test-results/hostile/. Budgets are in
 * docs/robustness.md.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { skipBrowser } from './harness/browsers';
import { TEST_RESULTS_DIR } from './harness/paths';
import { findTabId, openControlPage, readPopup } from './harness/popup';
import type { BrowserName, TestPage } from './harness/test-page';
import { BUDGET_MS, FINAL_STATES, HOSTILE_CASES } from './hostile/cases';
import { startHostileServer, type HostileServer } from './hostile/hostile-server';
import { launchRecording, type RecordingBrowser } from './hostile/launch-recording';
import type { HostileSuite } from './hostile/suite';

const SCREENSHOTS = join(TEST_RESULTS_DIR, 'hostile');
const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
/** The gecko id in wxt.config.ts, which is Firefox's `runtime.id`. */
const FIREFOX_ADDON_ID = 'sourcelight@sourcelight.dev';

for (const name of BROWSERS) {
  describe.skipIf(skipBrowser(name))(`hostile pages in ${name}`, () => {
    let server: HostileServer;
    let browser: RecordingBrowser;
    let control: TestPage;
    const opened: TestPage[] = [];

    const track = async (): Promise<TestPage> => {
      const page = await browser.newPage();
      opened.push(page);
      return page;
    };

    const suite = (): HostileSuite => {
      const popupFor: HostileSuite['popupFor'] = async (tabId, budgetMs = BUDGET_MS) => {
        const popup = await track();
        const start = performance.now();
        await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
        await popup.waitFor((states) => states.includes(document.querySelector('[data-testid="popup"]')?.getAttribute('data-state') ?? ''), FINAL_STATES, budgetMs);
        const elapsedMs = performance.now() - start;
        return { popup, view: await readPopup(popup), elapsedMs };
      };
      const open: HostileSuite['open'] = async (path) => {
        const url = `${server.origin}${path}`;
        const page = await track();
        await page.goto(url);
        return { page, tabId: await findTabId(control, url) };
      };
      return {
        name,
        browser,
        server,
        control,
        extensionId: name === 'firefox' ? FIREFOX_ADDON_ID : new URL(browser.extensionOrigin).host,
        track,
        open,
        popupFor,
        async analyse(path, budgetMs) {
          const { page, tabId } = await open(path);
          return { page, tabId, ...(await popupFor(tabId, budgetMs)) };
        },
        screenshot: (file) => join(SCREENSHOTS, `${name}-${file}`),
      };
    };

    beforeAll(async () => {
      await mkdir(SCREENSHOTS, { recursive: true });
      server = await startHostileServer();
      browser = await launchRecording(name);
      control = await openControlPage(browser);
    });

    afterEach(async () => {
      await Promise.all(opened.splice(0).map((page) => page.close()));
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    const cases = HOSTILE_CASES.filter((row) => row.browsers?.includes(name) ?? true);
    for (const row of cases) {
      it(`${row.tries} → ${row.holds}`, () => row.run(suite()), row.timeoutMs);
    }
  });
}
