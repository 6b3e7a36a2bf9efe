import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyzeHtml } from '../cli/analyze-html';
import { attemptStep } from '../snapshot/attempt-step';
import { stepWarnings } from '../rules/provenance/provenance-warnings';

const RETRIEVED_AT = '2026-11-23T12:00:00.000Z';
const fixture = (name: string): string => readFileSync(join(process.cwd(), 'tests/fixtures/provenance', name), 'utf8');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('one failing step never loses the page', () => {
  test('Readability throwing leaves the metadata, dates and author, and says the body was not read', () => {
    vi.spyOn(Readability.prototype, 'parse').mockImplementation(() => {
      throw new TypeError("Cannot read properties of null (reading 'tagName')");
    });
    const report = analyzeHtml(fixture('fr-with-metadata.html'), 'https://www.courrierduval.fr/politique/2026/11/14/budget-2027', RETRIEVED_AT);
    expect(report.article.title).toBe('Le conseil municipal vote le budget 2027');
    expect(report.author.names).toEqual(['Jeanne Dupont', 'AFP']);
    expect(report.published.value).toBe('2026-11-14T08:45:00+01:00');
    expect(report.publisher.name).toBe('Le Courrier du Val');
    expect(report.article.wordCount).toBe(0);
    expect(report.warnings.map((warning) => warning.code)).toContain('body-unreadable');
  });

  test('the same page read normally carries no step warning', () => {
    const report = analyzeHtml(fixture('fr-with-metadata.html'), 'https://www.courrierduval.fr/politique/2026/11/14/budget-2027', RETRIEVED_AT);
    expect(report.article.wordCount).toBeGreaterThan(0);
    const codes = report.warnings.map((warning) => warning.code);
    expect(codes).not.toContain('body-unreadable');
    expect(codes).not.toContain('metadata-incomplete');
    expect(codes).not.toContain('analysis-incomplete');
  });

  test('body text a parser leaves inside <head> still gives the page its headline and byline', () => {
    const paragraph = `<p>${'Les élus ont voté le budget, après un long débat, sans surprise et sans vote contre. '.repeat(6)}</p>`;
    const html = `<html><head><title>Le budget est voté</title><meta name="author" content="Jeanne Dupont"><div>${paragraph}${paragraph}</div></head><body><div>x</div></body></html>`;
    const report = analyzeHtml(html, 'https://journal.example.fr/budget', RETRIEVED_AT);
    expect(report.article.title).toBe('Le budget est voté');
    expect(report.author.names).toEqual(['Jeanne Dupont']);
  });
});

describe('attemptStep', () => {
  test('returns the step’s value and records nothing when it runs', () => {
    const failed: string[] = [];
    expect(attemptStep('title', failed, 'fallback', () => 'value')).toBe('value');
    expect(failed).toEqual([]);
  });

  test('returns the fallback and names the step when it throws', () => {
    const failed: string[] = [];
    expect(attemptStep('title', failed, 'fallback', () => {
      throw new Error('boom');
    })).toBe('fallback');
    expect(failed).toEqual(['title']);
  });
});

describe('stepWarnings', () => {
  test.each([
    ['nothing failed', [], [], []],
    ['the body', ['body'], [], ['body-unreadable']],
    ['a metadata reader', ['json-ld'], [], ['metadata-incomplete']],
    ['the body and a metadata reader', ['json-ld', 'body'], [], ['body-unreadable', 'metadata-incomplete']],
    ['a rule', [], ['author'], ['analysis-incomplete']],
  ])('%s', (_name, extraction, rules, codes) => {
    expect(stepWarnings(extraction, rules).map((warning) => warning.code)).toEqual(codes);
  });

  test('names the failed steps in the message', () => {
    expect(stepWarnings(['json-ld', 'microdata'], [])[0]?.message).toContain('json-ld, microdata');
  });
});
