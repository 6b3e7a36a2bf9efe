import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { articleText } from '../../snapshot/article-snapshot';
import { renderMarkdown } from '../../report/export-markdown';
import { localeTranslator } from '../helpers/locale-messages';
import { basePages } from './base-pages';
import { fuzzParameters, HANG_GUARD_MS, propertyTimeoutMs } from './fuzz-config';
import { mutatedPage, randomPage } from './html-arbitraries';
import { runPipeline, type PipelineRun } from './run-pipeline';

const URLS = ['https://news.example.org/2026/11/14/story.html', 'https://journal.example.fr/a', 'http://127.0.0.1:8080/x?y=1#z', 'file:///tmp/page.html'];
const url = fc.constantFrom(...URLS);
const english = localeTranslator('en');

/** Everything the pipeline promises on any input: a valid report (checked in runPipeline), anchors in the text, a bounded run, an exportable report. */
function checkRun(run: PipelineRun): void {
  expect(run.elapsedMs).toBeLessThan(HANG_GUARD_MS);
  const text = articleText(run.snapshot);
  for (const warning of run.report.warnings) {
    if (warning.anchor === null) continue;
    const { prefix, exact, suffix } = warning.anchor;
    expect(text).toContain(prefix + exact + suffix);
  }
  expect(renderMarkdown(run.report, english)).toMatch(/^# Sourcelight summary: /);
}

const PROPERTIES = [
  { name: 'mutated saved articles', share: 0.6, pages: mutatedPage(basePages()) },
  { name: 'random tag soup', share: 0.4, pages: randomPage },
];

describe('parse → extract → analyse never throws', () => {
  test.each(PROPERTIES)('$name', ({ share, pages }) => {
    fc.assert(
      fc.property(pages, url, (html, pageUrl) => {
        checkRun(runPipeline(html, pageUrl));
      }),
      fuzzParameters(share),
    );
  }, propertyTimeoutMs(0.6));
});
