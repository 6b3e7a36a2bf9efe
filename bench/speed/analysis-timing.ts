import { Readability } from '@mozilla/readability';
import { performance } from 'node:perf_hooks';
import { parseHtml } from '../../cli/parse-html';
import { extractSnapshot } from '../../extraction/extract-snapshot';
import { analyze } from '../../rules/analyze';
import type { CorpusPage } from './corpus-pages';

export interface PageTiming {
  id: string;
  /** Readability alone as its README runs it: `new Readability(doc.cloneNode(true)).parse()`. */
  readabilityMs: number;
  /** Readability alone on a parsed document of its own, with no clone (what a Node tool would do). */
  readabilityNoCloneMs: number;
  /** Extraction + rules: what the CLI does after parsing (Readability consumes its own parse). */
  analysisMs: number;
  extractMs: number;
  rulesMs: number;
}

const OPTIONS = { retrievedAt: '2026-11-23T12:00:00.000Z', generatorVersion: 'bench' };
const WARM_UP_PAGES = 20;

/**
 * Times Readability alone and the whole analysis as the CLI runs it, page by page:
 * Readability on a clone of one parse, Readability on a parse of its own, and the
 * analysis on a parse of its own (the CLI hands its parse over to Readability).
 * Parsing is never timed. The order of the measures alternates from page to page
 * so none always runs on a warmer cache. A first pass over a few pages lets the
 * JIT settle before anything is recorded.
 */
export function timeAnalysis(pages: readonly CorpusPage[], repeats: number): PageTiming[] {
  for (const page of pages.slice(0, WARM_UP_PAGES)) {
    const doc = parseHtml(page.html, page.url);
    new Readability(doc.cloneNode(true) as Document).parse();
    new Readability(parseHtml(page.html, page.url)).parse();
    analyze(extractSnapshot(doc, page.url, { consumeDocument: true }), OPTIONS);
  }
  return pages.map((page, index) => {
    const doc = parseHtml(page.html, page.url);
    const readability: number[] = [];
    const readabilityNoClone: number[] = [];
    const extract: number[] = [];
    const rules: number[] = [];
    for (let run = 0; run < repeats; run += 1) {
      const readabilityFirst = (index + run) % 2 === 0;
      if (readabilityFirst) readability.push(timeReadability(doc));
      const [e, r] = timePipeline(parseHtml(page.html, page.url), page.url);
      extract.push(e);
      rules.push(r);
      readabilityNoClone.push(timeReadabilityConsuming(parseHtml(page.html, page.url)));
      if (!readabilityFirst) readability.push(timeReadability(doc));
    }
    const extractMs = Math.min(...extract);
    const rulesMs = Math.min(...rules);
    return {
      id: page.id,
      readabilityMs: Math.min(...readability),
      readabilityNoCloneMs: Math.min(...readabilityNoClone),
      analysisMs: extractMs + rulesMs,
      extractMs,
      rulesMs,
    };
  });
}

function timeReadability(doc: Document): number {
  const start = performance.now();
  new Readability(doc.cloneNode(true) as Document).parse();
  return performance.now() - start;
}

function timeReadabilityConsuming(doc: Document): number {
  const start = performance.now();
  new Readability(doc).parse();
  return performance.now() - start;
}

function timePipeline(doc: Document, url: string): [extractMs: number, rulesMs: number] {
  const start = performance.now();
  const snapshot = extractSnapshot(doc, url, { consumeDocument: true });
  const extracted = performance.now();
  analyze(snapshot, OPTIONS);
  return [extracted - start, performance.now() - extracted];
}
