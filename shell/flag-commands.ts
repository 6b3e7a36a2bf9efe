import { sendToContent, type ContentChannel } from '../messaging/send';
import { isDismissed } from '../report/dismissals';
import { loadDismissed } from './dismissed-flags';
import { loadOutcome } from './outcome-store';
import { nextFlag } from '../report/next-flag';
import type { CommandsPort, LocalStoragePort, SessionStoragePort } from './ports';

/** The manifest `commands` keys of the shortcuts that move between flags (wxt.config.ts). */
export const NEXT_FLAG_COMMAND = 'next-flag';
export const PREVIOUS_FLAG_COMMAND = 'previous-flag';

/**
 * Moves to the next or previous flag in the active tab when the reader presses a
 * shortcut: scrolls to its mark, focuses it and shows its explanation. The position
 * is kept per tab while the background runs; a restarted background starts again
 * from the first flag.
 */
export function registerFlagCommands(browser: CommandsPort & SessionStoragePort & LocalStoragePort & ContentChannel): void {
  const positions = new Map<number, number>();
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== NEXT_FLAG_COMMAND && command !== PREVIOUS_FLAG_COMMAND) return;
    const tabId = tab?.id;
    if (tabId === undefined) return;
    void (async () => {
      const outcome = await loadOutcome(browser, tabId);
      if (outcome?.status !== 'ok') return;
      const dismissed = await loadDismissed(browser, outcome.report.url);
      const flags = outcome.marks.anchored.filter((index) => {
        const warning = outcome.report.warnings[index];
        return warning !== undefined && !isDismissed(warning, dismissed);
      });
      const target = nextFlag(flags, positions.get(tabId) ?? null, command === NEXT_FLAG_COMMAND ? 1 : -1);
      if (target === null) return;
      positions.set(tabId, target);
      await sendToContent(browser, tabId, { type: 'reveal-mark', warningIndex: target }).catch(() => undefined);
    })();
  });
}
