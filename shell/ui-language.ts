import { createTranslator, type LocaleMessages, type Translate } from '../i18n/translator';
import { getMessage } from './get-message';
import type { I18nPort, RuntimePort } from './ports';
import type { UiLanguage } from './settings-schema';

export interface UiTranslator {
  translate: Translate;
  /** The language of the strings, for `<html lang>` and date formatting. */
  locale: string;
}

/**
 * The translator for extension pages under the reader's language setting: the
 * browser's own `i18n` for 'auto', else the chosen locale's `messages.json`, read
 * from the extension itself (`browser.i18n` cannot switch language at run time).
 * A name missing everywhere shows as itself, never as a blank.
 */
export async function uiTranslator(browser: I18nPort & { runtime: Pick<RuntimePort['runtime'], 'getURL'> }, language: UiLanguage): Promise<UiTranslator> {
  const browserTranslate: Translate = (name, substitutions) => getMessage(browser, name, substitutions) || name;
  if (language === 'auto') return { translate: browserTranslate, locale: browser.i18n.getUILanguage() };
  try {
    const url = browser.runtime.getURL(`/_locales/${language}/messages.json`);
    const messages = (await (await fetch(url)).json()) as LocaleMessages;
    const chosen = createTranslator(messages);
    return { translate: (name, substitutions) => (Object.hasOwn(messages, name) ? chosen(name, substitutions) : browserTranslate(name, substitutions)), locale: language };
  } catch {
    return { translate: browserTranslate, locale: browser.i18n.getUILanguage() };
  }
}
