/**
 * The hostile-page suite: pages written to break or subvert the extension, in real
 * Chromium with the e2e build. Every page is served by e2e/hostile/hostile-server.ts;
 * screenshots go to test-results/hostile/. Budgets are in docs/robustness.md.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowser } from './harness/browsers';
import { countMarks } from './harness/page-marks';
import { TEST_RESULTS_DIR } from './harness/paths';
import { findTabId, getOutcome, openControlPage, readPopup, type PopupView } from './harness/popup';
import type { TestPage } from './harness/test-page';
import type { StaticServer } from './harness/static-server';
import { startHostileServer } from './hostile/hostile-server';
import { launchRecordingChromium, type RecordingBrowser } from './hostile/launch-recording-chromium';
import { ARTICLE_AUTHOR, ARTICLE_TITLE } from './hostile/pages/article';
import { PWNED_FLAG } from './hostile/pages/markup-in-metadata';

/** A page of ordinary size must be analysed within this; the two huge pages get HUGE_BUDGET_MS. */
const BUDGET_MS = 20_000;
const HUGE_BUDGET_MS = 30_000;
const FINAL_STATES = ['ok', 'not-article', 'restricted', 'error'];
const SCREENSHOTS = join(TEST_RESULTS_DIR, 'hostile');

interface Analysed {
  page: TestPage;
  popup: TestPage;
  tabId: number;
  view: PopupView;
  elapsedMs: number;
}

describe.skipIf(skipBrowser('chromium'))('hostile pages in Chromium', () => {
  let server: StaticServer;
  let browser: RecordingBrowser;
  let control: TestPage;
  const opened: TestPage[] = [];

  const track = async (): Promise<TestPage> => {
    const page = await browser.newPage();
    opened.push(page);
    return page;
  };

  /** Opens the popup for a tab and waits for a final state, timing it from the popup's load. */
  const popupFor = async (tabId: number, budgetMs: number): Promise<{ popup: TestPage; view: PopupView; elapsedMs: number }> => {
    const popup = await track();
    const start = performance.now();
    await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
    await popup.waitFor((states) => states.includes(document.querySelector('[data-testid="popup"]')?.getAttribute('data-state') ?? ''), FINAL_STATES, budgetMs);
    return { popup, view: await readPopup(popup), elapsedMs: performance.now() - start };
  };

  const analyse = async (path: string, budgetMs = BUDGET_MS): Promise<Analysed> => {
    const url = `${server.origin}${path}`;
    const page = await track();
    await page.goto(url);
    const tabId = await findTabId(control, url);
    return { page, tabId, ...(await popupFor(tabId, budgetMs)) };
  };

  const flagsSet = (page: TestPage): Promise<unknown> => page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag] ?? null, PWNED_FLAG);

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    server = await startHostileServer();
    browser = await launchRecordingChromium();
    control = await openControlPage(browser);
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((page) => page.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows script and markup from the title, byline, JSON-LD, meta and links as text, and runs none of it', async () => {
    const { page, popup, view } = await analyse('/markup-in-metadata.html');
    expect(view.state).toBe('ok');
    expect(view.title).toContain('<img src=x onerror=');
    expect(await flagsSet(page)).toBeNull();
    expect(await flagsSet(popup)).toBeNull();
    expect(browser.dialogs).toEqual([]);
    const popupDom = await popup.evaluate(() => ({
      handlers: document.querySelectorAll('[onerror], [onload], [onmouseover], [onclick]').length,
      images: document.querySelectorAll('img[src="x"], svg[onload]').length,
      javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
      inlineScripts: [...document.scripts].filter((script) => !script.src).length,
    }), null);
    expect(popupDom).toEqual({ handlers: 0, images: 0, javascriptLinks: 0, inlineScripts: 0 });
    const pageDom = await page.evaluate(() => ({
      marks: document.querySelectorAll('sourcelight-mark').length,
      elementsInMarks: document.querySelectorAll('sourcelight-mark :not(sourcelight-mark)').length,
      handlers: document.querySelectorAll('[onerror], [onload], [onmouseover]').length,
    }), null);
    expect(pageDom.marks).toBeGreaterThan(0);
    expect(pageDom.handlers).toBe(0);
    await popup.screenshot(join(SCREENSHOTS, 'markup-in-metadata-popup.png'));
  });

  it('keeps marks and the tooltip visible against page CSS aimed at them', async () => {
    const { page, view } = await analyse('/hostile-css.html');
    expect(view.state).toBe('ok');
    const marks = await page.evaluate(() => [...document.querySelectorAll('sourcelight-mark')].map((mark) => {
      const style = getComputedStyle(mark);
      const box = mark.getBoundingClientRect();
      return { display: style.display, visibility: style.visibility, opacity: style.opacity, background: style.backgroundColor, width: box.width, height: box.height };
    }), null);
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      expect(mark).toMatchObject({ display: 'inline', visibility: 'visible', opacity: '1' });
      expect(mark.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(mark.width * mark.height).toBeGreaterThan(0);
    }
    const tooltip = await page.evaluate(() => {
      const mark = document.querySelector('sourcelight-mark') as HTMLElement;
      mark.scrollIntoView({ block: 'center' });
      mark.focus();
      const host = document.querySelector('sourcelight-tooltip');
      const box = host?.shadowRoot?.querySelector('[role="tooltip"]')?.getBoundingClientRect();
      return { display: host ? getComputedStyle(host).display : null, width: box?.width ?? 0, height: box?.height ?? 0 };
    }, null);
    expect(tooltip.display).not.toBe('none');
    expect(tooltip.width * tooltip.height).toBeGreaterThan(0);
    await page.screenshot(join(SCREENSHOTS, 'hostile-css-page.png'));
  });

  it('analyses a page that has broken its own DOM prototypes and JSON (the content script has its own world)', async () => {
    const { page, view } = await analyse('/prototype-overrides.html');
    expect(await page.evaluate(() => (window as unknown as { prototypesOverridden?: boolean }).prototypesOverridden ?? false, null)).toBe(true);
    expect(view.state).toBe('ok');
    expect(view.title).toBe(ARTICLE_TITLE);
    expect(view.author).toContain(ARTICLE_AUTHOR);
    expect(await page.evaluate(() => document.getElementsByTagName('sourcelight-mark').length, null)).toBeGreaterThan(0);
  });

  it('ignores window messages, custom events and forged protocol messages from the page', async () => {
    const { page, tabId } = await analyse('/talks-to-content-script.html');
    const before = await countMarks(page);
    const outcomeBefore = await getOutcome(control, tabId);
    expect(before).toBeGreaterThan(0);
    const sent = await page.evaluate(async () => {
      const count = (window as unknown as { talkToContentScript(): number }).talkToContentScript();
      // Gives any listener that would react a few turns of the event loop to do so.
      await new Promise((resolve) => setTimeout(resolve, 500));
      return count;
    }, null);
    expect(sent).toBeGreaterThan(0);
    expect(await countMarks(page)).toBe(before);
    expect(await getOutcome(control, tabId)).toEqual(outcomeBefore);
  });

  it.each([
    ['a 100,000-node DOM', '/huge-dom.html'],
    ['a 5 MB single text node', '/giant-text.html'],
  ])(`finishes %s within ${HUGE_BUDGET_MS / 1000} s, or declines with a message`, async (what, path) => {
    const { page, view, elapsedMs } = await analyse(path, HUGE_BUDGET_MS);
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length, null);
    console.info(`hostile: ${what} (${nodes} elements): ${view.state} in ${Math.round(elapsedMs)} ms${view.message ? `, "${view.message}"` : ''}`);
    expect(FINAL_STATES).toContain(view.state);
    if (view.state === 'error') expect(view.message).toBeTruthy();
    await page.screenshot(join(SCREENSHOTS, `${path.slice(1, -5)}-page.png`));
  }, HUGE_BUDGET_MS + 30_000);

  it.each([
    ['a frameset', '/frameset.html'],
    ['an article inside an iframe', '/iframe.html'],
    ['an SVG document', '/drawing.svg'],
    ['an XML document', '/feed.xml'],
  ])('comes to a final state with a message on %s', async (what, path) => {
    const { page, popup, view } = await analyse(path);
    console.info(`hostile: ${what}: ${view.state}${view.message ? `, "${view.message}"` : ''}`);
    expect(FINAL_STATES).toContain(view.state);
    if (view.state !== 'ok') expect(view.message).toBeTruthy();
    if (path === '/iframe.html') {
      const inFrame = await page.evaluate(() => (document.querySelector('iframe') as HTMLIFrameElement).contentDocument?.getElementsByTagName('sourcelight-mark').length ?? -1, null);
      expect(inFrame).toBe(0);
    }
    await popup.screenshot(join(SCREENSHOTS, `${path.slice(1).replace('.', '-')}-popup.png`));
  });

  it('comes to a final state when the page navigates while being analysed', async () => {
    const url = `${server.origin}/navigates-away.html`;
    const page = await track();
    await page.goto(url);
    const tabId = await findTabId(control, url);
    const { view } = await popupFor(tabId, BUDGET_MS);
    await page.waitFor(() => location.search.includes('after-navigation'), null);
    console.info(`hostile: navigation during analysis: ${view.state}${view.message ? `, "${view.message}"` : ''}`);
    expect(FINAL_STATES).toContain(view.state);
    if (view.state !== 'ok') expect(view.message).toBeTruthy();
  });

  it.each([['about:blank'], ['chrome://version/']])('says %s is restricted, with a message', async (url) => {
    // Without the `tabs` permission the extension cannot see a browser page's URL: find the tab on a page of ours first.
    const page = await track();
    const marker = `${server.origin}/article.html?restricted=${encodeURIComponent(url)}`;
    await page.goto(marker);
    const tabId = await findTabId(control, marker);
    await page.goto(url);
    const { popup, view } = await popupFor(tabId, BUDGET_MS);
    expect(view.state).toBe('restricted');
    expect(view.message).toBeTruthy();
    await popup.screenshot(join(SCREENSHOTS, `${url.replace(/\W+/g, '-')}popup.png`));
  });

  it('makes no network request of its own: every web request of the suite came from a test page, to the test server', async () => {
    const { view } = await analyse('/article.html');
    expect(view.state).toBe('ok');
    expect(browser.requests.some((request) => request.url.startsWith(`${server.origin}/article.html`))).toBe(true);
    const web = browser.requests.filter((request) => /^(?:https?|wss?|ftp):/i.test(request.url));
    expect(web.filter((request) => request.byExtension)).toEqual([]);
    expect(web.filter((request) => !request.url.startsWith(server.origin))).toEqual([]);
  });
});
