import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { pageUrl, readGold, readPageHtml } from '../bench/accuracy/corpus';
import { analyzeHtml } from '../cli/analyze-html';
import { assertReport } from '../report/schema';

/** Warnings that say a step threw: the pipeline survives them, but no corpus page may need them. */
const STEP_FAILURES = ['body-unreadable', 'metadata-incomplete', 'analysis-incomplete'];

/**
 * Every page of the shared development corpus through the CLI pipeline: none may
 * throw, none may lose a step to an exception, every report must be schema-valid. The corpus lives beside the project
 * (../shared/corpus), not in a user's clone, hence the skip.
 */
const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
const present = existsSync(resolve(CORPUS_DIR, 'gold.jsonl'));
if (!present) console.warn(`skipping the corpus test: no corpus at ${CORPUS_DIR}`);
const pages = present ? readGold(CORPUS_DIR).pages : [];
const RETRIEVED_AT = '2026-11-23T12:00:00.000Z';
/** The biggest pages take a few seconds on a loaded machine; a hang still fails. */
const PAGE_TIMEOUT_MS = 30_000;

describe.skipIf(!present)('corpus pages through the CLI pipeline', () => {
  test('the corpus is not empty', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  test.each(pages.map((page) => [page.id, page] as const))('%s', (_id, page) => {
    const html = readPageHtml(CORPUS_DIR, page);
    const report = analyzeHtml(html, pageUrl(html, page), RETRIEVED_AT);
    expect(assertReport(report)).toEqual(report);
    expect(report.warnings.filter((warning) => STEP_FAILURES.includes(warning.code))).toEqual([]);
  }, PAGE_TIMEOUT_MS);
});
