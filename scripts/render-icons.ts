/**
 * Renders scripts/icon.svg to the PNG icons WXT picks up from public/ (icon-16.png…).
 * Headless Chromium rasterises the SVG, so no image library is needed. Run it after
 * editing the SVG and commit the PNGs: `npx tsx scripts/render-icons.ts`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { executablePath, missingBrowser } from '../e2e/harness/browsers';
import { REPO_ROOT } from '../e2e/harness/paths';

const SIZES = [16, 32, 48, 128];

async function main(): Promise<void> {
  const missing = missingBrowser('chromium');
  if (missing !== null) throw new Error(missing);
  const svg = await readFile(join(REPO_ROOT, 'scripts/icon.svg'));
  const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  const browser = await chromium.launch({ executablePath: executablePath('chromium'), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<body style="margin:0;background:transparent"><img src="${source}" width="${size}" height="${size}" style="display:block"></body>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const path = join(REPO_ROOT, `public/icon-${size}.png`);
      await page.screenshot({ path, omitBackground: true });
      console.log(`wrote ${path}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`render-icons: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
