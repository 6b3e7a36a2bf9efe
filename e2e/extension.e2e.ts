import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportFileName } from '../report/export-filename';
import { renderMarkdown } from '../report/export-markdown';
import { analysePage } from './harness/analyse-page';
import { downloadedText } from './harness/downloads';
import { skipBrowser } from './harness/browsers';
import { ARTICLE_BODY_SELECTOR, ENGLISH_ARTICLE, FRENCH_ARTICLE, HOME_PAGE, RUMOUR_BRIEF, WELL_SOURCED_STORY, type ArticleFixture } from './harness/fixture-pages';
import { launchWithExtension } from './harness/launch-extension';
import { countMarks, innerHtml, markInView, readMarks, scrollToFirstMark, tooltipOnFocus } from './harness/page-marks';
import { FIXTURES_DIR, TEST_RESULTS_DIR } from './harness/paths';
import { findTabId, getOutcome, openControlPage, openPopup, readPopup, setUiLanguage } from './harness/popup';
import { startStaticServer, type StaticServer } from './harness/static-server';
import { localeMessages } from '../tests/helpers/locale-messages';
import { MARK_TAG } from '../page/highlighter';
import { createTranslator, messageName } from '../i18n/translator';
import type { BrowserName, ExtensionBrowser, TestPage } from './harness/test-page';

const RESTRICTED_PAGES: Record<BrowserName, string> = {
  chromium: 'chrome://version/',
  firefox: 'about:config',
};

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** The browsers run with an English UI, so marks explain themselves and the popup exports in English. */
const ENGLISH_UI = localeMessages('en');

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer(FIXTURES_DIR);
  await mkdir(TEST_RESULTS_DIR, { recursive: true });
});

afterAll(async () => {
  await server?.close();
});

for (const name of BROWSERS) {
  describe.skipIf(skipBrowser(name))(`the extension in ${name}`, () => {
    let browser: ExtensionBrowser;
    let control: TestPage;
    const screenshot = (what: string) => join(TEST_RESULTS_DIR, `${name}-${what}.png`);
    // Each test opens its page at its own URL and closes its tabs after, so a failed
    // test cannot leave a tab that a later test mistakes for its own.
    const opened: TestPage[] = [];
    const urlOf = (path: string, testCase: string) => `${server.origin}/${path}?case=${testCase}`;
    const newPage = async () => {
      const page = await browser.newPage();
      opened.push(page);
      return page;
    };
    const analyse = async (url: string) => {
      const analysed = await analysePage(browser, control, url);
      opened.push(analysed.page, analysed.popup);
      return analysed;
    };
    const popupFor = async (tabId: number) => {
      const popup = await openPopup(browser, tabId);
      opened.push(popup);
      return popup;
    };

    beforeAll(async () => {
      browser = await launchWithExtension(name);
      control = await openControlPage(browser);
    });

    afterEach(async () => {
      await Promise.all(opened.splice(0).map((page) => page.close()));
    });

    afterAll(async () => {
      await browser?.close();
    });

    it.each([
      ['English', 'en', ENGLISH_ARTICLE],
      ['French', 'fr', FRENCH_ARTICLE],
    ] as const)('shows who, when and for whom of the %s article, and marks its weak passages', async (_language, slug, fixture: ArticleFixture) => {
      const url = urlOf(fixture.path, 'article');
      const { page, popup, tabId } = await analyse(url);

      const view = await readPopup(popup);
      expect(view.state).toBe('ok');
      expect(view.title).toBe(fixture.title);
      expect(view.author).toContain(fixture.author);
      expect(view.published).toContain('2026');
      expect(view.published).toContain(fixture.publishedTime);
      expect(view.modified).toContain(fixture.modifiedTime);
      expect(view.publisher).toContain(fixture.publisher);

      const outcome = await getOutcome(popup, tabId);
      if (outcome?.status !== 'ok') throw new Error(`expected an ok outcome, got ${JSON.stringify(outcome)}`);
      const { report, marks } = outcome;
      expect(report.url).toBe(url);
      expect(report.published.value).toBe(fixture.published);
      expect(report.modified.value).toBe(fixture.modified);
      const passageWarnings = report.warnings.filter((warning) => warning.anchor !== null).length;
      expect(passageWarnings).toBeGreaterThan(0);
      expect(view.warningCount).toContain(String(passageWarnings));

      // Every passage the background says it anchored is drawn, over exactly its quote.
      const drawn = await readMarks(page);
      expect(drawn.map((passage) => passage.warningIndex).sort()).toEqual([...marks.anchored].sort());
      for (const passage of drawn) {
        expect(passage.text).toBe(report.warnings[passage.warningIndex]?.anchor?.exact.replace(/\s+/g, ' ').trim());
      }
      for (const weak of fixture.weakPassages) {
        expect(drawn.some((passage) => passage.text.includes(weak)), `a mark over "${weak}"`).toBe(true);
      }

      // A mark explains itself to a keyboard user.
      const firstCode = report.warnings[Math.min(...marks.anchored)]?.code ?? '';
      // Focus events reach a page only while its tab is the one shown.
      await page.bringToFront();
      const tooltip = await tooltipOnFocus(page, control, tabId);
      expect(tooltip.shown).toBe(true);
      if (name === 'chromium') expect(tooltip.text).toContain(ENGLISH_UI[messageName('warning', firstCode, 'label')]?.message);

      // Clicking the last weak passage in the popup scrolls the page to its mark.
      const lastAnchored = Math.max(...marks.anchored);
      await page.evaluate(() => window.scrollTo(0, 0), null);
      await popup.click(`[data-testid="passage"][data-warning-index="${lastAnchored}"]`);
      await page.waitFor(({ tag, index }) => {
        const box = document.querySelector(`${tag}[data-warning-index="${index}"]`)?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
      }, { tag: MARK_TAG, index: lastAnchored });
      expect((await markInView(page, lastAnchored)).scrollY).toBeGreaterThan(0);

      await popup.screenshot(screenshot(`${slug}-popup`), '[data-testid="popup"]');
      await page.bringToFront();
      await scrollToFirstMark(page);
      await page.screenshot(screenshot(`${slug}-page`));
    });

    it('exports Markdown and JSON files whose content is the report', async () => {
      const { popup, tabId } = await analyse(urlOf(ENGLISH_ARTICLE.path, 'export'));
      const outcome = await getOutcome(popup, tabId);
      if (outcome?.status !== 'ok') throw new Error(`expected an ok outcome, got ${JSON.stringify(outcome)}`);

      await popup.click('[data-testid="download-json"]');
      const json = await downloadedText(browser, exportFileName(outcome.report, 'json'));
      expect(JSON.parse(json)).toEqual(outcome.report);

      await popup.click('[data-testid="download-markdown"]');
      const markdown = await downloadedText(browser, exportFileName(outcome.report, 'md'));
      expect(markdown).toBe(renderMarkdown(outcome.report, createTranslator(ENGLISH_UI)));
      expect(markdown).toContain(outcome.report.article.textSha256);
    });

    it('exports the Markdown summary in French when the reader chose French', async () => {
      await setUiLanguage(control, 'fr');
      try {
        const { popup, tabId } = await analyse(urlOf(FRENCH_ARTICLE.path, 'export-fr'));
        const outcome = await getOutcome(popup, tabId);
        if (outcome?.status !== 'ok') throw new Error(`expected an ok outcome, got ${JSON.stringify(outcome)}`);

        await popup.click('[data-testid="download-markdown"]');
        const markdown = await downloadedText(browser, exportFileName(outcome.report, 'md'));
        expect(markdown).toBe(renderMarkdown(outcome.report, createTranslator(localeMessages('fr'))));
        expect(markdown.startsWith('# Résumé Sourcelight : ')).toBe(true);
      } finally {
        await setUiLanguage(control, null);
      }
    });

    it('gives the article back exactly when the marks are switched off, and redraws them on', async () => {
      const url = urlOf(ENGLISH_ARTICLE.path, 'toggle');
      const page = await newPage();
      await page.goto(url);
      const original = await innerHtml(page, ARTICLE_BODY_SELECTOR);
      expect(original).not.toBeNull();

      const tabId = await findTabId(control, url);
      const popup = await popupFor(tabId);
      expect((await readPopup(popup)).marksShown).toBe(true);
      const drawn = await countMarks(page);
      expect(drawn).toBeGreaterThan(0);
      expect(await innerHtml(page, ARTICLE_BODY_SELECTOR)).not.toBe(original);

      await popup.click('[data-testid="toggle-marks"]');
      await page.waitFor((tag) => document.querySelector(tag) === null, MARK_TAG);
      expect(await innerHtml(page, ARTICLE_BODY_SELECTOR)).toBe(original);
      expect((await readPopup(popup)).marksShown).toBe(false);

      await popup.click('[data-testid="toggle-marks"]');
      await page.waitFor(({ tag, count }) => document.querySelectorAll(tag).length === count, { tag: MARK_TAG, count: drawn });
      expect((await readPopup(popup)).marksShown).toBe(true);
    });

    it('leaves one set of marks and one tooltip after analysing twice and after a single-page navigation', async () => {
      const url = urlOf(ENGLISH_ARTICLE.path, 'repeat');
      const page = await newPage();
      await page.goto(url);
      const original = await innerHtml(page, ARTICLE_BODY_SELECTOR);
      const tabId = await findTabId(control, url);
      // The tooltip's host is the one element of ours on <html>, beside <head> and <body>.
      const tooltipHosts = () => page.evaluate(() => document.documentElement.children.length - 2, null);

      await popupFor(tabId);
      const first = await readMarks(page);
      expect(first.length).toBeGreaterThan(0);
      await popupFor(tabId);
      expect(await readMarks(page)).toEqual(first);
      expect(await tooltipHosts()).toBeLessThanOrEqual(1);

      // The page swaps its article in place, as single-page apps do, keeping all but its first paragraph.
      await page.evaluate(
        ({ selector, html }) => {
          history.pushState({}, '', '?case=repeat-next');
          const body = document.querySelector(selector);
          if (body) {
            body.innerHTML = html;
            body.querySelector('p')?.remove();
          }
        },
        { selector: ARTICLE_BODY_SELECTOR, html: original ?? '' },
      );
      const popup = await popupFor(tabId);
      const outcome = await getOutcome(popup, tabId);
      if (outcome?.status !== 'ok') throw new Error(`expected an ok outcome, got ${JSON.stringify(outcome)}`);
      const after = await readMarks(page);
      expect(after.map((passage) => passage.warningIndex).sort()).toEqual([...outcome.marks.anchored].sort());
      expect(await tooltipHosts()).toBeLessThanOrEqual(1);
    });

    it('lists what a well-sourced story stands on, and marks none of its named attributions', async () => {
      const { page, popup, tabId } = await analyse(urlOf(WELL_SOURCED_STORY.path, 'well-sourced'));
      const outcome = await getOutcome(popup, tabId);
      if (outcome?.status !== 'ok') throw new Error(`expected an ok outcome, got ${JSON.stringify(outcome)}`);
      const listed = await popup.evaluate(
        () => [...document.querySelectorAll('[data-testid="source"] .name')].map((element) => element.textContent?.trim() ?? ''),
        null,
      );
      for (const source of WELL_SOURCED_STORY.namedSources) expect(listed, `"${source}" in the popup's source list`).toContain(source);
      expect(outcome.report.sources.every((source) => source.kind !== 'anonymous' && source.kind !== 'vague')).toBe(true);
      expect(outcome.report.warnings.filter((warning) => warning.anchor !== null)).toEqual([]);
      expect(await countMarks(page)).toBe(0);
      await popup.screenshot(screenshot('well-sourced-popup'), '[data-testid="popup"]');
    });

    it('reads a short brief with no metadata and marks its rumours and unnamed sources', async () => {
      const { page, popup, tabId } = await analyse(urlOf(RUMOUR_BRIEF.path, 'brief'));
      const outcome = await getOutcome(popup, tabId);
      if (outcome?.status !== 'ok') throw new Error(`expected an ok outcome, got ${JSON.stringify(outcome)}`);
      expect(outcome.report.article.wordCount).toBeGreaterThan(100);
      const drawn = await readMarks(page);
      for (const weak of RUMOUR_BRIEF.weakPassages) {
        expect(drawn.some((passage) => passage.text.includes(weak)), `a mark over "${weak}"`).toBe(true);
      }
      expect(outcome.report.sources.some((source) => source.kind === 'anonymous')).toBe(true);
      await popup.screenshot(screenshot('brief-popup'), '[data-testid="popup"]');
    });

    it('says a home page is not an article, and marks nothing', async () => {
      const { page, popup } = await analyse(urlOf(HOME_PAGE, 'not-article'));
      const view = await readPopup(popup);
      expect(view.state).toBe('not-article');
      expect(view.message?.length).toBeGreaterThan(10);
      expect(await countMarks(page)).toBe(0);
      await popup.screenshot(screenshot('not-article-popup'), '[data-testid="popup"]');
    });

    it(`explains that ${RESTRICTED_PAGES[name]} cannot be analysed`, async () => {
      // The tab is found by a page of ours first: without the `tabs` permission,
      // the extension cannot see the URL of a browser page.
      const page = await newPage();
      const marker = urlOf(HOME_PAGE, 'restricted');
      await page.goto(marker);
      const tabId = await findTabId(control, marker);
      await page.goto(RESTRICTED_PAGES[name]);

      const popup = await popupFor(tabId);
      const view = await readPopup(popup);
      expect(view.state, view.message ?? '').toBe('restricted');
      expect(view.message?.length).toBeGreaterThan(10);
      await popup.screenshot(screenshot('restricted-popup'), '[data-testid="popup"]');
    });
  });
}
