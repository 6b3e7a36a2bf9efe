/**
 * Pages in legacy and UTF-16 encodings give the same report in the browser and in
 * the CLI: the same article text (its SHA-256, word count, title, excerpt) and the
 * same quoted passages. The CLI once read every page as UTF-8 ("Le caf\uFFFD") and
 * refused UTF-16 as "not an HTML page".
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../report/schema';
import { analysePage } from './harness/analyse-page';
import { skipBrowser } from './harness/browsers';
import { launchWithExtension } from './harness/launch-extension';
import { getOutcome, openControlPage } from './harness/popup';
import { cliReport, cliReportFetched } from './harness/run-cli';
import { listenOnLoopback, type StaticServer } from './harness/static-server';
import type { BrowserName, ExtensionBrowser, TestPage } from './harness/test-page';
import { ENCODED_PAGES } from './hostile/pages/encoded';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** Everything but the moment of analysis, which differs between any two runs. */
function comparable(report: Report): Partial<Report> {
  const copy: Partial<Report> = structuredClone(report);
  delete copy.retrievedAt;
  return copy;
}

let server: StaticServer;
let savedDir: string;

beforeAll(async () => {
  savedDir = await mkdtemp(join(tmpdir(), 'sourcelight-encodings-'));
  const pages = new Map(ENCODED_PAGES.map(([, page]) => [`/${page.name}`, { ...page, body: page.bytes() }]));
  for (const page of pages.values()) await writeFile(join(savedDir, page.name), page.body);
  server = await listenOnLoopback((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!page) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': page.contentType }).end(page.body);
  });
});

afterAll(async () => {
  await server?.close();
  await rm(savedDir, { recursive: true, force: true });
});

for (const name of BROWSERS) {
  describe.skipIf(skipBrowser(name))(`the CLI reads encoded pages as ${name} does`, () => {
    let browser: ExtensionBrowser;
    let control: TestPage;

    beforeAll(async () => {
      browser = await launchWithExtension(name);
      control = await openControlPage(browser);
    });

    afterAll(async () => {
      await browser?.close();
    });

    it.each(ENCODED_PAGES)('%s', async (_what, encoded) => {
      const url = `${server.origin}/${encoded.name}`;
      const { page, popup, tabId } = await analysePage(browser, control, url);
      const outcome = await getOutcome(popup, tabId);
      await popup.close();
      await page.close();
      // The Japanese page is read whole but, its words unspaced, not judged an article: its report is compared all the same.
      if (outcome?.status !== 'ok' && outcome?.status !== 'not-article') throw new Error(`expected a report, got ${JSON.stringify(outcome)}`);
      const fromCli = encoded.cliFetches ? await cliReportFetched(url) : await cliReport(join(savedDir, encoded.name), url);
      expect(fromCli.article.textSha256).toBe(outcome.report.article.textSha256);
      expect(fromCli.article.title).not.toContain('\uFFFD');
      expect(comparable(fromCli)).toEqual(comparable(outcome.report));
    });
  });
}
