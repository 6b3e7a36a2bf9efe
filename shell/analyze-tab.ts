import { browser } from 'wxt/browser';
import type { AnalysisOutcome } from '../messaging/protocol';
import { sendToContent } from '../messaging/send';
import { assertReport } from '../report/schema';
import { analyze } from '../rules/analyze';
import { looksLikeArticle } from '../rules/article-verdict';
import { markRequests } from './mark-requests';
import { restrictedReason } from './restricted-page';
import { loadSettings } from './settings';
import { isWarningShown } from './settings-schema';
import { describeWarning } from './warning-text';

const CONTENT_SCRIPT = '/content-scripts/content.js';

/**
 * Analyses one tab: injects the content script (allowed by the reader's click
 * through `activeTab`), asks it for the article snapshot, runs the rules here, and
 * sends the passages back to be marked. Every failure becomes an outcome the popup
 * can explain; nothing throws past this function.
 */
export async function analyzeTab(tabId: number): Promise<AnalysisOutcome> {
  let tabUrl: string | undefined;
  try {
    tabUrl = (await browser.tabs.get(tabId)).url;
  } catch {
    return { status: 'error', message: 'This tab no longer exists.' };
  }
  const reason = restrictedReason(tabUrl);
  if (reason !== null) return { status: 'restricted', reason };

  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT] });
  } catch {
    // The browser refuses pages it protects and pages the reader has not granted.
    return { status: 'restricted', reason: 'no-access' };
  }

  let extracted;
  try {
    extracted = await sendToContent(tabId, { type: 'extract' });
  } catch {
    // Firefox may report success injecting into pages it protects (about:config), whose
    // URL it hides from us; the script then never runs, and nothing answers.
    return { status: 'restricted', reason: 'no-access' };
  }
  if (!extracted.ok) return { status: 'error', message: extracted.message };

  const report = assertReport(
    analyze(extracted.snapshot, {
      retrievedAt: new Date().toISOString(),
      generatorVersion: browser.runtime.getManifest().version,
    }),
  );
  if (!looksLikeArticle(report)) {
    await sendToContent(tabId, { type: 'mark', marks: [] });
    return { status: 'not-article', report };
  }
  // Kinds the reader hid are not marked; with marks off they are drawn hidden, so the popup's switch can still show them.
  const settings = await loadSettings();
  const requests = markRequests(report, describeWarning).filter((mark) =>
    isWarningShown(settings, report.warnings[mark.warningIndex]?.code ?? ''),
  );
  const marks = await sendToContent(tabId, { type: 'mark', marks: requests });
  if (!settings.inlineMarks) await sendToContent(tabId, { type: 'set-marks-visible', visible: false });
  return { status: 'ok', report, marks };
}
