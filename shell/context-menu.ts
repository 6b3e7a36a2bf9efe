import { getMessage } from './get-message';
import type { ContextMenusPort, I18nPort, RuntimePort } from './ports';

const MENU_ID = 'sourcelight-analyze-page';

/**
 * The page's context menu item "Check sources on this page". Browsers keep menu
 * items across background restarts, so the item is created once per install or
 * update (with its id, as event pages require); the click listener is registered at
 * every start. The click grants `activeTab`, like the toolbar button.
 */
export function registerContextMenu(browser: ContextMenusPort & RuntimePort & I18nPort, analyze: (tabId: number) => Promise<void>): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_ID, title: getMessage(browser, 'menu_analyze_page'), contexts: ['page'] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void analyze(tab.id);
  });
}
