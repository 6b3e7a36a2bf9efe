/** @vitest-environment jsdom */
import DOMPurify from 'dompurify';
import { describe, expect, test } from 'vitest';
import { sampleReport } from '../tests/helpers/sample-report';
import { renderHtmlSummary, type Purify } from './export-html';
import type { Report } from './schema';

const purify: Purify = (html) => DOMPurify.sanitize(html);
const base = sampleReport();

function hostile(text: string, href = 'javascript:alert(1)'): Report {
  return sampleReport({
    article: { ...base.article, title: text },
    author: { ...base.author, names: [text], profileUrl: href },
    publisher: { ...base.publisher, name: text, canonicalUrl: href, wireServices: [text], policies: [{ kind: 'ethics', href }] },
    citations: { links: [{ href, text, kind: 'news-outlet', domain: null }, { href: 'https://ok.example/', text, kind: 'study', domain: 'ok.example' }], sourceCount: 2 },
    warnings: [{ ...base.warnings[0]!, message: text, anchor: { exact: text, prefix: '', suffix: '' } }],
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
    expect(read(parse(renderHtmlSummary(base, purify)))).toBe(expected);
  });

  test('forbids scripts through its own CSP', () => {
    const csp = parse(renderHtmlSummary(base, purify)).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toContain("default-src 'none'");
  });

  test.each([
    ['<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>'],
    ['<svg onload=alert(1)>'],
    ['"><script>alert(1)</script>'],
    ["'><a href=javascript:alert(1)>x</a>"],
    ['<iframe src="javascript:alert(1)"></iframe>'],
    ['<a href="javascript:alert(1)">click</a>'],
    ['[x](javascript:alert(1))'],
    ['</title><script>alert(1)</script>'],
    ['</style><script>alert(1)</script>'],
    ['<!--<img src="--><img src=x onerror=alert(1)//">'],
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ])('page text %j stays text and runs nothing', (text) => {
    const doc = parse(renderHtmlSummary(hostile(text), purify));
    expect(activeContent(doc)).toEqual([]);
    expect(doc.querySelector('h1')?.textContent).toBe(`Sourcelight summary: ${text}`);
    expect(doc.querySelector('blockquote')?.textContent).toBe(text);
    expect(doc.title).toBe(`Sourcelight summary: ${text}`);
  });

  test.each([['javascript:alert(1)'], ['JAVASCRIPT:alert(1)'], ['data:text/html,<script>alert(1)</script>'], ['vbscript:x'], ['https://ok.example/"onmouseover="alert(1)']])(
    'href %j is linked only when it is a plain web address',
    (href) => {
      const doc = parse(renderHtmlSummary(hostile('link text', href), purify));
      expect(activeContent(doc)).toEqual([]);
      for (const anchor of doc.querySelectorAll('a')) expect(anchor.getAttribute('href')).toMatch(/^https?:\/\/[^"\s]*$/);
    },
  );

  test.each<[string, Report]>([
    ['the sample', base],
    ['hostile strings', hostile('<b>x</b>')],
  ])('%s: every page-derived part goes through purify', (_name, report) => {
    const seen: string[] = [];
    renderHtmlSummary(report, (html) => {
      seen.push(html);
      return html;
    });
    const title = report.article.title ?? '';
    expect(seen.some((html) => html.includes(title.replace(/</g, '&#60;').replace(/>/g, '&#62;')))).toBe(true);
    expect(seen.some((html) => html.startsWith('<a href='))).toBe(true);
    expect(seen.some((html) => html.includes((report.warnings[0]?.anchor?.exact ?? '').replace(/</g, '&#60;').replace(/>/g, '&#62;')))).toBe(true);
  });
});
