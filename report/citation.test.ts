import { describe, expect, test } from 'vitest';
import { sampleReport } from '../tests/helpers/sample-report';
import { renderCitation } from './citation';

const base = sampleReport();

describe('renderCitation', () => {
  test.each([
    [
      'fr',
      base,
      'Tom Hargreaves, « Dockers extend strike as talks stall », Example News, 14 novembre 2026, https://news.example.org/2026/11/14/port-strike.html, consulté le 23 novembre 2026.',
    ],
    [
      'en',
      base,
      'Tom Hargreaves, “Dockers extend strike as talks stall,” Example News, November 14, 2026, https://news.example.org/2026/11/14/port-strike.html, accessed November 23, 2026.',
    ],
    [
      'fr',
      sampleReport({ author: { ...base.author, names: [], kind: 'none' }, published: { ...base.published, value: null, ageDays: null } }),
      '« Dockers extend strike as talks stall », Example News, s. d., https://news.example.org/2026/11/14/port-strike.html, consulté le 23 novembre 2026.',
    ],
    [
      'en',
      sampleReport({ author: { ...base.author, names: ['Ann Lee', 'Bob Ray'] }, publisher: { ...base.publisher, name: null } }),
      'Ann Lee, Bob Ray, “Dockers extend strike as talks stall,” example.org, November 14, 2026, https://news.example.org/2026/11/14/port-strike.html, accessed November 23, 2026.',
    ],
  ] as const)('%s: %#', (style, report, expected) => {
    expect(renderCitation(report, style)).toBe(expected);
  });
});
