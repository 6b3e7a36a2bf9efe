import type { AnalysisOutcome } from '../../messaging/protocol';
import type { ExtensionBrowser, TestPage } from './test-page';

/** The popup as a reader sees it: the text of each field it shows. */
export interface PopupView {
  state: string | null;
  title: string | null;
  author: string | null;
  published: string | null;
  modified: string | null;
  publisher: string | null;
  warningCount: string | null;
  message: string | null;
  marksShown: boolean | null;
}

/** The few extension APIs the evaluated functions use, typed for this file only. */
interface ExtensionApi {
  tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> };
  runtime: { sendMessage(message: object): Promise<unknown> };
  storage: { sync: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
}
type ExtensionGlobals = { browser?: ExtensionApi; chrome?: ExtensionApi };

/**
 * An extension page used to ask the browser about tabs. The popup with no tab id
 * analyses its own tab (an extension page, which is harmless) and has the `tabs` API.
 */
export async function openControlPage(browser: ExtensionBrowser): Promise<TestPage> {
  const page = await browser.newPage();
  await page.goto(`${browser.extensionOrigin}/popup.html`);
  return page;
}

/**
 * The id of the tab showing `url`. Matched in JS on the whole list: Firefox's
 * `tabs.query({url})` matches nothing when the pattern has a port.
 */
export async function findTabId(control: TestPage, url: string): Promise<number> {
  const id = await control.evaluate(async (wanted) => {
    const globals = globalThis as unknown as ExtensionGlobals;
    const api = globals.browser ?? globals.chrome;
    if (!api) throw new Error('no extension API in this page');
    const tabs = await api.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Opens the popup for a tab, as a tab of its own, and waits for it to finish analysing. */
export async function openPopup(browser: ExtensionBrowser, tabId: number): Promise<TestPage> {
  const popup = await browser.newPage();
  await popup.goto(`${browser.extensionOrigin}/popup.html?tabId=${tabId}`);
  await popup.waitFor(() => {
    const state = document.querySelector('[data-testid="popup"]')?.getAttribute('data-state');
    return state !== undefined && state !== null && state !== 'analysing';
  }, null);
  return popup;
}

export function readPopup(popup: TestPage): Promise<PopupView> {
  // No named helpers inside: the function travels as source text, and some
  // transpilers wrap named functions in a helper that does not exist in the page.
  return popup.evaluate(() => {
    const [state, title, author, published, modified, publisher, warningCount, message] = [
      'popup',
      'title',
      'author',
      'published',
      'modified',
      'publisher',
      'warning-count',
      'message',
    ].map((id, index) => {
      const element = document.querySelector(`[data-testid="${id}"]`);
      return (index === 0 ? element?.getAttribute('data-state') : element?.textContent?.replace(/\s+/g, ' ').trim()) ?? null;
    });
    const toggle = document.querySelector('[data-testid="toggle-marks"]');
    return {
      state: state ?? null,
      title: title ?? null,
      author: author ?? null,
      published: published ?? null,
      modified: modified ?? null,
      publisher: publisher ?? null,
      warningCount: warningCount ?? null,
      message: message ?? null,
      marksShown: toggle instanceof HTMLInputElement ? toggle.checked : null,
    };
  }, null);
}

/** The background's last outcome for a tab, as any extension page can ask for it. */
export function getOutcome(extensionPage: TestPage, tabId: number): Promise<AnalysisOutcome | null> {
  return extensionPage.evaluate(async (id) => {
    const globals = globalThis as unknown as ExtensionGlobals;
    const api = globals.browser ?? globals.chrome;
    if (!api) throw new Error('no extension API in this page');
    return (await api.runtime.sendMessage({ type: 'get-outcome', tabId: id })) as AnalysisOutcome | null;
  }, tabId);
}

/**
 * Chooses the popup's language as the options page does, for the popups opened
 * after; null goes back to the default settings (the browser's language).
 */
export async function setUiLanguage(extensionPage: TestPage, language: 'en' | 'fr' | null): Promise<void> {
  await extensionPage.evaluate(async (uiLanguage) => {
    const globals = globalThis as unknown as ExtensionGlobals;
    const api = globals.browser ?? globals.chrome;
    if (!api) throw new Error('no extension API in this page');
    if (uiLanguage === null) await api.storage.sync.remove('settings');
    else await api.storage.sync.set({ settings: { uiLanguage } });
  }, language);
}
