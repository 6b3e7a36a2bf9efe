import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { renderHtmlSummary } from '../../report/export-html';
import { renderMarkdown } from '../../report/export-markdown';
import { assertReport, type Report } from '../../report/schema';
import { localeTranslator } from '../helpers/locale-messages';
import { sampleReport } from '../helpers/sample-report';
import { fuzzParameters, propertyTimeoutMs } from './fuzz-config';
import { weirdText } from './html-arbitraries';

/** What a hostile page can put in any string of a report. */
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  '[x](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '`<b>`**bold**_[link]_',
  '<!--',
  ']]>',
];
const hostileText = fc.oneof(fc.constantFrom(...PAYLOADS), weirdText, fc.tuple(weirdText, fc.constantFrom(...PAYLOADS)).map(([a, b]) => a + b));

/** The sample report with every page-derived string replaced by hostile text. */
const hostileReport: fc.Arbitrary<Report> = fc
  .record({
    title: hostileText,
    author: hostileText,
    site: hostileText,
    href: hostileText,
    linkText: hostileText,
    exact: hostileText.filter((text) => text.length > 0),
    prefix: hostileText,
    url: fc.oneof(fc.webUrl(), hostileText),
  })
  .map(({ title, author, site, href, linkText, exact, prefix, url }) => {
    const base = sampleReport();
    return assertReport({
      ...base,
      url,
      article: { ...base.article, title, excerpt: title, section: site },
      author: { ...base.author, names: [author], profileUrl: href, evidence: base.author.evidence.map((e) => ({ ...e, raw: author, value: author })) },
      publisher: { ...base.publisher, name: site, canonicalUrl: href, wireServices: [site], corrections: [title], policies: [{ kind: 'corrections', href }] },
      citations: { ...base.citations, links: base.citations.links.map((link) => ({ ...link, href, text: linkText })) },
      warnings: [
        ...base.warnings.map((warning) => (warning.anchor ? { ...warning, anchor: { exact, prefix, suffix: prefix } } : warning)),
        // A code the locales do not know is explained by the report's own message.
        { code: 'not-yet-translated', severity: 'low', category: 'provenance', message: title, anchor: null },
      ],
    });
  });

/** Either summary language, with the heading it starts with. */
const language = fc.constantFrom(
  { t: localeTranslator('en'), heading: '# Sourcelight summary: ' },
  { t: localeTranslator('fr'), heading: '# Résumé Sourcelight : ' },
);

describe('exports of reports full of hostile page text', () => {
  test('renderMarkdown never throws and starts with its heading', () => {
    fc.assert(
      fc.property(hostileReport, language, (report, { t, heading }) => {
        expect(renderMarkdown(report, t).startsWith(heading)).toBe(true);
      }),
      fuzzParameters(0.5),
    );
  }, propertyTimeoutMs(0.5));

  test('renderHtmlSummary escapes on its own: with no sanitiser, no script, handler or javascript: link survives', () => {
    fc.assert(
      fc.property(hostileReport, language, (report, { t }) => {
        const { document } = parseHTML(renderHtmlSummary(report, (html) => html, t));
        const elements = [...document.querySelectorAll('*')];
        expect(document.querySelectorAll('script:not([type]), script[type="text/javascript"], img, svg, iframe').length).toBe(0);
        expect(elements.filter((element) => [...element.attributes].some((attribute) => /^on/i.test(attribute.name)))).toEqual([]);
        expect([...document.querySelectorAll('[href]')].filter((element) => !/^https?:/i.test(element.getAttribute('href') ?? ''))).toEqual([]);
      }),
      fuzzParameters(0.5),
    );
  }, propertyTimeoutMs(0.5));
});
