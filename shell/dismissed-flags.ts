import { dismissalPageKey, type DismissedFlag } from '../report/dismissals';
import type { LocalStoragePort } from './ports';

/**
 * The flags the reader dismissed, per page, in `storage.local`: kept across reloads
 * and browser restarts, never synced (they describe pages the reader read).
 */
const keyFor = (url: string): string => `dismissed:${dismissalPageKey(url)}`;

export async function loadDismissed(browser: LocalStoragePort, url: string): Promise<DismissedFlag[]> {
  const stored = await browser.storage.local.get(keyFor(url));
  return (stored[keyFor(url)] as DismissedFlag[] | undefined) ?? [];
}

/** Dismisses a flag on a page, or brings it back; returns the page's dismissed flags after. */
export async function setDismissed(browser: LocalStoragePort, url: string, flag: DismissedFlag, dismissed: boolean): Promise<DismissedFlag[]> {
  const same = (other: DismissedFlag): boolean =>
    other.code === flag.code && other.quote.exact === flag.quote.exact && other.quote.prefix === flag.quote.prefix && other.quote.suffix === flag.quote.suffix;
  const others = (await loadDismissed(browser, url)).filter((other) => !same(other));
  const next = dismissed ? [...others, flag] : others;
  if (next.length === 0) await browser.storage.local.remove(keyFor(url));
  else await browser.storage.local.set({ [keyFor(url)]: next });
  return next;
}
