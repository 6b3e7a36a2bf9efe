import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { bodyBlocks } from '../../extraction/body-blocks';
import { collectBylineElements } from '../../extraction/metadata/collect-byline-elements';
import { collectJsonLd } from '../../extraction/metadata/collect-json-ld';
import { collectPageLinks, collectRelLinks } from '../../extraction/metadata/collect-links';
import { collectMetaTags } from '../../extraction/metadata/collect-meta-tags';
import { collectMicrodata } from '../../extraction/metadata/collect-microdata';
import { collectTextLines } from '../../extraction/metadata/collect-text-lines';
import { collectTimeElements } from '../../extraction/metadata/collect-time-elements';
import { metadataElements, squash } from '../../extraction/metadata/dom-text';
import { walkVisibleBody } from '../../extraction/metadata/walk-visible-body';
import { keepRunningText } from '../../extraction/running-text';
import { extractSnapshot } from '../../extraction/extract-snapshot';

/** Milliseconds per extraction step on one document, each the fastest of its runs. */
export type StepTimes = Record<string, number>;

/**
 * Times each step of `extractSnapshot` on its own, called as it calls them (the
 * collectors on the one element query), `runs` times each, keeping the fastest. The
 * DOM is the caller's: in Chromium the live page. Readability and `keepRunningText`
 * get a fresh clone each run, as the content script gives them, the cloning untimed;
 * Readability alone and the whole extraction close the list, so the gap between the
 * whole and the sum of its steps shows.
 */
export function timeExtractionSteps(doc: Document, url: string, runs: number): StepTimes {
  const times: StepTimes = {};
  /** Times `run` on what `prepare` makes afresh each run (a clone), the preparing untimed. */
  const timeOn = <P, T>(step: string, prepare: () => P, run: (prepared: P) => T): T => {
    let result = run(prepare());
    let fastest = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < runs; attempt += 1) {
      const prepared = prepare();
      const start = performance.now();
      result = run(prepared);
      fastest = Math.min(fastest, performance.now() - start);
    }
    times[step] = fastest;
    return result;
  };
  const time = <T>(step: string, run: () => T): T => timeOn(step, () => null, run);
  const clone = (): Document => doc.cloneNode(true) as Document;
  const readyClone = (): Document => {
    const copy = clone();
    keepRunningText(copy);
    return copy;
  };
  const elements = time('metadataElements (the one query)', () => metadataElements(doc));
  time('collectJsonLd', () => collectJsonLd(elements));
  const body = time('walkVisibleBody', () => walkVisibleBody(doc, url));
  time('collectBylineElements + collectTextLines', () => [collectBylineElements(body.bylines, url), collectTextLines(body.lines, url)]);
  time('collectMetaTags', () => collectMetaTags(elements));
  time('collectMicrodata', () => collectMicrodata(elements, url));
  time('collectRelLinks + collectPageLinks', () => [collectRelLinks(elements, url), collectPageLinks(elements, url)]);
  time('collectTimeElements', () => collectTimeElements(elements));
  time('title', () => squash(doc.querySelector('title')?.textContent));
  time('isProbablyReaderable', () => isProbablyReaderable(doc));
  time('cloneNode(true)', clone);
  timeOn('keepRunningText', clone, keepRunningText);
  const parsed = timeOn('Readability.parse (as extraction runs it)', readyClone, (copy) => new Readability<Node>(copy, { serializer: (node) => node }).parse());
  if (parsed?.content) time('bodyBlocks', () => bodyBlocks(parsed.content as Element, url));
  time('Readability alone, clone included (the ratio\'s denominator)', () => new Readability(clone()).parse());
  time('extractSnapshot, whole', () => extractSnapshot(doc, url));
  return times;
}
