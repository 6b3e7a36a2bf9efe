import { isProbablyReaderable } from '@mozilla/readability';
import { performance } from 'node:perf_hooks';
import { parseHtml } from '../../cli/parse-html';
import { extractSnapshot } from '../../extraction/extract-snapshot';
import { collectMetadata } from '../../extraction/metadata/collect-metadata';
import { analyze } from '../../rules/analyze';
import { looksLikeArticle } from '../../rules/article-verdict';
import type { CorpusPage } from './corpus-pages';

export interface RejectTiming {
  /** Milliseconds to a "not an article" verdict, for each page that got one. */
  rejectedMs: number[];
  /** Pages that were judged articles after all (not timed as rejects). */
  accepted: string[];
  /**
   * For the same rejected pages, the cost of the cheap signals alone (metadata
   * candidates + isProbablyReaderable): what a reject would cost if extraction
   * declined before Readability when they show no article. A projection, not the product.
   */
  preCheckMs: number[];
}

const OPTIONS = { retrievedAt: '2026-11-23T12:00:00.000Z', generatorVersion: 'bench' };

/**
 * The cost of saying "not an article": the extension only knows after extraction
 * and the rules (shell/analyze-tab.ts), so that is what is timed, parse excluded.
 */
export function timeRejects(pages: readonly CorpusPage[]): RejectTiming {
  const rejectedMs: number[] = [];
  const preCheckMs: number[] = [];
  const accepted: string[] = [];
  for (const page of pages) {
    const doc = parseHtml(page.html, page.url);
    const start = performance.now();
    const report = analyze(extractSnapshot(doc, page.url), OPTIONS);
    const rejected = !looksLikeArticle(report);
    const elapsed = performance.now() - start;
    if (!rejected) {
      accepted.push(page.id);
      continue;
    }
    rejectedMs.push(elapsed);
    const preCheckStart = performance.now();
    collectMetadata(doc, page.url);
    isProbablyReaderable(doc);
    preCheckMs.push(performance.now() - preCheckStart);
  }
  return { rejectedMs, accepted, preCheckMs };
}
