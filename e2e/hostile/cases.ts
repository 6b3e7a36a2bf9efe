import { MAX_PASSAGE_FINDINGS } from '../../rules/sourcing/analyze-sourcing';
/**
 * The hostile table: each row is a page written to break or subvert the extension,
 * what it tries, and what must hold, in the style of DOMPurify's test tables. The
 * runner (`e2e/hostile.e2e.ts`) runs every row in Chromium and Firefox ESR unless
 * the row names one browser.
 */
import { expect } from 'vitest';
import { MAX_MARKS_PER_PAGE } from '../../messaging/mark-limit';
import { MARK_TAG } from '../../page/highlighter';
import { analyzeTabDirectly, inspectMarks, setMarksVisible } from '../harness/extension-requests';
import { countMarks, tooltipOnFocus } from '../harness/page-marks';
import { getOutcome } from '../harness/popup';
import type { TestPage } from '../harness/test-page';
import { ARTICLE_AUTHOR, ARTICLE_TITLE } from './pages/article';
import { PWNED_FLAG } from './pages/markup-in-metadata';
import type { HostileCase } from './suite';

/** A page of ordinary size must come to a final state within this. */
export const BUDGET_MS = 20_000;
/** The 100,000-node and 5 MB pages. */
export const HUGE_BUDGET_MS = 30_000;
/** The 3,000-paragraph page: issue 13 asks for a final popup within 5 s. */
export const WEAK_PARAGRAPHS_BUDGET_MS = 5_000;
export const FINAL_STATES = ['ok', 'not-article', 'restricted', 'error'];

const flagSet = (page: TestPage): Promise<unknown> => page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag] ?? null, PWNED_FLAG);

const pageValue = <T>(page: TestPage, name: string): Promise<T> => page.evaluate((key) => (window as unknown as Record<string, unknown>)[key], name) as Promise<T>;

/** Style of every mark, as the page's own CSS leaves it. */
function markStyles(page: TestPage) {
  return page.evaluate((tag) => [...document.getElementsByTagName(tag)].map((mark) => {
    const style = getComputedStyle(mark);
    const box = mark.getBoundingClientRect();
    return { display: style.display, visibility: style.visibility, opacity: style.opacity, background: style.backgroundColor, area: box.width * box.height };
  }), MARK_TAG);
}

function expectMarksVisible(marks: Awaited<ReturnType<typeof markStyles>>): void {
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) {
    expect(mark).toMatchObject({ display: 'inline', visibility: 'visible', opacity: '1' });
    expect(mark.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(mark.area).toBeGreaterThan(0);
  }
}

export const HOSTILE_CASES: HostileCase[] = [
  {
    tries: 'script and markup in the title, byline, JSON-LD, meta, canonical, link text and javascript: links',
    holds: 'the popup shows them as text; nothing runs in page or popup; no dialog; marks hold only text',
    async run({ analyse, browser, screenshot }) {
      const { page, popup, view } = await analyse('/markup-in-metadata.html');
      await popup.screenshot(screenshot('markup-in-metadata-popup.png'));
      expect(view.state).toBe('ok');
      expect(view.title).toContain('<img src=x onerror=');
      expect(await flagSet(page)).toBeNull();
      expect(await flagSet(popup)).toBeNull();
      expect(browser.dialogs).toEqual([]);
      const popupDom = await popup.evaluate(() => ({
        handlers: document.querySelectorAll('[onerror], [onload], [onmouseover], [onclick]').length,
        images: document.querySelectorAll('img[src="x"], svg[onload]').length,
        javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
        inlineScripts: [...document.scripts].filter((script) => !script.src).length,
      }), null);
      expect(popupDom).toEqual({ handlers: 0, images: 0, javascriptLinks: 0, inlineScripts: 0 });
      const pageDom = await page.evaluate((tag) => ({
        marks: document.getElementsByTagName(tag).length,
        handlers: document.querySelectorAll('[onerror], [onload], [onmouseover]').length,
      }), MARK_TAG);
      expect(pageDom.marks).toBeGreaterThan(0);
      expect(pageDom.handlers).toBe(0);
    },
  },
  {
    tries: 'markup that slips into the popup: an inline <script>, an inline handler, a remote script; a remote image and a fetch that would carry data out',
    holds: 'the strict CSP of extension pages runs and loads none of it (MV3\'s default CSP let images and fetches through)',
    async run({ analyse, server }) {
      const { popup } = await analyse('/article.html?csp=1');
      const ran = await popup.evaluate(async (origin) => {
        const flags = window as unknown as Record<string, unknown>;
        const inline = document.createElement('script');
        inline.textContent = 'window.inlineRan = true';
        document.body.append(inline);
        const handler = document.createElement('img');
        handler.setAttribute('onerror', 'window.handlerRan = true');
        handler.src = 'data:,';
        document.body.append(handler);
        const remote = document.createElement('script');
        remote.src = `${origin}/remote.js`;
        document.body.append(remote);
        const image = new Promise<boolean>((resolve) => {
          const pixel = document.createElement('img');
          pixel.onload = () => resolve(true);
          pixel.onerror = () => resolve(false);
          pixel.src = `${origin}/pixel.svg?report=leaked`;
          document.body.append(pixel);
        });
        const fetched = await fetch(`${origin}/article.html?report=leaked`).then(() => true, () => false);
        await new Promise((resolve) => setTimeout(resolve, 300));
        return { inline: flags.inlineRan ?? false, handler: flags.handlerRan ?? false, remote: flags.remoteRan ?? false, image: await image, fetched };
      }, server.origin);
      expect(ran).toEqual({ inline: false, handler: false, remote: false, image: false, fetched: false });
      expect(server.served.filter((path) => path.startsWith('/remote.js') || path.includes('report=leaked'))).toEqual([]);
    },
  },
  {
    tries: 'CSS against marks and tooltip: everything in paragraphs hidden, marks reset, tooltip hidden, top z-index everywhere',
    holds: 'every mark inline, visible, opaque, coloured, with a box; focusing a mark shows the tooltip with a box',
    async run({ analyse, control, screenshot }) {
      const { page, tabId, view } = await analyse('/hostile-css.html');
      expect(view.state).toBe('ok');
      expectMarksVisible(await markStyles(page));
      await page.bringToFront();
      await page.evaluate((tag) => document.querySelector(tag)?.scrollIntoView({ block: 'center' }), MARK_TAG);
      expect((await tooltipOnFocus(page, control, tabId)).shown).toBe(true);
      await page.screenshot(screenshot('hostile-css-page.png'));
    },
  },
  {
    tries: 'replacing JSON, querySelector(All), cloneNode, createTreeWalker, createRange, attachShadow, getBoundingClientRect, getComputedStyle, Array.map, String.trim, textContent; faking chrome.runtime',
    holds: 'analysis ok with title, author and marks (the content script has its own world)',
    async run({ analyse }) {
      const { page, view } = await analyse('/prototype-overrides.html');
      expect(await pageValue(page, 'prototypesOverridden')).toBe(true);
      expect(view.state).toBe('ok');
      expect(view.title).toBe(ARTICLE_TITLE);
      expect(view.author).toContain(ARTICLE_AUTHOR);
      expect(await countMarks(page)).toBeGreaterThan(0);
    },
  },
  {
    tries: 'postMessage and custom events shaped like the protocol; forged events on marks',
    holds: 'marks and the stored outcome unchanged',
    async run({ analyse, control }) {
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
    },
  },
  {
    tries: 'announcing "a newer copy started" (WXT\'s content-script-started event) every 5 ms from load, with the extension\'s id',
    holds: 'the analysis ends ok with marks, not as a permission problem; nothing is posted to the page',
    async run({ open, popupFor, extensionId }) {
      const { page, tabId } = await open(`/switches-off.html?flood=1&id=${encodeURIComponent(extensionId)}`);
      const { view } = await popupFor(tabId);
      expect(view.state, view.message ?? '').toBe('ok');
      expect(await countMarks(page)).toBeGreaterThan(0);
      expect(await pageValue(page, 'postedToPage')).toEqual([]);
    },
  },
  {
    tries: 'announcing "a newer copy started" once the marks are drawn, then echoing any announcement',
    holds: 'the marks stay; the switch hides them and draws them again; nothing is posted to the page',
    async run({ analyse, control, extensionId }) {
      const { page, tabId, view } = await analyse(`/switches-off.html?id=${encodeURIComponent(extensionId)}`);
      expect(view.state).toBe('ok');
      const drawn = await countMarks(page);
      expect(drawn).toBeGreaterThan(0);
      expect(await page.evaluate(async () => {
        const fired = (window as unknown as { fireStarted(): number }).fireStarted();
        await new Promise((resolve) => setTimeout(resolve, 300));
        return fired;
      }, null)).toBeGreaterThan(0);
      expect(await countMarks(page)).toBe(drawn);
      expect(await setMarksVisible(control, tabId, false)).toEqual({ ok: true });
      expect(await countMarks(page)).toBe(0);
      expect(await setMarksVisible(control, tabId, true)).toEqual({ ok: true });
      expect(await countMarks(page)).toBe(drawn);
      expect(await pageValue(page, 'postedToPage')).toEqual([]);
    },
  },
  {
    tries: 'registering custom elements named like the marks and tooltip (reading every warning, stripping styles, disabledFeatures = shadow); forcing shadow roots open',
    holds: 'the mark name cannot be registered; no page class runs on a mark; marks keep their styles; the tooltip shows its own text; no shadow root reaches the page',
    async run({ analyse, control }) {
      const { page, tabId, view } = await analyse('/takes-over-marks.html');
      expect(view.state).toBe('ok');
      expect(await pageValue(page, 'refusedNames')).toEqual([MARK_TAG]);
      expect(await pageValue(page, 'captured')).toEqual([]);
      expectMarksVisible(await markStyles(page));
      await page.bringToFront();
      const tooltip = await tooltipOnFocus(page, control, tabId);
      expect(tooltip.shown).toBe(true);
      expect(await pageValue(page, 'stolenRoots')).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { takeOverTooltip(): number }).takeOverTooltip(), null)).toBe(0);
      const after = await inspectMarks(control, tabId);
      expect(after.tooltip?.text).toBe(tooltip.text);
      expect(after.tooltip?.text).not.toContain('Verified by Sourcelight');
    },
  },
  {
    tries: 'a 12 KB JSON-LD block of 6,000 nested arrays (deeper than Chromium serialises a message)',
    holds: 'the article is read: ok, with its author, never a permission problem',
    async run({ analyse }) {
      const { view } = await analyse('/deep-json-ld.html');
      expect(view.state, view.message ?? '').toBe('ok');
      expect(view.author).toContain(ARTICLE_AUTHOR);
    },
  },
  {
    tries: '20,000 links in the article body, to fill the session storage all tabs share',
    holds: 'ok; an article in another tab is then analysed ok and its outcome kept',
    timeoutMs: HUGE_BUDGET_MS + 30_000,
    async run({ analyse, control }) {
      const links = await analyse('/many-links.html', HUGE_BUDGET_MS);
      expect(links.view.state, links.view.message ?? '').toBe('ok');
      const other = await analyse('/article.html?after=many-links');
      expect(other.view.state).toBe('ok');
      expect((await getOutcome(control, other.tabId))?.status).toBe('ok');
    },
  },
  {
    tries: '3,000 weak paragraphs (417 KB, thousands of passages) to exhaust the page and the popup',
    holds: `a final popup within ${WEAK_PARAGRAPHS_BUDGET_MS / 1000} s; at most ${MAX_MARKS_PER_PAGE} marks; the report says the cap was reached`,
    timeoutMs: HUGE_BUDGET_MS + 30_000,
    async run({ open, popupFor, control, name }) {
      const { page, tabId } = await open('/weak-paragraphs.html');
      const { view, elapsedMs } = await popupFor(tabId, WEAK_PARAGRAPHS_BUDGET_MS);
      console.info(`hostile (${name}): 3,000 weak paragraphs: ${view.state} in ${Math.round(elapsedMs)} ms`);
      expect(view.state).toBe('ok');
      const marks = await page.evaluate((tag) => new Set([...document.getElementsByTagName(tag)].map((mark) => mark.getAttribute('data-warning-index'))).size, MARK_TAG);
      expect(marks).toBeGreaterThan(0);
      expect(marks).toBeLessThanOrEqual(MAX_MARKS_PER_PAGE);
      const outcome = await analyzeTabDirectly(control, tabId);
      if (outcome.status !== 'ok') throw new Error(`expected ok, got ${outcome.status}`);
      // The rules stop at their cap and say so; the marks' own limit is the second line of defence.
      expect(outcome.report.warnings.some((warning) => warning.code === 'passages-capped')).toBe(true);
      expect(outcome.report.warnings.filter((warning) => warning.anchor !== null).length).toBeLessThanOrEqual(MAX_PASSAGE_FINDINGS);
      expect(outcome.marks.anchored.length + outcome.marks.unanchored.length).toBeLessThanOrEqual(MAX_MARKS_PER_PAGE);
    },
  },
  ...(
    [
      ['a 100,000-node DOM', '/huge-dom.html'],
      ['a 5 MB single text node', '/giant-text.html'],
    ] as const
  ).map(([what, path]): HostileCase => ({
    tries: what,
    holds: `a final state within ${HUGE_BUDGET_MS / 1000} s, with a message if not ok`,
    timeoutMs: HUGE_BUDGET_MS + 30_000,
    async run({ analyse, name }) {
      const { page, view, elapsedMs } = await analyse(path, HUGE_BUDGET_MS);
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length, null);
      console.info(`hostile (${name}): ${what} (${nodes} elements): ${view.state} in ${Math.round(elapsedMs)} ms${view.message ? `, "${view.message}"` : ''}`);
      expect(FINAL_STATES).toContain(view.state);
      if (view.state === 'error') expect(view.message).toBeTruthy();
    },
  })),
  ...(
    [
      ['a frameset', '/frameset.html'],
      ['an article inside an iframe', '/iframe.html'],
      ['an SVG document', '/drawing.svg'],
      ['an XML (RSS) document', '/feed.xml'],
    ] as const
  ).map(([what, path]): HostileCase => ({
    tries: what,
    holds: 'a final state with a message; no marks inside an iframe',
    async run({ analyse, name }) {
      const { page, view } = await analyse(path);
      console.info(`hostile (${name}): ${what}: ${view.state}${view.message ? `, "${view.message}"` : ''}`);
      expect(FINAL_STATES).toContain(view.state);
      if (view.state !== 'ok') expect(view.message).toBeTruthy();
      if (path === '/iframe.html') {
        const inFrame = await page.evaluate((tag) => (document.querySelector('iframe') as HTMLIFrameElement).contentDocument?.getElementsByTagName(tag).length ?? -1, MARK_TAG);
        expect(inFrame).toBe(0);
      }
    },
  })),
  {
    tries: 'navigating away 150 ms after load, while being analysed',
    holds: 'a final state with a message: ok on the new page, or "the page changed while it was being read"',
    async run({ open, popupFor, name }) {
      const { page, tabId } = await open('/navigates-away.html');
      const { view } = await popupFor(tabId);
      await page.waitFor(() => location.search.includes('after-navigation'), null);
      console.info(`hostile (${name}): navigation during analysis: ${view.state}${view.message ? `, "${view.message}"` : ''}`);
      expect(FINAL_STATES).toContain(view.state);
      if (view.state !== 'ok') expect(view.message).toBeTruthy();
    },
  },
  ...(
    [
      ['about:blank', undefined],
      ['chrome://version/', ['chromium']],
      ['about:config', ['firefox']],
    ] as const
  ).map(([url, browsers]): HostileCase => ({
    tries: `being analysed on ${url}`,
    holds: 'restricted, with a message',
    ...(browsers ? { browsers: [...browsers] } : {}),
    async run({ open, popupFor }) {
      // Without the `tabs` permission the extension cannot see a browser page's URL: find the tab on a page of ours first.
      const { page, tabId } = await open(`/article.html?restricted=${encodeURIComponent(url)}`);
      await page.goto(url);
      const { view } = await popupFor(tabId);
      expect(view.state, view.message ?? '').toBe('restricted');
      expect(view.message).toBeTruthy();
    },
  })),
  {
    tries: 'nothing: a plain article, to watch the network',
    holds: 'while it is analysed, no web request by the service worker or an extension page; every web request goes to the test server',
    browsers: ['chromium'],
    async run({ analyse, browser, server }) {
      const before = browser.requests?.length ?? 0;
      const { view } = await analyse('/article.html');
      expect(view.state).toBe('ok');
      const requests = (browser.requests ?? []).slice(before);
      expect(requests.some((request) => request.url.startsWith(`${server.origin}/article.html`))).toBe(true);
      const web = requests.filter((request) => /^(?:https?|wss?|ftp):/i.test(request.url));
      expect(web.filter((request) => request.byExtension)).toEqual([]);
      expect(web.filter((request) => !request.url.startsWith(server.origin))).toEqual([]);
    },
  },
];
