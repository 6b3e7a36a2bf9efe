import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtensionBrowser } from './test-page';
import { waitUntil } from './wait-until';

/** The text of a file the browser downloaded under `fileName`, once it is complete. */
export function downloadedText(browser: ExtensionBrowser, fileName: string): Promise<string> {
  return waitUntil(`the download ${fileName}`, async () => {
    const text = await readFile(join(browser.downloadsDir, fileName), 'utf8').catch(() => undefined);
    return text === undefined || text === '' ? undefined : text;
  });
}
