import type { AnalysisOutcome } from '../messaging/protocol';
import { sendToContent, type ContentChannel } from '../messaging/send';
import { loadDismissed } from './dismissed-flags';
import { markRequests } from './mark-requests';
import { passagesToMark } from './marks-to-draw';
import type { Settings } from './settings-schema';
import { uiTranslator } from './ui-language';
import type { I18nPort, LocalStoragePort, RuntimePort } from './ports';

export type RedrawBrowser = ContentChannel & LocalStoragePort & I18nPort & { runtime: Pick<RuntimePort['runtime'], 'getURL'> };

/** Marks a tab's analysed passages again, as the reader's settings and dismissals now say; false when there is no article to mark. */
export async function redrawMarks(browser: RedrawBrowser, tabId: number, outcome: AnalysisOutcome, settings: Settings): Promise<boolean> {
  if (outcome.status !== 'ok') return false;
  const { report } = outcome;
  const { translate } = await uiTranslator(browser, settings.uiLanguage);
  const { kept } = passagesToMark(report, settings, await loadDismissed(browser, report.url));
  const requests = markRequests(report, translate, kept.map((passage) => passage.warningIndex));
  // The page keeps whether marks are shown: hidden marks stay hidden, anchored for later.
  await sendToContent(browser, tabId, { type: 'mark', marks: requests });
  return true;
}
