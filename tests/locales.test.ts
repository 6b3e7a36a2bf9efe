import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderHtmlSummary } from '../report/export-html';
import { renderMarkdown } from '../report/export-markdown';
import { ARTICLE_TYPES, CITATION_KINDS, CONFIDENCES, EVIDENCE_ORIGINS, AUTHOR_KINDS, POLICY_KINDS, SEVERITIES, SOURCE_KINDS, type Report } from '../report/schema';
import { NAMED_SOURCE_KINDS } from '../report/summary';
import { messageName, type LocaleMessages, type Translate } from '../i18n/translator';
import { localeMessages } from './helpers/locale-messages';
import { sampleReport } from './helpers/sample-report';
import { WARNING_CODES } from '../report/warning-codes';

/** Every locale the extension ships, so a new one is held to the same checks without being listed. */
const LOCALES = readdirSync(join(process.cwd(), 'public', '_locales')).sort();
const messages = new Map<string, LocaleMessages>(LOCALES.map((locale) => [locale, localeMessages(locale)]));

function messagesOf(locale: string): LocaleMessages {
  const found = messages.get(locale);
  if (found === undefined) throw new Error(`no locale ${locale}`);
  return found;
}

/** Names the UI builds at run time from report values. */
const DYNAMIC_NAMES = [
  ...WARNING_CODES.flatMap((code) => [messageName('warning', code, 'label'), messageName('warning', code, 'message')]),
  ...CITATION_KINDS.map((kind) => messageName('citation_kind', kind)),
  ...EVIDENCE_ORIGINS.map((origin) => messageName('origin', origin)),
  ...CONFIDENCES.map((confidence) => `confidence_${confidence}`),
  ...AUTHOR_KINDS.filter((kind) => kind !== 'person').map((kind) => `author_kind_${kind}`),
  ...['named', 'unclear', 'generic', 'none'].map((author) => `verdict_author_${author}`),
  ...ARTICLE_TYPES.map((type) => messageName('article_type', type)),
  ...SOURCE_KINDS.map((kind) => messageName('source_kind', kind)),
  ...['one', 'other'].flatMap((form) => [...NAMED_SOURCE_KINDS.map((kind) => messageName('inventory_kind', kind, form)), ...['named', 'anonymous', 'vague'].map((what) => `inventory_${what}_${form}`)]),
  ...POLICY_KINDS.map((kind) => messageName('policy_kind', kind)),
  ...SEVERITIES.map((severity) => messageName('severity', severity)),
  ...['browser_page', 'store_page', 'pdf_viewer', 'not_web', 'no_access'].map((reason) => `state_restricted_${reason}`),
];

describe('locales', () => {
  test.each(LOCALES)('%s defines the same messages as English', (locale) => {
    expect(Object.keys(messagesOf(locale)).sort()).toEqual(Object.keys(messagesOf('en')).sort());
  });

  test.each(LOCALES.flatMap((locale) => DYNAMIC_NAMES.map((name): [string, string] => [locale, name])))('%s has %s', (locale, name) => {
    expect(messagesOf(locale)[name]?.message.trim()).toBeTruthy();
  });

  test.each(LOCALES)('%s uses the same substitutions as English in every message', (locale) => {
    for (const [name, { message }] of Object.entries(messagesOf('en'))) {
      const placeholders = (text: string) => (text.match(/\$\d/g) ?? []).sort();
      expect(placeholders(messagesOf(locale)[name]?.message ?? ''), name).toEqual(placeholders(message));
    }
  });

  test.each(LOCALES)('%s has every message the Markdown and HTML summaries use', (locale) => {
    const base = sampleReport();
    // Between them, these take every branch of the summaries: each optional line and both Wayback endings.
    const reports: Report[] = [
      base,
      sampleReport({
        url: 'file:///home/reader/saved.html',
        author: { ...base.author, kind: 'organisation', names: ['Example Media'] },
        published: { ...base.published, value: '2026-11-22', timeZoneStated: false, ageDays: 1 },
        publisher: {
          ...base.publisher,
          canonicalUrl: 'https://wire.example.com/story',
          syndicated: true,
          sponsored: true,
          wireServices: ['AFP'],
          policies: POLICY_KINDS.map((kind) => ({ kind, href: `https://news.example.org/${kind}` })),
        },
        citations: { links: [{ href: 'javascript:alert(1)', text: 'x', kind: 'other', domain: null }], sourceCount: 1 },
        warnings: [{ code: 'no-date', severity: 'info', category: 'provenance', message: 'No date.', anchor: null }],
      }),
    ];
    const used = new Set<string>();
    const recording: Translate = (name) => {
      used.add(name);
      return messagesOf(locale)[name]?.message ?? name;
    };
    for (const report of reports) {
      renderMarkdown(report, recording);
      renderHtmlSummary(report, (html) => html, recording);
    }
    expect([...used].filter((name) => !messagesOf(locale)[name]?.message.trim())).toEqual([]);
  });

  test('the manifest description fits the stores\' 132-character limit', () => {
    for (const locale of LOCALES) expect(messagesOf(locale).extensionDescription?.message.length).toBeLessThanOrEqual(132);
  });
});
