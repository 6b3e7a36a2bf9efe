import { describe, expect, test } from 'vitest';
import { runPipeline } from './run-pipeline';

/**
 * Inputs the fuzzers found that break the Node pipeline (linkedom + Readability),
 * kept as expected failures so they are not forgotten: each turns red once fixed,
 * and then belongs with the passing properties. Browsers are not affected (their
 * parser implies `<body>`). Fix proposed to the lead: imply `<body>` in
 * cli/parse-html.ts. Deep nesting (minutes at 1,500 levels, a stack overflow from about 2,300) and
 * giant `style` attributes (linkedom splits them with a quadratic regex) are too slow
 * to keep here; they are in docs/robustness.md with their inputs.
 */
const PARAGRAPH = '<p>Des rapports indiquent que la digue était fragile depuis des années, selon des experts, et 40 % des ouvrages sont concernés.</p>';

describe('known failures of the Node pipeline', () => {
  test.fails.each([
    ['no <body> tag after head content: Readability reads null.tagName', `<!doctype html><html><head><meta charset="utf-8">${PARAGRAPH}${PARAGRAPH}</html>`],
  ])('%s', (_name, html) => {
    expect(runPipeline(html, 'https://journal.example.fr/a').report.schemaVersion).toBe(1);
  });

  test('no <body> tag: the article text is lost (an empty analysis, not an error)', () => {
    const { report } = runPipeline(`<!doctype html><html><head><title>Digue</title></head>${PARAGRAPH}${PARAGRAPH}</html>`, 'https://journal.example.fr/a');
    // A browser puts these paragraphs in an implied <body>; linkedom leaves them out of it.
    expect(report.article.wordCount).toBe(0);
  });
});
