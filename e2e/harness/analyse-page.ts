import { findTabId, openPopup } from './popup';
import type { ExtensionBrowser, TestPage } from './test-page';

export interface AnalysedPage {
  page: TestPage;
  popup: TestPage;
  tabId: number;
}

/**
 * Opens `url` in a tab and analyses it as the toolbar click would: the popup (opened
 * as a tab of its own, since automation cannot click the toolbar) asks the
 * background to analyse that tab.
 */
export async function analysePage(browser: ExtensionBrowser, control: TestPage, url: string): Promise<AnalysedPage> {
  const page = await browser.newPage();
  await page.goto(url);
  const tabId = await findTabId(control, url);
  const popup = await openPopup(browser, tabId);
  return { page, popup, tabId };
}
