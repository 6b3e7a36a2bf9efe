import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../report/schema';
import { analysePage } from './harness/analyse-page';
import { skipBrowser } from './harness/browsers';
import { ENGLISH_ARTICLE, FRENCH_ARTICLE } from './harness/fixture-pages';
import { launchWithExtension } from './harness/launch-extension';
import { FIXTURES_DIR } from './harness/paths';
import { getOutcome, openControlPage } from './harness/popup';
import { cliReport } from './harness/run-cli';
import { startStaticServer, type StaticServer } from './harness/static-server';
import type { ExtensionBrowser, TestPage } from './harness/test-page';

/** Everything but the moment of analysis, which differs between any two runs. */
function comparable(report: Report): Partial<Report> {
  const copy: Partial<Report> = structuredClone(report);
  delete copy.retrievedAt;
  return copy;
}

describe.skipIf(skipBrowser('chromium'))('the same page gives the same report in Chromium and in the CLI', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let control: TestPage;

  beforeAll(async () => {
    server = await startStaticServer(FIXTURES_DIR);
    browser = await launchWithExtension('chromium');
    control = await openControlPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['English', ENGLISH_ARTICLE.path],
    ['French', FRENCH_ARTICLE.path],
  ])('%s article', async (_language, path) => {
    const url = `${server.origin}/${path}`;
    const { page, popup, tabId } = await analysePage(browser, control, url);
    const outcome = await getOutcome(popup, tabId);
    if (outcome?.status !== 'ok') throw new Error(`expected an ok outcome, got ${JSON.stringify(outcome)}`);

    const fromCli = await cliReport(join(FIXTURES_DIR, path), url);
    expect(comparable(fromCli)).toEqual(comparable(outcome.report));
    await popup.close();
    await page.close();
  });
});
