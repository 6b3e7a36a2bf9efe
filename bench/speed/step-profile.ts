import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { performance } from 'node:perf_hooks';
import { parseHtml } from '../../cli/parse-html';
import { bodyBlocks } from '../../extraction/body-blocks';
import { collectJsonLd } from '../../extraction/metadata/collect-json-ld';
import { collectPageLinks, collectRelLinks } from '../../extraction/metadata/collect-links';
import { collectMetaTags } from '../../extraction/metadata/collect-meta-tags';
import { collectMicrodata } from '../../extraction/metadata/collect-microdata';
import { collectTimeElements } from '../../extraction/metadata/collect-time-elements';
import { walkVisibleBody } from '../../extraction/metadata/walk-visible-body';
import { extractSnapshot } from '../../extraction/extract-snapshot';
import { registrableDomain } from '../../rules/domain';
import { decideProvenance } from '../../rules/provenance/decide-provenance';
import { analyzeSourcing } from '../../rules/sourcing/analyze-sourcing';
import { articleText } from '../../snapshot/article-snapshot';
import type { CorpusPage } from './corpus-pages';
import { median } from './stats';

export interface StepFigure {
  step: string;
  medianMs: number;
  totalMs: number;
}

const RETRIEVED_AT = '2026-11-23T12:00:00.000Z';

/**
 * Where the analysis spends its time: each step of extraction and the rules timed
 * on its own over every page, on the same parsed DOM. The steps are the ones
 * extractSnapshot and analyze call, so their sum is close to the whole.
 */
export function profileSteps(pages: readonly CorpusPage[]): StepFigure[] {
  const samples = new Map<string, number[]>();
  const time = <T>(step: string, run: () => T): T => {
    const start = performance.now();
    const result = run();
    const list = samples.get(step) ?? [];
    list.push(performance.now() - start);
    samples.set(step, list);
    return result;
  };
  for (const page of pages) {
    const doc = parseHtml(page.html, page.url);
    time('extract: collectJsonLd', () => collectJsonLd(doc));
    time('extract: walkVisibleBody (bylines, text lines)', () => walkVisibleBody(doc));
    time('extract: collectMetaTags', () => collectMetaTags(doc));
    time('extract: collectMicrodata', () => collectMicrodata(doc, page.url));
    time('extract: collectRelLinks + collectPageLinks', () => [collectRelLinks(doc, page.url), collectPageLinks(doc, page.url)]);
    time('extract: collectTimeElements', () => collectTimeElements(doc));
    time('extract: isProbablyReaderable', () => isProbablyReaderable(doc));
    const clone = time('extract: cloneNode(true) (content script only: the CLI hands its parse over)', () => doc.cloneNode(true) as Document);
    const parsed = time('extract: Readability.parse (on the clone)', () => new Readability<Node>(clone, { serializer: (node) => node }).parse());
    if (parsed?.content) time('extract: bodyBlocks', () => bodyBlocks(parsed.content as Element, page.url));
    const snapshot = extractSnapshot(doc, page.url);
    const pageDomain = registrableDomain(snapshot.url);
    time('rules: decideProvenance', () => decideProvenance(snapshot, { retrievedAt: RETRIEVED_AT, pageDomain }));
    time('rules: analyzeSourcing', () => analyzeSourcing(snapshot, { lang: snapshot.documentLang, pageDomain }));
    time('rules: articleText', () => articleText(snapshot));
  }
  return [...samples].map(([step, list]) => ({ step, medianMs: median(list), totalMs: list.reduce((sum, value) => sum + value, 0) }));
}
