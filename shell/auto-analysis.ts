import { isPublicSuffix } from './public-suffix';
import { loadSettings } from './settings';
import { matchingSite, sitePermission } from './settings-schema';
import type { PermissionsPort, SyncStoragePort, TabsPort } from './ports';

type AutoAnalysisBrowser = TabsPort & SyncStoragePort & PermissionsPort;

/**
 * Analyses pages of the sites the reader chose, as soon as they finish loading.
 * Both conditions are checked each time: the site is still in the reader's list, and
 * its host permission is still granted (the reader can withdraw it in the browser).
 */
export function registerAutoAnalysis(browser: AutoAnalysisBrowser, analyze: (tabId: number) => Promise<void>): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete') return;
    void shouldAnalyze(browser, tab.url).then((yes) => (yes ? analyze(tabId) : undefined));
  });
}

async function shouldAnalyze(browser: AutoAnalysisBrowser, url: string | undefined): Promise<boolean> {
  const { autoSites } = await loadSettings(browser);
  // A public suffix kept from before it was refused would match every site under it.
  const site = matchingSite(autoSites.filter((candidate) => !isPublicSuffix(candidate)), url);
  if (site === null) return false;
  return browser.permissions.contains({ origins: [sitePermission(site)] });
}
