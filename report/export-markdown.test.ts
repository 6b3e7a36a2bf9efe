import { describe, expect, test } from 'vitest';
import { sampleReport } from '../tests/helpers/sample-report';
import { renderMarkdown } from './export-markdown';
import type { Report } from './schema';

const base = sampleReport();

/** A report whose page-derived strings try to break out of their place. */
function hostile(text: string, href = 'javascript:alert(1)'): Report {
  return sampleReport({
    article: { ...base.article, title: text },
    author: { ...base.author, names: [text], profileUrl: href },
    publisher: { ...base.publisher, name: text, canonicalUrl: href, policies: [{ kind: 'corrections', href }] },
    citations: { links: [{ href, text, kind: 'other', domain: null }], sourceCount: 1 },
    warnings: [{ ...base.warnings[0]!, anchor: { exact: text, prefix: '', suffix: '' } }],
  });
}

/** Every Markdown link and autolink destination in a document. */
function destinations(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(<([^>]*)>\)|(?<!\\)<([^>\s]+)>/g)].map((match) => match[1] ?? match[2] ?? '');
}

describe('renderMarkdown', () => {
  test.each([
    ['the page URL', `- **Page:** <${base.url}>`],
    ['the analysis time', base.retrievedAt],
    ['the text fingerprint', `\`${'a'.repeat(64)}\``],
    ['a source link', '[the port report](<https://www.gov.uk/government/publications/port-report>)'],
    ['a quoted passage', '  > Experts say the strike could last weeks'],
    ['the Wayback look-up', `<https://web.archive.org/web/*/${base.url}>`],
    ['the Wayback save link', `<https://web.archive.org/save/${base.url}>`],
  ])('shows %s', (_name, expected) => {
    expect(renderMarkdown(base)).toContain(expected);
  });

  test.each([
    ['<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>'],
    ['[x](javascript:alert(1))'],
    ['![x](https://evil.example/track.png)'],
    ['**bold** _it_ `code` # heading | table |'],
    ['line one\n# injected heading\n- injected item'],
    ['<https://evil.example/>'],
  ])('page text %j stays inert text', (text) => {
    const markdown = renderMarkdown(hostile(text));
    expect(markdown).not.toContain(text);
    expect(markdown).not.toMatch(/^# injected/m);
    for (const destination of destinations(markdown)) expect(destination).toMatch(/^https:\/\//);
  });

  test.each([['javascript:alert(1)'], ['JaVaScRiPt:alert(1)'], [' javascript:alert(1)'], ['data:text/html,<script>alert(1)</script>'], ['vbscript:msgbox(1)']])(
    'href %j is never a link',
    (href) => {
      const markdown = renderMarkdown(hostile('click me', href));
      expect(destinations(markdown).filter((destination) => !destination.startsWith('https://'))).toEqual([]);
      expect(markdown).toContain('click me (not a web link:');
    },
  );

  test('an http(s) href with brackets cannot close its destination', () => {
    const markdown = renderMarkdown(hostile('x', 'https://evil.example/a>b)<c'));
    expect(markdown).toContain('[x](<https://evil.example/a%3Eb)%3Cc>)');
  });
});
