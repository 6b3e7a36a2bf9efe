/**
 * `npm run demo`: the main job on a bundled sample article, end to end. Builds the
 * extension, serves the French sample article under its own site's name (resolved to
 * 127.0.0.1, so it is not taken for a copy of another site), loads the extension into
 * Chromium (headed when a display exists), analyses the page as the toolbar click
 * would, and saves what a reader would see under demo-output/, the real toolbar popup
 * included.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { summaryTranslator } from '../cli/summary-language';
import { renderMarkdown } from '../report/export-markdown';
import { analysePage } from '../e2e/harness/analyse-page';
import { missingBrowser } from '../e2e/harness/browsers';
import { FIXTURE_HOSTS, fixtureUrlOnItsSite, FRENCH_ARTICLE } from '../e2e/harness/fixture-pages';
import { launchChromium } from '../e2e/harness/launch-chromium';
import { e2eBuild, FIXTURES_DIR, REPO_ROOT } from '../e2e/harness/paths';
import { getOutcome, openControlPage, readPopup, setUiLanguage } from '../e2e/harness/popup';
import { waitForAnalysis } from '../e2e/harness/popup-layout';
import type { ExtensionBrowser, TestPage } from '../e2e/harness/test-page';
import { startStaticServer } from '../e2e/harness/static-server';

const OUTPUT_DIR = join(REPO_ROOT, 'demo-output');

/** A failure the user can act on: printed as one line, without a stack trace. */
class DemoError extends Error {}

/** Runs an npm script quietly; on failure, shows its output and stops the demo. */
function npmRun(script: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', script], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (error) => reject(new DemoError(`could not run npm: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) return resolve();
      process.stderr.write(Buffer.concat(output));
      reject(new DemoError(`\`npm run ${script}\` failed (exit ${code}); its output is above`));
    });
  });
}

function step(text: string): void {
  console.log(`• ${text}`);
}

async function main(): Promise<void> {
  const missing = missingBrowser('chromium');
  if (missing !== null) throw new DemoError(`the demo needs Chromium: ${missing}`);

  step('building the extension for Chrome and Firefox, with store zips (npm run zip)');
  await npmRun('zip');
  step('building the demo variant, which may script the sample sites served from 127.0.0.1 (npm run build:e2e)');
  await npmRun('build:e2e');

  const server = await startStaticServer(FIXTURES_DIR);
  const headless = !process.env.DISPLAY;
  const url = fixtureUrlOnItsSite(server.origin, FRENCH_ARTICLE.path);
  step(`launching Chromium ${headless ? 'headless (no DISPLAY)' : 'with a window'} on the sample article ${url} (served from 127.0.0.1)`);
  const browser = await launchChromium(e2eBuild('chromium'), { headless, loopbackHosts: Object.values(FIXTURE_HOSTS) });
  try {
    const control = await openControlPage(browser);
    const { page, popup, tabId } = await analysePage(browser, control, url);
    const view = await readPopup(popup);
    const outcome = await getOutcome(popup, tabId);
    if (outcome?.status !== 'ok') {
      throw new DemoError(`the extension did not analyse the sample article (popup state: ${view.state}; ${view.message ?? 'no message'})`);
    }

    await mkdir(OUTPUT_DIR, { recursive: true });
    await popup.screenshot(join(OUTPUT_DIR, 'popup.png'), '[data-testid="popup"]');
    await page.bringToFront();
    // The whole page, header to footer: the sample is short enough to read in one image.
    await page.screenshot(join(OUTPUT_DIR, 'page.png'), 'body');
    await writeFile(join(OUTPUT_DIR, 'report.json'), `${JSON.stringify(outcome.report, null, 2)}\n`);
    // The summary as the popup exports it in English (the default UI here) and in French (the article's language).
    await writeFile(join(OUTPUT_DIR, 'summary.md'), renderMarkdown(outcome.report, summaryTranslator('en')));
    await writeFile(join(OUTPUT_DIR, 'summary-fr.md'), renderMarkdown(outcome.report, summaryTranslator('fr')));
    const variants = await savePopupVariants(browser, control, page);

    step(`analysed: "${view.title}" by ${view.author}, published ${view.published}, ${view.publisher}; weak passages: ${view.warningCount}`);
    console.log(`\nSaved in ${relative(process.cwd(), OUTPUT_DIR) || '.'}/: popup.png, page.png, report.json, summary.md, summary-fr.md, ${variants.join(', ')}`);
    await printBuilds();

    if (!headless && process.stdin.isTTY) {
      const prompt = createInterface({ input: process.stdin, output: process.stdout });
      await prompt.question('\nThe browser stays open to look around; press Enter to close it. ');
      prompt.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The real toolbar popup's first screen in each UI language and theme, for review:
 * the language through the options' override (as a reader would set it), the theme
 * through the media query.
 */
async function savePopupVariants(browser: ExtensionBrowser, control: TestPage, page: TestPage): Promise<string[]> {
  if (!browser.openToolbarPopup) return [];
  const saved: string[] = [];
  for (const language of ['en', 'fr'] as const) {
    await setUiLanguage(control, language);
    const popup = await browser.openToolbarPopup(page);
    await waitForAnalysis(popup);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateColorScheme(scheme);
      const name = `popup-${language}-${scheme}.png`;
      await popup.screenshot(join(OUTPUT_DIR, name));
      saved.push(name);
    }
    await popup.close();
  }
  await setUiLanguage(control, null);
  return saved;
}

async function printBuilds(): Promise<void> {
  const output = join(REPO_ROOT, '.output');
  console.log('\nLoadable builds (load unpacked / load temporary add-on):');
  for (const dir of ['chrome-mv3', 'firefox-mv3']) {
    if (existsSync(join(output, dir))) console.log(`  ${relative(process.cwd(), join(output, dir))}`);
  }
  const zips = (await readdir(output)).filter((name) => name.endsWith('.zip')).sort();
  console.log('Store zips:');
  for (const zip of zips) console.log(`  ${relative(process.cwd(), join(output, zip))}`);
}

main().catch((error: unknown) => {
  if (!(error instanceof DemoError)) throw error;
  console.error(`demo: ${error.message}`);
  process.exitCode = 1;
});
