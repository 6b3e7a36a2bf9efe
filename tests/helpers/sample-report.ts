import { assertReport, type Report } from '../../report/schema';

/**
 * A complete, schema-valid report for component and export tests, built by hand so
 * those tests do not move when the rules improve. Overrides are shallow per section.
 */
export function sampleReport(overrides: Partial<Report> = {}): Report {
  const base: Report = {
    schemaVersion: 1,
    generator: { name: 'sourcelight', version: '0.1.0' },
    url: 'https://news.example.org/2026/11/14/port-strike.html',
    retrievedAt: '2026-11-23T10:00:00.000Z',
    article: {
      title: 'Dockers extend strike as talks stall',
      titleEvidence: [{ origin: 'meta', key: 'og:title', raw: 'Dockers extend strike as talks stall', value: 'Dockers extend strike as talks stall' }],
      lang: 'en',
      excerpt: 'Talks between the port authority and unions broke down on Friday.',
      wordCount: 640,
      textSha256: 'a'.repeat(64),
      readerable: true,
      section: 'Business',
      type: 'news',
      typeEvidence: [{ origin: 'json-ld', key: '@type', raw: 'NewsArticle', value: 'news' }],
      truncated: false,
      truncatedEvidence: [],
    },
    author: {
      names: ['Tom Hargreaves'],
      kind: 'person',
      profileUrl: 'https://news.example.org/staff/tom-hargreaves',
      confidence: 'high',
      conflict: false,
      evidence: [
        { origin: 'json-ld', key: 'NewsArticle.author', raw: 'Tom Hargreaves', value: 'Tom Hargreaves' },
        { origin: 'byline-element', key: '.byline', raw: 'By Tom Hargreaves, business correspondent', value: 'Tom Hargreaves' },
      ],
    },
    published: {
      value: '2026-11-14T08:45:00+00:00',
      timeZoneStated: true,
      confidence: 'high',
      conflict: false,
      evidence: [{ origin: 'meta', key: 'article:published_time', raw: '2026-11-14T08:45:00+00:00', value: '2026-11-14T08:45:00+00:00' }],
      ageDays: 9,
    },
    modified: { value: null, timeZoneStated: false, confidence: 'none', conflict: false, evidence: [] },
    publisher: {
      name: 'Example News',
      domain: 'example.org',
      canonicalUrl: 'https://news.example.org/2026/11/14/port-strike.html',
      syndicated: false,
      wireServices: [],
      sponsored: false,
      corrections: [],
      policies: [],
      confidence: 'high',
      conflict: false,
      evidence: [{ origin: 'meta', key: 'og:site_name', raw: 'Example News', value: 'Example News' }],
    },
    citations: {
      links: [
        { href: 'https://www.gov.uk/government/publications/port-report', text: 'the port report', kind: 'primary-document', domain: 'gov.uk' },
        { href: 'https://news.example.org/newsletter', text: 'Sign up', kind: 'promotion', domain: 'example.org' },
      ],
      sourceCount: 1,
    },
    sources: [
      {
        kind: 'person',
        name: 'Maria Lopez',
        description: null,
        role: 'general secretary of the dockers’ union',
        justified: false,
        links: [],
        passages: [{ exact: 'said Maria Lopez, general secretary of the dockers’ union', prefix: 'until the port pays, ', suffix: '. Talks' }],
      },
      {
        kind: 'document',
        name: 'the port report',
        description: null,
        role: null,
        justified: false,
        links: ['https://www.gov.uk/government/publications/port-report'],
        passages: [{ exact: 'the port report', prefix: 'published in ', suffix: ' last year' }],
      },
      {
        kind: 'anonymous',
        name: null,
        description: 'a senior port official',
        role: null,
        justified: false,
        links: [],
        passages: [{ exact: 'a senior port official said', prefix: 'Talks will resume, ', suffix: '.' }],
      },
    ],
    warnings: [
      {
        code: 'vague-attribution',
        severity: 'medium',
        category: 'sourcing',
        message: 'Claim credited to unnamed experts.',
        anchor: { exact: 'Experts say the strike could last weeks', prefix: 'on Friday. ', suffix: ', costing' },
      },
      {
        code: 'unsourced-figure',
        severity: 'medium',
        category: 'sourcing',
        message: 'A figure with no source.',
        anchor: { exact: '£40m a day', prefix: 'costing the economy ', suffix: '.' },
      },
    ],
  };
  return assertReport({ ...base, ...overrides });
}
