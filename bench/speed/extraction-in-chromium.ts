import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { executablePath, missingBrowser } from '../../e2e/harness/browsers';
import { listenOnLoopback } from '../../e2e/harness/static-server';
import type { CorpusPage } from './corpus-pages';
import type { StepTimes, timeExtractionSteps } from './extraction-steps';
import { bundleForPage } from './page-bundle';

export interface ChromiumPageTiming {
  id: string;
  /** The content script's work: `extractSnapshot` on the live page (Readability on a clone inside). */
  extractionMs: number;
  /** Readability alone as a browser runs it: `new Readability(document.cloneNode(true)).parse()`. */
  readabilityMs: number;
  /** Each extraction step on its own, fastest of its runs (extraction-steps.ts). */
  steps: StepTimes;
}

export interface ChromiumTiming {
  pages: ChromiumPageTiming[];
  /** Pages that did not load or threw in the page, by id. */
  skipped: string[];
}

const ENTRY = fileURLToPath(new URL('./extraction-entry.ts', import.meta.url));
const BUNDLE_NAME = 'SourcelightExtractionBench';
/** Each page keeps its fastest of this many runs of each measure. */
const RUNS = 3;
const NAVIGATION_TIMEOUT_MS = 15_000;


interface BenchGlobals {
  SourcelightExtractionBench: {
    extractSnapshot(doc: Document, url: string): unknown;
    Readability: new (doc: Document) => { parse(): unknown };
    timeExtractionSteps: typeof timeExtractionSteps;
  };
}

/**
 * Runs in the page: both measures `runs` times, alternating which goes first, each
 * keeping its fastest. No inner named functions: tsx would wrap them in a helper the
 * page does not have.
 */
function measureInPage({ url, runs, readabilityFirst }: { url: string; runs: number; readabilityFirst: boolean }): { extractionMs: number; readabilityMs: number } {
  const { extractSnapshot, Readability } = (window as unknown as BenchGlobals).SourcelightExtractionBench;
  let extractionMs = Number.POSITIVE_INFINITY;
  let readabilityMs = Number.POSITIVE_INFINITY;
  for (let step = 0; step < runs * 2; step += 1) {
    const readabilityNow = (step % 2 === 0) === readabilityFirst;
    const start = performance.now();
    if (readabilityNow) new Readability(document.cloneNode(true) as Document).parse();
    else extractSnapshot(document, url);
    const elapsed = performance.now() - start;
    if (readabilityNow) readabilityMs = Math.min(readabilityMs, elapsed);
    else extractionMs = Math.min(extractionMs, elapsed);
  }
  return { extractionMs, readabilityMs };
}

/** Runs in the page: each extraction step on its own, after the whole is measured. */
function measureStepsInPage({ url, runs }: { url: string; runs: number }): StepTimes {
  return (window as unknown as BenchGlobals).SourcelightExtractionBench.timeExtractionSteps(document, url, runs);
}

async function timePage(page: Page, origin: string, index: number, corpusPage: CorpusPage, bundle: string): Promise<ChromiumPageTiming> {
  await page.goto(`${origin}/${index}`, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
  await page.addScriptTag({ content: bundle });
  const timing = await page.evaluate(measureInPage, { url: corpusPage.url, runs: RUNS, readabilityFirst: index % 2 === 0 });
  const steps = await page.evaluate(measureStepsInPage, { url: corpusPage.url, runs: RUNS });
  return { id: corpusPage.id, ...timing, steps };
}

/**
 * Times, in headless Chromium, the content script's extraction against Readability
 * alone on the same live page, for every corpus page served from the loopback
 * address. Requests anywhere else are refused, so a page costs what its own markup
 * costs; the page's scripts run, as on a reader's machine.
 */
export async function timeExtractionInChromium(pages: readonly CorpusPage[]): Promise<ChromiumTiming | string> {
  const missing = missingBrowser('chromium');
  if (missing !== null) return missing;
  const dir = await mkdtemp(join(tmpdir(), 'sourcelight-extraction-bench-'));
  const server = await listenOnLoopback((request, response) => {
    const page = pages[Number(new URL(request.url ?? '/', 'http://127.0.0.1').pathname.slice(1))];
    if (page === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
  });
  try {
    // extraction/ and Readability, minified as the content script is.
    const bundle = await bundleForPage(ENTRY, BUNDLE_NAME, dir);
    const browser = await chromium.launch({ executablePath: executablePath('chromium'), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const context = await browser.newContext();
      await context.route((url) => !url.href.startsWith(server.origin), (route) => route.abort());
      const page = await context.newPage();
      const timings: ChromiumPageTiming[] = [];
      const skipped: string[] = [];
      // A first pass over a few pages lets the JIT settle before anything is recorded.
      for (const [index, corpusPage] of pages.slice(0, 10).entries()) await timePage(page, server.origin, index, corpusPage, bundle).catch(() => null);
      for (const [index, corpusPage] of pages.entries()) {
        try {
          timings.push(await timePage(page, server.origin, index, corpusPage, bundle));
        } catch (error) {
          if (process.env.BENCH_DEBUG) console.error(error);
          skipped.push(corpusPage.id);
        }
      }
      return { pages: timings, skipped };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
