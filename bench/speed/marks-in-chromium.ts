import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { executablePath, missingBrowser } from '../../e2e/harness/browsers';
import { startStaticServer } from '../../e2e/harness/static-server';
import type { MarkRequest } from '../../messaging/protocol';
import { marksPage } from './marks-page';
import { bundleForPage } from './page-bundle';

export interface MarksTiming {
  /** Milliseconds for `mark()` of all requests plus the layout it causes, one sample per run. */
  samples: number[];
  anchored: number;
  unanchored: number;
}

const ENTRY = fileURLToPath(new URL('./marks-entry.ts', import.meta.url));
const BUNDLE_NAME = 'SourcelightMarksBench';


interface PageResult {
  samples: number[];
  anchored: number;
  unanchored: number;
}

interface BenchGlobals {
  SourcelightMarksBench: { createMarksController(doc: Document): { mark(r: MarkRequest[]): { anchored: number[]; unanchored: number[] }; destroy(): void } };
}

/** Runs in the page: a fresh controller each run, so every sample anchors and draws from a clean page. */
function measureInPage({ requests, runs }: { requests: MarkRequest[]; runs: number }): PageResult {
  const { createMarksController } = (window as unknown as BenchGlobals).SourcelightMarksBench;
  const samples: number[] = [];
  let anchored = 0;
  let unanchored = 0;
  for (let run = 0; run < runs; run += 1) {
    const controller = createMarksController(document);
    // Lays out what the last run's cleanup changed, so this sample holds this run's layout only.
    void document.body.getBoundingClientRect().height;
    const start = performance.now();
    const summary = controller.mark(requests);
    // Reading layout makes the browser apply the new marks' styles now, inside the measure.
    void document.body.getBoundingClientRect().height;
    samples.push(performance.now() - start);
    anchored = summary.anchored.length;
    unanchored = summary.unanchored.length;
    controller.destroy();
  }
  return { samples, anchored, unanchored };
}

/** Anchors and draws `count` marks in a served article in headless Chromium, `runs` times. */
export async function timeMarksInChromium(count: number, runs: number): Promise<MarksTiming | string> {
  const missing = missingBrowser('chromium');
  if (missing !== null) return missing;
  const dir = await mkdtemp(join(tmpdir(), 'sourcelight-marks-bench-'));
  try {
    // page/marks-controller.ts and its imports, the way the content script carries them.
    const bundle = await bundleForPage(ENTRY, BUNDLE_NAME, dir);
    const { html, requests } = marksPage(count + 10, count);
    await writeFile(join(dir, 'article.html'), html);
    const server = await startStaticServer(dir);
    const browser = await chromium.launch({ executablePath: executablePath('chromium'), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/article.html`);
      await page.addScriptTag({ content: bundle });
      return await page.evaluate(measureInPage, { requests, runs });
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
