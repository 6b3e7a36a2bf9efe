import { performance } from 'node:perf_hooks';
import { parseHtml } from '../../cli/parse-html';
import { extractSnapshot } from '../../extraction/extract-snapshot';
import { analyze } from '../../rules/analyze';
import { looksLikeArticle } from '../../rules/article-verdict';
import type { CorpusPage } from './corpus-pages';

export interface RejectTiming {
  /** Milliseconds to a "not an article" verdict, for each page that got one. */
  rejectedMs: number[];
  /** Pages that were judged articles after all (not timed as rejects). */
  accepted: string[];
}

const OPTIONS = { retrievedAt: '2026-11-23T12:00:00.000Z', generatorVersion: 'bench' };

/**
 * The cost of saying "not an article": the extension only knows after extraction
 * and the rules (shell/analyze-tab.ts), so that is what is timed, parse excluded.
 */
export function timeRejects(pages: readonly CorpusPage[]): RejectTiming {
  const rejectedMs: number[] = [];
  const accepted: string[] = [];
  for (const page of pages) {
    const doc = parseHtml(page.html, page.url);
    const start = performance.now();
    const report = analyze(extractSnapshot(doc, page.url), OPTIONS);
    const rejected = !looksLikeArticle(report);
    const elapsed = performance.now() - start;
    if (rejected) rejectedMs.push(elapsed);
    else accepted.push(page.id);
  }
  return { rejectedMs, accepted };
}
