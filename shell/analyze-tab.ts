import { MAX_MARKS_PER_PAGE } from '../messaging/mark-limit';
import type { AnalysisOutcome } from '../messaging/protocol';
import { sendToContent, type ContentChannel } from '../messaging/send';
import { assertReport } from '../report/schema';
import { analyze } from '../rules/analyze';
import { looksLikeArticle } from '../rules/article-verdict';
import { markRequests } from './mark-requests';
import { passagesToMark } from './marks-to-draw';
import { loadDismissed } from './dismissed-flags';
import { restrictedReason } from './restricted-page';
import type { Settings } from './settings-schema';
import { uiTranslator } from './ui-language';
import { getMessage } from './get-message';
import { CONTENT_SCRIPT, type I18nPort, type LocalStoragePort, type RuntimePort, type ScriptingPort, type TabsPort } from './ports';

/** What an analysis uses of the browser. */
export type AnalyzeTabBrowser = { tabs: Pick<TabsPort['tabs'], 'get'> } & ContentChannel & ScriptingPort & LocalStoragePort & I18nPort & { runtime: Pick<RuntimePort['runtime'], 'getURL' | 'getManifest'> };

/** What browsers say when they refuse to script a page the extension has no access to. */
const NO_ACCESS = /permission|cannot access|cannot be scripted|extensions gallery/i;
/** What browsers say when no script of ours is listening in the tab (it never ran there). */
const NO_RECEIVER = /receiving end does not exist/i;

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

/** Whether the tab is loading another page, or shows another address, than when the analysis began. */
async function pageChanged(browser: AnalyzeTabBrowser, tabId: number, urlBefore: string | undefined): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.status === 'loading' || (urlBefore !== undefined && tab.url !== undefined && tab.url !== urlBefore);
  } catch {
    return true;
  }
}

function pageChangedOutcome(browser: I18nPort): AnalysisOutcome {
  return { status: 'error', message: getMessage(browser, 'error_page_changed') };
}

/**
 * Analyses one tab: injects the content script (allowed by the reader's click
 * through `activeTab`), asks it for the article snapshot, runs the rules here, and
 * sends the passages back to be marked as the reader's settings say. Every failure becomes an outcome the popup
 * can explain; nothing throws past this function.
 */
export async function analyzeTab(browser: AnalyzeTabBrowser, tabId: number, settings: Settings): Promise<AnalysisOutcome> {
  let tabUrl: string | undefined;
  try {
    tabUrl = (await browser.tabs.get(tabId)).url;
  } catch {
    return { status: 'error', message: getMessage(browser, 'error_tab_closed') };
  }
  const reason = restrictedReason(tabUrl);
  if (reason !== null) return { status: 'restricted', reason };

  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT] });
  } catch (error) {
    // The browser refuses pages it protects and pages the reader has not granted,
    // and a page that is navigating away has nowhere to run the script. Any other
    // refusal is an error to show as such, not a permission to ask for.
    if (await pageChanged(browser, tabId, tabUrl)) return pageChangedOutcome(browser);
    if (NO_ACCESS.test(reasonOf(error))) return { status: 'restricted', reason: 'no-access' };
    return { status: 'error', message: getMessage(browser, 'error_injection_failed', reasonOf(error)) };
  }

  let extracted;
  try {
    extracted = await sendToContent(browser, tabId, { type: 'extract' });
  } catch (error) {
    // Firefox may report success injecting into pages it protects (about:config), whose
    // URL it hides from us; the script then never runs, and nothing answers. A page
    // that navigated away takes its script with it. A script that answered with
    // something the channel could not carry is an error, not a missing permission.
    if (await pageChanged(browser, tabId, tabUrl)) return pageChangedOutcome(browser);
    if (NO_RECEIVER.test(reasonOf(error))) return { status: 'restricted', reason: 'no-access' };
    return { status: 'error', message: getMessage(browser, 'error_no_answer', reasonOf(error)) };
  }
  if (extracted === undefined || extracted === null) return { status: 'error', message: getMessage(browser, 'error_no_answer', 'no response') };
  if (!extracted.ok) return { status: 'error', message: extracted.message };

  const report = assertReport(
    analyze(extracted.snapshot, {
      retrievedAt: new Date().toISOString(),
      generatorVersion: browser.runtime.getManifest().version,
    }),
  );
  try {
    if (!looksLikeArticle(report)) {
      await sendToContent(browser, tabId, { type: 'mark', marks: [] });
      return { status: 'not-article', report };
    }
    // Kinds the reader hid are not marked; with marks off they are drawn hidden, so the popup's switch can still show them.
    const { translate } = await uiTranslator(browser, settings.uiLanguage);
    const { kept, left } = passagesToMark(report, settings, await loadDismissed(browser, report.url));
    const requests = markRequests(report, translate, kept.map((passage) => passage.warningIndex));
    const marks = await sendToContent(browser, tabId, { type: 'mark', marks: requests });
    if (!settings.inlineMarks) await sendToContent(browser, tabId, { type: 'set-marks-visible', visible: false });
    if (left.length === 0) return { status: 'ok', report, marks };
    const overLimit = { limit: MAX_MARKS_PER_PAGE, warningIndexes: [...left, ...(marks.overLimit?.warningIndexes ?? [])].sort((a, b) => a - b) };
    return { status: 'ok', report, marks: { ...marks, overLimit } };
  } catch (error) {
    // The reader followed a link while the rules ran: the page that was read is gone, and so is its script.
    if (await pageChanged(browser, tabId, tabUrl)) return pageChangedOutcome(browser);
    throw error;
  }
}
