import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { performance } from 'node:perf_hooks';
import { parseHtml } from '../../cli/parse-html';
import { bodyBlocks } from '../../extraction/body-blocks';
import { collectBylineElements } from '../../extraction/metadata/collect-byline-elements';
import { collectJsonLd } from '../../extraction/metadata/collect-json-ld';
import { collectPageLinks, collectRelLinks } from '../../extraction/metadata/collect-links';
import { collectMetaTags } from '../../extraction/metadata/collect-meta-tags';
import { collectMicrodata } from '../../extraction/metadata/collect-microdata';
import { collectTextLines } from '../../extraction/metadata/collect-text-lines';
import { collectTimeElements } from '../../extraction/metadata/collect-time-elements';
import { metadataElements } from '../../extraction/metadata/dom-text';
import { walkVisibleBody } from '../../extraction/metadata/walk-visible-body';
import { extractSnapshot } from '../../extraction/extract-snapshot';
import { keepRunningText } from '../../extraction/running-text';
import { analyze } from '../../rules/analyze';
import { decideArticleType } from '../../rules/article/decide-article-type';
import { detectTruncation } from '../../rules/article/detect-truncation';
import { registrableDomain } from '../../rules/domain';
import { readLanguage } from '../../rules/language/read-language';
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
 * on its own over every page, called as extractSnapshot and analyze call it (the
 * collectors on the one element query collectMetadata makes), so the steps add up
 * to close to the whole; the whole of each is timed too, on the same page.
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
    const elements = time('extract: metadataElements (the one query the collectors share)', () => metadataElements(doc));
    time('extract: collectJsonLd', () => collectJsonLd(elements));
    const body = time('extract: walkVisibleBody (bylines, text lines, headings)', () => walkVisibleBody(doc, page.url));
    time('extract: collectBylineElements + collectTextLines', () => [collectBylineElements(body.bylines, page.url), collectTextLines(body.lines, page.url)]);
    time('extract: collectMetaTags', () => collectMetaTags(elements));
    time('extract: collectMicrodata', () => collectMicrodata(elements, page.url));
    time('extract: collectRelLinks + collectPageLinks', () => [collectRelLinks(elements, page.url), collectPageLinks(elements, page.url)]);
    time('extract: collectTimeElements', () => collectTimeElements(elements));
    time('extract: isProbablyReaderable', () => isProbablyReaderable(doc));
    const clone = time('extract: cloneNode(true) (content script only: the CLI hands its parse over)', () => doc.cloneNode(true) as Document);
    time('extract: keepRunningText', () => keepRunningText(clone));
    const parsed = time('extract: Readability.parse (on the clone)', () => new Readability<Node>(clone, { serializer: (node) => node }).parse());
    if (parsed?.content) time('extract: bodyBlocks', () => bodyBlocks(parsed.content as Element, page.url));
    const snapshot = time('extract: extractSnapshot, whole (on its own parse, handed over)', () => extractSnapshot(parseHtml(page.html, page.url), page.url, { consumeDocument: true }));
    const pageDomain = registrableDomain(snapshot.url);
    const text = articleText(snapshot);
    const language = time('rules: readLanguage', () => readLanguage(text));
    const provenance = time('rules: decideProvenance', () => decideProvenance(snapshot, { retrievedAt: RETRIEVED_AT, pageDomain }));
    time('rules: analyzeSourcing', () => analyzeSourcing(snapshot, { lang: snapshot.documentLang, pageDomain, article: { text, language } }));
    time('rules: decideArticleType + detectTruncation', () => [decideArticleType(snapshot, provenance), detectTruncation(snapshot, 0)]);
    time('rules: analyze, whole', () => analyze(snapshot, { retrievedAt: RETRIEVED_AT, generatorVersion: 'bench' }));
  }
  return [...samples].map(([step, list]) => ({ step, medianMs: median(list), totalMs: list.reduce((sum, value) => sum + value, 0) }));
}
