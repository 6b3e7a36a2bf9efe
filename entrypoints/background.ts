import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatch, type Handlers } from '../messaging/dispatch';
import { parseBackgroundRequest, type AnalysisOutcome, type BackgroundRequests } from '../messaging/protocol';
import { sendToContent } from '../messaging/send';
import { analyzeTab } from '../shell/analyze-tab';
import { registerAutoAnalysis } from '../shell/auto-analysis';
import { clearBadge, showBadge } from '../shell/badge';
import { registerAnalyzeCommand } from '../shell/commands';
import { registerContextMenu } from '../shell/context-menu';
import { forgetOutcome, loadOutcome, saveOutcome } from '../shell/outcome-store';
import { flagOf } from '../report/dismissals';
import { setDismissed } from '../shell/dismissed-flags';
import { registerFlagCommands } from '../shell/flag-commands';
import type { ShellBrowser } from '../shell/ports';
import { redrawMarks } from '../shell/redraw-marks';
import { loadSettings } from '../shell/settings';

/** The browser the shell is handed; the assignment checks it fits the shell's ports. */
const shellBrowser: ShellBrowser = browser;

/** One analysis, whoever asked (popup, shortcut, menu, automatic): stored for the popup, shown on the badge. */
async function analyzeAndStore(tabId: number): Promise<AnalysisOutcome> {
  const settings = await loadSettings(shellBrowser);
  const outcome: AnalysisOutcome = await analyzeTab(shellBrowser, tabId, settings).catch((error: unknown) => ({
    status: 'error' as const,
    message: error instanceof Error ? error.message : String(error),
  }));
  await saveOutcome(shellBrowser, tabId, outcome);
  await showBadge(shellBrowser, tabId, outcome, settings).catch(() => undefined);
  return outcome;
}

const handlers: Handlers<BackgroundRequests, undefined> = {
  'analyze-tab': ({ tabId }) => analyzeAndStore(tabId),
  'get-outcome': ({ tabId }) => loadOutcome(shellBrowser, tabId),
  'set-marks-visible': ({ tabId, visible }) =>
    sendToContent(shellBrowser, tabId, { type: 'set-marks-visible', visible }).catch(() => ({ ok: false })),
  'reveal-warning': ({ tabId, warningIndex }) =>
    sendToContent(shellBrowser, tabId, { type: 'reveal-mark', warningIndex }).catch(() => ({ ok: false })),
  'set-flag-dismissed': async ({ tabId, warningIndex, dismissed }) => {
    const outcome = await loadOutcome(shellBrowser, tabId);
    const warning = outcome?.status === 'ok' ? outcome.report.warnings[warningIndex] : undefined;
    const flag = warning === undefined ? null : flagOf(warning);
    if (outcome === null || outcome.status !== 'ok' || flag === null) return { ok: false };
    await setDismissed(shellBrowser, outcome.report.url, flag, dismissed);
    return { ok: await redrawMarks(shellBrowser, tabId, outcome, await loadSettings(shellBrowser)).catch(() => false) };
  },
};

export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only the extension's own pages may ask; content scripts and other extensions may not.
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(extensionOrigin)) return undefined;
    const request = parseBackgroundRequest(message);
    if (request === null) return undefined;
    return dispatch(handlers, request, undefined);
  });

  const analyzeInBackground = async (tabId: number): Promise<void> => {
    await analyzeAndStore(tabId);
  };
  registerAnalyzeCommand(shellBrowser, analyzeInBackground);
  registerFlagCommands(shellBrowser);
  registerContextMenu(shellBrowser, analyzeInBackground);
  registerAutoAnalysis(shellBrowser, analyzeInBackground);

  // An outcome describes one page: a navigation or a closed tab makes it stale.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url === undefined) return;
    void forgetOutcome(shellBrowser, tabId);
    void clearBadge(shellBrowser, tabId).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetOutcome(shellBrowser, tabId));
});
