import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { executablePath, missingBrowser } from '../../e2e/harness/browsers';
import { listenOnLoopback } from '../../e2e/harness/static-server';
import type { CorpusPage } from './corpus-pages';
import { bundleForPage } from './page-bundle';
import { median } from './stats';

/** The first analysis of one language in a fresh process, against the same page once warm; medians of `RUNS` processes. */
export interface ColdStart {
  lang: string;
  id: string;
  /** Loading the pipeline's code (Node: modules through tsx; Chromium: evaluating both bundles). */
  loadMs: number;
  firstExtractMs: number;
  firstRulesMs: number;
  /** The same page again in the same process, fastest of several runs. */
  warmExtractMs: number;
  warmRulesMs: number;
}

/** A language and a corpus page written in it: the first page whose `<html lang>` says so. */
export interface LanguagePage {
  lang: string;
  page: CorpusPage;
}

const LANGUAGES = ['en', 'fr', 'de', 'es'];
const RUNS = 3;
const WARM_RUNS = 5;
const CHILD = fileURLToPath(new URL('./cold-start-child.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OPTIONS = { retrievedAt: '2026-11-23T12:00:00.000Z', generatorVersion: 'bench' };

/** One corpus page per language the rules have a lexicon or a pack for, chosen by the page's own `lang`. */
export function languagePages(pages: readonly CorpusPage[]): LanguagePage[] {
  return LANGUAGES.flatMap((lang) => {
    const page = pages.find((candidate) => new RegExp(`<html[^>]*\\slang=["']?${lang}(?![a-z])`, 'i').test(candidate.html));
    return page === undefined ? [] : [{ lang, page }];
  });
}

function medianOf(lang: string, id: string, runs: readonly Omit<ColdStart, 'lang' | 'id'>[]): ColdStart {
  const of = (key: keyof Omit<ColdStart, 'lang' | 'id'>): number => median(runs.map((run) => run[key]));
  return { lang, id, loadMs: of('loadMs'), firstExtractMs: of('firstExtractMs'), firstRulesMs: of('firstRulesMs'), warmExtractMs: of('warmExtractMs'), warmRulesMs: of('warmRulesMs') };
}

function runChild(file: string, url: string): Promise<Omit<ColdStart, 'lang' | 'id'>> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, url, String(WARM_RUNS)], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(JSON.parse(out) as Omit<ColdStart, 'lang' | 'id'>) : fail(new Error(`cold-start child exited with ${code}`))));
  });
}

/** In Node: each language's page analysed first thing in a new process (`cold-start-child.ts`), `RUNS` processes each. */
export async function timeColdStartNode(pages: readonly LanguagePage[]): Promise<ColdStart[]> {
  const dir = await mkdtemp(join(tmpdir(), 'sourcelight-cold-bench-'));
  try {
    const results: ColdStart[] = [];
    for (const { lang, page } of pages) {
      const file = join(dir, `${lang}.html`);
      await writeFile(file, page.html);
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await runChild(file, page.url));
      results.push(medianOf(lang, page.id, runs));
    }
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface ColdGlobals {
  SourcelightExtractionBench: { extractSnapshot(doc: Document, url: string): unknown };
  SourcelightRulesBench: { analyze(snapshot: unknown, options: typeof OPTIONS): unknown };
}

/**
 * Runs in the page: evaluates the extraction bundle then the rules bundle (as the
 * content script and a restarted background would), times the first extraction and
 * the first rules, then both again until warm. No inner named functions: tsx would
 * wrap them in a helper the page does not have.
 */
function measureColdInPage({ extraction, rules, url, options, warmRuns }: { extraction: string; rules: string; url: string; options: typeof OPTIONS; warmRuns: number }): Omit<ColdStart, 'lang' | 'id'> {
  const loadStart = performance.now();
  for (const source of [extraction, rules]) {
    const script = document.createElement('script');
    script.textContent = source;
    document.head.append(script);
  }
  const loadMs = performance.now() - loadStart;
  const globals = window as unknown as ColdGlobals;
  const extractStart = performance.now();
  const snapshot = globals.SourcelightExtractionBench.extractSnapshot(document, url);
  const rulesStart = performance.now();
  globals.SourcelightRulesBench.analyze(snapshot, options);
  const firstRulesMs = performance.now() - rulesStart;
  const firstExtractMs = rulesStart - extractStart;
  let warmExtractMs = Number.POSITIVE_INFINITY;
  let warmRulesMs = Number.POSITIVE_INFINITY;
  for (let run = 0; run < warmRuns; run += 1) {
    const start = performance.now();
    const again = globals.SourcelightExtractionBench.extractSnapshot(document, url);
    const middle = performance.now();
    globals.SourcelightRulesBench.analyze(again, options);
    warmExtractMs = Math.min(warmExtractMs, middle - start);
    warmRulesMs = Math.min(warmRulesMs, performance.now() - middle);
  }
  return { loadMs, firstExtractMs, firstRulesMs, warmExtractMs, warmRulesMs };
}

/**
 * In headless Chromium: each language's page served from the loopback address, in a
 * new browser context each run (its own renderer process, so no pattern or code
 * compiled for an earlier page is reused), `RUNS` runs each.
 */
export async function timeColdStartChromium(pages: readonly LanguagePage[]): Promise<ColdStart[] | string> {
  const missing = missingBrowser('chromium');
  if (missing !== null) return missing;
  const dir = await mkdtemp(join(tmpdir(), 'sourcelight-cold-chromium-'));
  const server = await listenOnLoopback((request, response) => {
    const page = pages[Number(new URL(request.url ?? '/', 'http://127.0.0.1').pathname.slice(1))]?.page;
    if (page === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
  });
  let browser: Browser | undefined;
  try {
    const extraction = await bundleForPage(fileURLToPath(new URL('./extraction-entry.ts', import.meta.url)), 'SourcelightExtractionBench', dir);
    const rules = await bundleForPage(fileURLToPath(new URL('./rules-entry.ts', import.meta.url)), 'SourcelightRulesBench', dir);
    browser = await chromium.launch({ executablePath: executablePath('chromium'), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const results: ColdStart[] = [];
    for (const [index, { lang, page }] of pages.entries()) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) {
        const context = await browser.newContext();
        try {
          await context.route((url) => !url.href.startsWith(server.origin), (route) => route.abort());
          const tab = await context.newPage();
          await tab.goto(`${server.origin}/${index}`, { waitUntil: 'load', timeout: 15_000 });
          runs.push(await tab.evaluate(measureColdInPage, { extraction, rules, url: page.url, options: OPTIONS, warmRuns: WARM_RUNS }));
        } finally {
          await context.close();
        }
      }
      results.push(medianOf(lang, page.id, runs));
    }
    return results;
  } finally {
    await browser?.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
