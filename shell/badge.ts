import type { AnalysisOutcome } from '../messaging/protocol';
import { badgeStyle } from './badge-style';
import { getMessage } from './get-message';
import type { ActionPort, I18nPort } from './ports';
import { isWarningShown, type Settings } from './settings-schema';

/**
 * Shows a tab's outcome on the toolbar button, counting only the kinds the reader
 * has not hidden; the title says it in words for screen readers.
 */
export async function showBadge(browser: ActionPort & I18nPort, tabId: number, outcome: AnalysisOutcome, settings: Settings): Promise<void> {
  const style = badgeStyle(outcome, (code) => isWarningShown(settings, code));
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: style.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: style.background }),
    browser.action.setBadgeTextColor({ tabId, color: style.color }),
    browser.action.setTitle({ tabId, title: getMessage(browser, style.title.name, style.title.substitutions) }),
  ]);
}

/** Back to the plain button, as after a navigation. */
export async function clearBadge(browser: ActionPort & I18nPort, tabId: number): Promise<void> {
  await Promise.all([browser.action.setBadgeText({ tabId, text: '' }), browser.action.setTitle({ tabId, title: getMessage(browser, 'actionTitle') })]);
}
