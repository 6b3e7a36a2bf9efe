import en from '../public/_locales/en/messages.json' with { type: 'json' };
import fr from '../public/_locales/fr/messages.json' with { type: 'json' };
import { createTranslator, type Translate } from '../i18n/translator';

/** The languages a Markdown summary can be written in: the extension's locales. */
export const SUMMARY_LANGUAGES = ['en', 'fr'] as const;
export type SummaryLanguage = (typeof SUMMARY_LANGUAGES)[number];

/** The extension's own messages, so the CLI words a summary as the popup's export does. */
export function summaryTranslator(language: SummaryLanguage): Translate {
  return createTranslator({ en, fr }[language]);
}
