import { browser } from 'wxt/browser';
import type { AnalysisOutcome } from '../messaging/protocol';

/**
 * The last analysis outcome of each tab, in session storage: an MV3 background can
 * be stopped between the analysis and the popup asking for it again.
 */
const keyFor = (tabId: number): string => `outcome:${tabId}`;

export async function saveOutcome(tabId: number, outcome: AnalysisOutcome): Promise<void> {
  await browser.storage.session.set({ [keyFor(tabId)]: outcome });
}

export async function loadOutcome(tabId: number): Promise<AnalysisOutcome | null> {
  const stored = await browser.storage.session.get(keyFor(tabId));
  return (stored[keyFor(tabId)] as AnalysisOutcome | undefined) ?? null;
}

export async function forgetOutcome(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyFor(tabId));
}
