import type { CommandsPort, TabsPort } from './ports';

/** The manifest `commands` key of the keyboard shortcut (wxt.config.ts). */
export const ANALYZE_COMMAND = 'analyze-page';

/**
 * Runs the analysis on the active tab when the reader presses the shortcut. The
 * shortcut grants `activeTab` like a click on the toolbar button, so no host
 * permission is needed; the outcome shows on the badge.
 */
export function registerAnalyzeCommand(browser: CommandsPort & TabsPort, analyze: (tabId: number) => Promise<void>): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== ANALYZE_COMMAND) return;
    void activeTabId(browser, tab?.id).then((tabId) => (tabId === null ? undefined : analyze(tabId)));
  });
}

/** Browsers that do not pass the tab to the listener still know the active one. */
async function activeTabId(browser: TabsPort, given: number | undefined): Promise<number | null> {
  if (given !== undefined) return given;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
