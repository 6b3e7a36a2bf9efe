import { describe, expect, test } from 'vitest';
import { CITATION_KINDS, CONFIDENCES, EVIDENCE_ORIGINS, AUTHOR_KINDS } from '../report/schema';
import { messageName, type LocaleMessages } from '../i18n/translator';
import { localeMessages } from './helpers/locale-messages';
import { WARNING_CODES } from '../report/warning-codes';

const LOCALES = ['en', 'fr'] as const;
const messages = Object.fromEntries(LOCALES.map((locale) => [locale, localeMessages(locale)])) as Record<(typeof LOCALES)[number], LocaleMessages>;

/** Names the UI builds at run time from report values. */
const DYNAMIC_NAMES = [
  ...WARNING_CODES.flatMap((code) => [messageName('warning', code, 'label'), messageName('warning', code, 'message')]),
  ...CITATION_KINDS.map((kind) => messageName('citation_kind', kind)),
  ...EVIDENCE_ORIGINS.map((origin) => messageName('origin', origin)),
  ...CONFIDENCES.map((confidence) => `confidence_${confidence}`),
  ...AUTHOR_KINDS.filter((kind) => kind !== 'person').map((kind) => `author_kind_${kind}`),
  ...['browser_page', 'store_page', 'pdf_viewer', 'not_web', 'no_access'].map((reason) => `state_restricted_${reason}`),
];

describe('locales', () => {
  test('English and French define the same messages', () => {
    expect(Object.keys(messages.fr).sort()).toEqual(Object.keys(messages.en).sort());
  });

  test.each(LOCALES.flatMap((locale) => DYNAMIC_NAMES.map((name) => [locale, name])))('%s has %s', (locale, name) => {
    expect(messages[locale as (typeof LOCALES)[number]][name]?.message.trim()).toBeTruthy();
  });

  test.each(LOCALES)('%s uses the same substitutions as English in every message', (locale) => {
    for (const [name, { message }] of Object.entries(messages.en)) {
      const placeholders = (text: string) => (text.match(/\$\d/g) ?? []).sort();
      expect(placeholders(messages[locale][name]?.message ?? ''), name).toEqual(placeholders(message));
    }
  });

  test('the manifest description fits the stores\' 132-character limit', () => {
    for (const locale of LOCALES) expect(messages[locale].extensionDescription?.message.length).toBeLessThanOrEqual(132);
  });
});
