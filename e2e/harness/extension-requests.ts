import type { AnalysisOutcome } from '../../messaging/protocol';
import { INSPECT_REQUEST_TYPE, type InspectResponse } from '../../messaging/test-hook';
import type { TestPage } from './test-page';

/** The few extension APIs the evaluated functions use, typed for this file only. */
interface ExtensionApi {
  runtime: { sendMessage(message: object): Promise<unknown> };
  tabs: { sendMessage(tabId: number, message: object, options: object): Promise<unknown> };
}
type ExtensionGlobals = { browser?: ExtensionApi; chrome?: ExtensionApi };

/**
 * What the content script in a tab has drawn, asked from an extension page through
 * the e2e build's test hook (`messaging/test-hook.ts`): the tooltip's shadow root is
 * closed, so only the content script can read it.
 */
export function inspectMarks(extensionPage: TestPage, tabId: number): Promise<InspectResponse> {
  return extensionPage.evaluate(async ({ id, type }) => {
    const globals = globalThis as unknown as ExtensionGlobals;
    const api = globals.browser ?? globals.chrome;
    if (!api) throw new Error('no extension API in this page');
    return (await api.tabs.sendMessage(id, { type }, { frameId: 0 })) as InspectResponse;
  }, { id: tabId, type: INSPECT_REQUEST_TYPE });
}

/** Asks the background to analyse a tab, as the popup does, and returns the outcome it answers with. */
export function analyzeTabDirectly(extensionPage: TestPage, tabId: number): Promise<AnalysisOutcome> {
  return extensionPage.evaluate(async (id) => {
    const globals = globalThis as unknown as ExtensionGlobals;
    const api = globals.browser ?? globals.chrome;
    if (!api) throw new Error('no extension API in this page');
    return (await api.runtime.sendMessage({ type: 'analyze-tab', tabId: id })) as AnalysisOutcome;
  }, tabId);
}

/** Shows or hides a tab's marks as the popup's switch does. */
export function setMarksVisible(extensionPage: TestPage, tabId: number, visible: boolean): Promise<{ ok: boolean }> {
  return extensionPage.evaluate(async ({ id, on }) => {
    const globals = globalThis as unknown as ExtensionGlobals;
    const api = globals.browser ?? globals.chrome;
    if (!api) throw new Error('no extension API in this page');
    return (await api.runtime.sendMessage({ type: 'set-marks-visible', tabId: id, visible: on })) as { ok: boolean };
  }, { id: tabId, on: visible });
}
