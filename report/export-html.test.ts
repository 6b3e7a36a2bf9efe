/** @vitest-environment jsdom */
import DOMPurify from 'dompurify';
import { describe, expect, test } from 'vitest';
import { localeTranslator } from '../tests/helpers/locale-messages';
import { sampleReport } from '../tests/helpers/sample-report';
import { HTML_EXPORT_PURIFY_CONFIG, renderHtmlSummary, type Purify } from './export-html';
import type { Report } from './schema';

const purify: Purify = (html) => DOMPurify.sanitize(html, HTML_EXPORT_PURIFY_CONFIG);
const base = sampleReport();
const LOCALES = ['en', 'fr'] as const;
const translators = { en: localeTranslator('en'), fr: localeTranslator('fr') };
const en = translators.en;
/** The summary's title, before the page's own. */
const TITLE_LABEL = { en: 'Sourcelight summary:', fr: 'Résumé Sourcelight :' };

function hostile(text: string, href = 'javascript:alert(1)'): Report {
  return sampleReport({
    article: { ...base.article, title: text },
    author: { ...base.author, names: [text], profileUrl: href },
    publisher: { ...base.publisher, name: text, canonicalUrl: href, wireServices: [text], corrections: [text], policies: [{ kind: 'ethics', href }] },
    citations: { links: [{ href, text, kind: 'news-outlet', domain: null }, { href: 'https://ok.example/', text, kind: 'study', domain: 'ok.example' }], sourceCount: 2 },
    warnings: [
      { ...base.warnings[0]!, message: text, anchor: { exact: text, prefix: '', suffix: '' } },
      // A code the locales do not know yet prints the report's own message.
      { code: 'not-yet-translated', severity: 'low', category: 'provenance', message: text, anchor: null },
    ],
  });
}

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** What a browser would run or load from the document. */
function activeContent(doc: Document): string[] {
  const found: string[] = [];
  for (const element of doc.querySelectorAll('*')) {
    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'IMG', 'SVG', 'FORM', 'BASE'].includes(element.tagName.toUpperCase())) found.push(element.tagName);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${element.tagName}[${attribute.name}]`);
      if (['href', 'src', 'action', 'formaction'].includes(attribute.name) && !/^https?:\/\//.test(attribute.value)) found.push(`${element.tagName}[${attribute.name}=${attribute.value}]`);
    }
  }
  return found;
}

describe('renderHtmlSummary', () => {
  test.each([
    ['the page URL', (doc: Document) => doc.querySelector(`a[href="${base.url}"]`)?.textContent, base.url],
    ['the analysis time', (doc: Document) => doc.querySelector('time')?.getAttribute('datetime'), base.retrievedAt],
    ['the article text SHA-256', (doc: Document) => doc.querySelector('[data-sha256]')?.textContent, 'a'.repeat(64)],
    ['the title', (doc: Document) => doc.querySelector('h1')?.textContent, `Sourcelight summary: ${base.article.title}`],
    ['a quoted passage', (doc: Document) => doc.querySelector('blockquote')?.textContent, 'Experts say the strike could last weeks'],
    ['the Wayback look-up', (doc: Document) => doc.querySelector('a[href^="https://web.archive.org/web/*/"]')?.getAttribute('href'), `https://web.archive.org/web/*/${base.url}`],
    ['the Wayback save link', (doc: Document) => doc.querySelector('a[href^="https://web.archive.org/save/"]')?.getAttribute('href'), `https://web.archive.org/save/${base.url}`],
  ])('shows %s', (_name, read, expected) => {
    expect(read(parse(renderHtmlSummary(base, purify, en)))).toBe(expected);
  });

  test.each([
    [
      'en',
      {
        lang: 'en',
        h1: 'Sourcelight summary: Dockers extend strike as talks stall',
        verdict: 'News · Named author · Published last week · What it stands on: 2 named sources (1 person, 1 document) · 1 anonymous · Weak passages: 2',
        inventory: '2 named sources (1 person, 1 document) · 1 anonymous',
        firstSource: 'Maria Lopez (person) — general secretary of the dockers’ union — first mention in the page',
        headings: ['What it stands on', 'Who', 'When', 'Where from', 'Weak passages (2)'],
        label: 'Vague attribution',
        firstPassage: 'Vague attribution (medium severity): The claim is credited to unnamed reports, experts or sources. Who said it, and where can it be checked?',
        wayback: 'Wayback Machine: Look up archived copies · Save a copy now',
      },
    ],
    [
      'fr',
      {
        lang: 'fr',
        h1: 'Résumé Sourcelight : Dockers extend strike as talks stall',
        verdict: 'Actualité · Auteur nommé · Publié la semaine dernière · Sur quoi il s’appuie : 2 sources nommées (1 personne, 1 document) · 1 anonyme · Passages faibles : 2',
        inventory: '2 sources nommées (1 personne, 1 document) · 1 anonyme',
        firstSource: 'Maria Lopez (personne) — general secretary of the dockers’ union — première mention dans la page',
        headings: ['Sur quoi il s’appuie', 'Qui', 'Quand', 'D’où', 'Passages faibles (2)'],
        label: 'Attribution vague',
        firstPassage: 'Attribution vague (gravité moyenne) : L’affirmation est attribuée à des rapports, experts ou sources non nommés. Qui l’a dit, et où le vérifier ?',
        wayback: 'Wayback Machine : Voir les copies archivées · Archiver une copie maintenant',
      },
    ],
  ] as const)('%s: the same report, worded and tagged in that language', (locale, expected) => {
    const doc = parse(renderHtmlSummary(base, purify, translators[locale]));
    expect(doc.documentElement.lang).toBe(expected.lang);
    expect(doc.querySelector('h1')?.textContent).toBe(expected.h1);
    expect(doc.title).toBe(expected.h1);
    expect(doc.querySelector('.verdict')?.textContent).toBe(expected.verdict);
    expect(doc.querySelector('.inventory')?.textContent).toBe(expected.inventory);
    expect(doc.querySelector('.sources li')?.textContent).toBe(expected.firstSource);
    expect(doc.querySelector('.sources li a')?.getAttribute('href')).toContain('#:~:text=said%20Maria%20Lopez');
    expect([...doc.querySelectorAll('h2')].map((heading) => heading.textContent)).toEqual(expected.headings);
    expect(doc.querySelector('.passages strong')?.textContent).toBe(expected.label);
    expect(doc.querySelector('.passages li')?.textContent).toBe(`${expected.firstPassage}Experts say the strike could last weeks`);
    expect(doc.querySelector('footer p:last-child')?.textContent).toBe(expected.wayback);
  });

  test('forbids scripts through its own CSP', () => {
    const csp = parse(renderHtmlSummary(base, purify, en)).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toContain("default-src 'none'");
  });

  test.each(
    LOCALES.flatMap((locale) =>
      [
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '<svg onload=alert(1)>',
        '"><script>alert(1)</script>',
        "'><a href=javascript:alert(1)>x</a>",
        '<iframe src="javascript:alert(1)"></iframe>',
        '<a href="javascript:alert(1)">click</a>',
        '[x](javascript:alert(1))',
        '</title><script>alert(1)</script>',
        '</style><script>alert(1)</script>',
        '<!--<img src="--><img src=x onerror=alert(1)//">',
        '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
      ].map((text) => [locale, text] as const),
    ),
  )('%s: page text %j stays text and runs nothing', (locale, text) => {
    const doc = parse(renderHtmlSummary(hostile(text), purify, translators[locale]));
    expect(activeContent(doc)).toEqual([]);
    expect(doc.querySelector('h1')?.textContent).toBe(`${TITLE_LABEL[locale]} ${text}`);
    expect(doc.querySelector('blockquote')?.textContent).toBe(text);
    expect(doc.title).toBe(`${TITLE_LABEL[locale]} ${text}`);
    expect(doc.querySelector('.sev-low')?.textContent?.endsWith(` ${text}`)).toBe(true);
  });

  test.each([['javascript:alert(1)'], ['JAVASCRIPT:alert(1)'], ['data:text/html,<script>alert(1)</script>'], ['vbscript:x'], ['https://ok.example/"onmouseover="alert(1)']])(
    'href %j is linked only when it is a plain web address',
    (href) => {
      const doc = parse(renderHtmlSummary(hostile('link text', href), purify, en));
      expect(activeContent(doc)).toEqual([]);
      for (const anchor of doc.querySelectorAll('a')) expect(anchor.getAttribute('href')).toMatch(/^https?:\/\/[^"\s]*$/);
    },
  );

  test.each<[string, Report]>([
    ['the sample', base],
    ['hostile strings', hostile('<b>x</b>')],
  ])('%s: every page-derived part goes through purify', (_name, report) => {
    const seen: string[] = [];
    renderHtmlSummary(
      report,
      (html) => {
        seen.push(html);
        return html;
      },
      en,
    );
    const title = report.article.title ?? '';
    expect(seen.some((html) => html.includes(title.replace(/</g, '&#60;').replace(/>/g, '&#62;')))).toBe(true);
    expect(seen.some((html) => html.startsWith('<a href='))).toBe(true);
    expect(seen.some((html) => html.includes((report.warnings[0]?.anchor?.exact ?? '').replace(/</g, '&#60;').replace(/>/g, '&#62;')))).toBe(true);
  });
});

describe('HTML_EXPORT_PURIFY_CONFIG keeps only what the export needs', () => {
  test.each([
    ['escaped text', 'a &lt;b&gt; &amp; c', 'a &lt;b&gt; &amp; c'],
    ['an http(s) link', '<a href="https://ok.example/a?b=1&amp;c=2" rel="noopener noreferrer">text</a>', '<a href="https://ok.example/a?b=1&amp;c=2" rel="noopener noreferrer">text</a>'],
    ['formatting the defaults allow', '<b>bold</b> <i>it</i> <u>u</u>', 'bold it u'],
    ['an image the defaults allow', 'x<img src="https://tracker.example/p.gif">y', 'xy'],
    ['SVG and MathML, content and all', '<svg><text>s</text></svg><math><mi>m</mi></math>', ''],
    ['data and aria attributes on a link', '<a href="https://ok.example/" data-x="1" aria-label="l" title="t">t</a>', '<a href="https://ok.example/">t</a>'],
    ['a mailto: link the defaults allow', '<a href="mailto:a@b.example">mail</a>', '<a>mail</a>'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['a handler', '<a href="https://ok.example/" onclick="alert(1)">x</a>', '<a href="https://ok.example/">x</a>'],
    ['a form the defaults allow', '<form action="https://evil.example/"><input name="q"></form>', ''],
  ])('%s', (_what, html, expected) => {
    expect(DOMPurify.sanitize(html, HTML_EXPORT_PURIFY_CONFIG)).toBe(expected);
  });
});
