import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translator';
import { MARK_TAG } from '../page/highlighter';
import { renderCitation } from '../report/citation';
import { exportFileName } from '../report/export-filename';
import { nextFlag } from '../report/next-flag';
import { warningHint } from '../report/presentation/warning-text';
import type { Report } from '../report/schema';
import { localeMessages } from '../tests/helpers/locale-messages';
import { analysePage } from './harness/analyse-page';
import { skipBrowser } from './harness/browsers';
import { downloadedText } from './harness/downloads';
import { inspectMarks } from './harness/extension-requests';
import { ENGLISH_ARTICLE } from './harness/fixture-pages';
import { launchWithExtension } from './harness/launch-extension';
import { readMarks } from './harness/page-marks';
import { FIXTURES_DIR } from './harness/paths';
import { getOutcome, openControlPage, openPopup } from './harness/popup';
import { startStaticServer, type StaticServer } from './harness/static-server';
import type { BrowserName, ExtensionBrowser, TestPage } from './harness/test-page';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const english = createTranslator(localeMessages('en'));

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer(FIXTURES_DIR);
});

afterAll(async () => {
  await server?.close();
});

/** The warning index of the mark that has the page's focus, or null. */
function focusedMark(page: TestPage): Promise<number | null> {
  return page.evaluate(() => {
    const index = document.activeElement?.closest('sourcelightmark')?.getAttribute('data-warning-index');
    return index === undefined || index === null ? null : Number(index);
  }, null);
}

async function okReport(popup: TestPage, tabId: number): Promise<{ report: Report; anchored: number[] }> {
  const outcome = await getOutcome(popup, tabId);
  if (outcome?.status !== 'ok') throw new Error(`expected an ok outcome, got ${JSON.stringify(outcome)}`);
  return { report: outcome.report, anchored: [...outcome.marks.anchored].sort((a, b) => a - b) };
}

for (const name of BROWSERS) {
  describe.skipIf(skipBrowser(name))(`acting on flags and citing the page in ${name}`, () => {
    let browser: ExtensionBrowser;
    let control: TestPage;
    const opened: TestPage[] = [];

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

    it('next and previous move the focus from mark to mark', async () => {
      const analysed = await analysePage(browser, control, `${server.origin}/${ENGLISH_ARTICLE.path}?case=next-previous`);
      opened.push(analysed.page, analysed.popup);
      const { anchored } = await okReport(analysed.popup, analysed.tabId);
      expect(anchored.length).toBeGreaterThan(1);
      const [first, second] = anchored as [number, number];

      await analysed.popup.click('[data-testid="next-flag"]');
      await analysed.page.waitFor((index) => document.activeElement?.closest('sourcelightmark')?.getAttribute('data-warning-index') === String(index), first);
      await analysed.popup.click('[data-testid="next-flag"]');
      await analysed.page.waitFor((index) => document.activeElement?.closest('sourcelightmark')?.getAttribute('data-warning-index') === String(index), second);
      await analysed.popup.click('[data-testid="previous-flag"]');
      await analysed.page.waitFor((index) => document.activeElement?.closest('sourcelightmark')?.getAttribute('data-warning-index') === String(index), first);
      expect(await focusedMark(analysed.page)).toBe(first);
    });

    it('the tooltip says what would source the passage, and its next button moves the focus to the next mark, by keyboard and by mouse', async () => {
      const analysed = await analysePage(browser, control, `${server.origin}/${ENGLISH_ARTICLE.path}?case=tooltip-steps`);
      opened.push(analysed.page, analysed.popup);
      const { report, anchored } = await okReport(analysed.popup, analysed.tabId);
      expect(anchored.length).toBeGreaterThan(1);
      const [first, second] = anchored as [number, number];
      const tooltip = async () => {
        const { tooltip: shown } = await inspectMarks(control, analysed.tabId);
        if (shown === null) throw new Error('no tooltip');
        return shown;
      };
      const focusIs = (index: number) => analysed.page.waitFor((wanted) => document.activeElement?.closest('sourcelightmark')?.getAttribute('data-warning-index') === String(wanted), index);

      // Focus events reach a page only while its tab is the one shown.
      await analysed.page.bringToFront();
      await analysed.page.evaluate(({ tag, index }) => document.querySelector<HTMLElement>(`${tag}[data-warning-index="${index}"]`)?.focus(), { tag: MARK_TAG, index: first });
      await focusIs(first);
      const explained = await tooltip();
      expect(explained.displayed).toBe(true);
      expect(explained.hint).toBe(warningHint(report.warnings[first]!, english));
      expect(explained.hint).not.toBeNull();
      expect(explained.buttons).toEqual([`← ${english('tooltip_previous')}`, `${english('tooltip_next')} →`]);

      // Keyboard: Tab enters the tooltip's buttons (previous, then next), Enter presses next.
      await analysed.page.press('Tab');
      expect((await tooltip()).focusedButton).toBe(0);
      await analysed.page.press('Tab');
      expect((await tooltip()).focusedButton).toBe(1);
      await analysed.page.press('Enter');
      await focusIs(second);

      // Mouse: a click on the next button, where the reader sees it (past the last mark, the first again).
      const next = (await tooltip()).buttonCentres[1];
      if (next === undefined) throw new Error('no next button');
      await analysed.page.mouseClick(next.x, next.y);
      await focusIs(nextFlag(anchored, second, 1)!);
    });

    it('a dismissed flag loses its mark, stays dismissed after a reload, shows in the JSON export, and comes back on undo', async () => {
      const url = `${server.origin}/${ENGLISH_ARTICLE.path}?case=dismiss`;
      const analysed = await analysePage(browser, control, url);
      opened.push(analysed.page, analysed.popup);
      const { anchored } = await okReport(analysed.popup, analysed.tabId);
      const target = anchored[0]!;
      const markedIndexes = async (page: TestPage) => (await readMarks(page)).map((passage) => passage.warningIndex);
      expect(await markedIndexes(analysed.page)).toContain(target);

      await analysed.popup.click(`[data-testid="dismiss"][data-warning-index="${target}"]`);
      await analysed.page.waitFor((index) => document.querySelector(`sourcelightmark[data-warning-index="${index}"]`) === null, target);
      await analysed.popup.waitFor((index) => document.querySelector(`[data-testid="passage-item"][data-warning-index="${index}"]`)?.getAttribute('data-dismissed') === 'true', target);

      // The page reloads and the reader opens the popup again: the analysis runs anew.
      await analysed.page.goto(url);
      const popup = await openPopup(browser, analysed.tabId);
      opened.push(popup);
      expect(await markedIndexes(analysed.page)).not.toContain(target);
      expect((await markedIndexes(analysed.page)).length).toBe(anchored.length - 1);
      const { report } = await okReport(popup, analysed.tabId);
      await popup.waitFor((index) => document.querySelector(`[data-testid="passage-item"][data-warning-index="${index}"]`)?.getAttribute('data-dismissed') === 'true', target);

      await popup.click('[data-testid="download-json"]');
      const exported = JSON.parse(await downloadedText(browser, exportFileName(report, 'json'))) as Report;
      expect(exported.warnings.map((warning, index) => (warning.dismissed ? index : null)).filter((index) => index !== null)).toEqual([target]);

      await popup.click(`[data-testid="undo-dismiss"][data-warning-index="${target}"]`);
      await analysed.page.waitFor((index) => document.querySelector(`sourcelightmark[data-warning-index="${index}"]`) !== null, target);
    });

    it.each([
      ['fr', 'Margaret Okafor, « Riverside council approves £18m flood barrier after two-year delay », The Harbour Gazette, 14 mars 2026'],
      ['en', 'Margaret Okafor, “Riverside council approves £18m flood barrier after two-year delay,” The Harbour Gazette, March 14, 2026'],
    ] as const)('copies a citation in the %s style', async (style, opening) => {
      const analysed = await analysePage(browser, control, `${server.origin}/${ENGLISH_ARTICLE.path}?case=citation-${style}`);
      opened.push(analysed.page, analysed.popup);
      const { report } = await okReport(analysed.popup, analysed.tabId);
      const citation = renderCitation(report, style);
      expect(citation.startsWith(`${opening}, ${report.url}, `)).toBe(true);

      await analysed.popup.bringToFront();
      await analysed.popup.click(`[data-testid="copy-citation-${style}"]`);
      await analysed.popup.waitFor(() => (document.querySelector('[data-testid="export-notice"]')?.textContent ?? '') !== '', null);
      const notice = await analysed.popup.evaluate(() => document.querySelector('[data-testid="export-notice"]')?.textContent ?? '', null);
      expect(notice).toBe(`Citation copied: ${citation}`);
    });
  });
}
