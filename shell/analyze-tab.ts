import { browser } from 'wxt/browser';
import type { AnalysisOutcome } from '../messaging/protocol';
import { sendToContent } from '../messaging/send';
import { assertReport } from '../report/schema';
import { analyze } from '../rules/analyze';
import { looksLikeArticle } from '../rules/article-verdict';
import { markRequests } from './mark-requests';
import { shouldDraw } from './marks-to-draw';
import { loadDismissed } from './dismissed-flags';
import { restrictedReason } from './restricted-page';
import type { Settings } from './settings-schema';
import { uiTranslator } from './ui-language';
import { getMessage } from './get-message';

const CONTENT_SCRIPT = '/content-scripts/content.js';

/** Whether the tab is loading another page, or shows another address, than when the analysis began. */
async function pageChanged(tabId: number, urlBefore: string | undefined): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.status === 'loading' || (urlBefore !== undefined && tab.url !== undefined && tab.url !== urlBefore);
  } catch {
    return true;
  }
}

function pageChangedOutcome(): AnalysisOutcome {
  return { status: 'error', message: getMessage('error_page_changed') };
}

/**
 * Analyses one tab: injects the content script (allowed by the reader's click
 * through `activeTab`), asks it for the article snapshot, runs the rules here, and
 * sends the passages back to be marked as the reader's settings say. Every failure becomes an outcome the popup
 * can explain; nothing throws past this function.
 */
export async function analyzeTab(tabId: number, settings: Settings): Promise<AnalysisOutcome> {
  let tabUrl: string | undefined;
  try {
    tabUrl = (await browser.tabs.get(tabId)).url;
  } catch {
    return { status: 'error', message: getMessage('error_tab_closed') };
  }
  const reason = restrictedReason(tabUrl);
  if (reason !== null) return { status: 'restricted', reason };

  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT] });
  } catch {
    // The browser refuses pages it protects and pages the reader has not granted,
    // and a page that is navigating away has nowhere to run the script.
    return (await pageChanged(tabId, tabUrl)) ? pageChangedOutcome() : { status: 'restricted', reason: 'no-access' };
  }

  let extracted;
  try {
    extracted = await sendToContent(tabId, { type: 'extract' });
  } catch {
    // Firefox may report success injecting into pages it protects (about:config), whose
    // URL it hides from us; the script then never runs, and nothing answers. A page
    // that navigated away takes its script with it.
    return (await pageChanged(tabId, tabUrl)) ? pageChangedOutcome() : { status: 'restricted', reason: 'no-access' };
  }
  if (!extracted.ok) return { status: 'error', message: extracted.message };

  const report = assertReport(
    analyze(extracted.snapshot, {
      retrievedAt: new Date().toISOString(),
      generatorVersion: browser.runtime.getManifest().version,
    }),
  );
  try {
    if (!looksLikeArticle(report)) {
      await sendToContent(tabId, { type: 'mark', marks: [] });
      return { status: 'not-article', report };
    }
    // Kinds the reader hid are not marked; with marks off they are drawn hidden, so the popup's switch can still show them.
    const { translate } = await uiTranslator(settings.uiLanguage);
    const draw = shouldDraw(report, settings, await loadDismissed(report.url));
    const requests = markRequests(report, translate).filter(draw);
    const marks = await sendToContent(tabId, { type: 'mark', marks: requests });
    if (!settings.inlineMarks) await sendToContent(tabId, { type: 'set-marks-visible', visible: false });
    return { status: 'ok', report, marks };
  } catch (error) {
    // The reader followed a link while the rules ran: the page that was read is gone, and so is its script.
    if (await pageChanged(tabId, tabUrl)) return pageChangedOutcome();
    throw error;
  }
}
