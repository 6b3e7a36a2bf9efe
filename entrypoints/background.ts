import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatch, type Handlers } from '../messaging/dispatch';
import { parseBackgroundRequest, type AnalysisOutcome, type BackgroundRequests } from '../messaging/protocol';
import { sendToContent } from '../messaging/send';
import { analyzeTab } from '../shell/analyze-tab';
import { forgetOutcome, loadOutcome, saveOutcome } from '../shell/outcome-store';

const handlers: Handlers<BackgroundRequests, undefined> = {
  'analyze-tab': async ({ tabId }) => {
    const outcome: AnalysisOutcome = await analyzeTab(tabId).catch((error: unknown) => ({
      status: 'error' as const,
      message: error instanceof Error ? error.message : String(error),
    }));
    await saveOutcome(tabId, outcome);
    return outcome;
  },
  'get-outcome': ({ tabId }) => loadOutcome(tabId),
  'set-marks-visible': ({ tabId, visible }) =>
    sendToContent(tabId, { type: 'set-marks-visible', visible }).catch(() => ({ ok: false })),
  'reveal-warning': ({ tabId, warningIndex }) =>
    sendToContent(tabId, { type: 'reveal-mark', warningIndex }).catch(() => ({ ok: false })),
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

  // An outcome describes one page: a navigation or a closed tab makes it stale.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined) void forgetOutcome(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetOutcome(tabId));
});
