import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTranslator, type LocaleMessages, type Translate } from '../../i18n/translator';

/** A locale's `messages.json`, read from the repository (tests run from its root). */
export function localeMessages(locale: string): LocaleMessages {
  return JSON.parse(readFileSync(join(process.cwd(), 'public', '_locales', locale, 'messages.json'), 'utf8')) as LocaleMessages;
}

/** The translator a page in that locale gets. */
export function localeTranslator(locale: string): Translate {
  return createTranslator(localeMessages(locale));
}
