import type { AnalysisOutcome } from '../messaging/protocol';
import type { SessionStoragePort } from './ports';

/**
 * The last analysis outcome of each tab, in session storage: an MV3 background can
 * be stopped between the analysis and the popup asking for it again.
 */
const keyFor = (tabId: number): string => `outcome:${tabId}`;

/**
 * The largest outcome kept, as JSON characters. `storage.session` holds about 10 MB
 * for all tabs together: one page's report must not crowd out the others'.
 */
export const MAX_STORED_OUTCOME_CHARS = 1_000_000;

/**
 * Keeps the outcome for the tab, or, when it is over the bound or storage refuses
 * it, forgets the tab's older one so it cannot be mistaken for this page's. Never
 * throws: the analysis has its result whether or not it could be kept.
 */
export async function saveOutcome(browser: SessionStoragePort, tabId: number, outcome: AnalysisOutcome): Promise<boolean> {
  try {
    if (JSON.stringify(outcome).length > MAX_STORED_OUTCOME_CHARS) {
      await forgetOutcome(browser, tabId);
      return false;
    }
    await browser.storage.session.set({ [keyFor(tabId)]: outcome });
    return true;
  } catch {
    await forgetOutcome(browser, tabId).catch(() => undefined);
    return false;
  }
}

export async function loadOutcome(browser: SessionStoragePort, tabId: number): Promise<AnalysisOutcome | null> {
  const stored = await browser.storage.session.get(keyFor(tabId));
  return (stored[keyFor(tabId)] as AnalysisOutcome | undefined) ?? null;
}

export async function forgetOutcome(browser: SessionStoragePort, tabId: number): Promise<void> {
  await browser.storage.session.remove(keyFor(tabId));
}
