import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { analyzeHtml } from './analyze-html';
import { CliError, errorLine } from './cli-error';
import { isHttpUrl } from './http-url';
import { loadPage } from './load-page';

export interface ManifestSummary {
  pages: number;
  failed: number;
}

/**
 * Analyses every page a manifest lists and writes one JSON line per page, in order,
 * as soon as it is done: a bad page (or a bad line) gets an `error` line and the run
 * goes on. Page paths are relative to the manifest's folder.
 */
export async function runManifest(
  manifestPath: string,
  write: (line: string) => void,
  progress: (done: number, failed: number) => void,
): Promise<ManifestSummary> {
  try {
    await access(manifestPath);
  } catch {
    throw new CliError(`${manifestPath}: no such manifest`);
  }
  const baseDir = dirname(resolve(manifestPath));
  const lines = createInterface({ input: createReadStream(manifestPath, 'utf8'), crlfDelay: Infinity });
  let pages = 0;
  let failed = 0;
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (line.trim() === '') continue;
      pages += 1;
      const result = await analyzeManifestLine(line, lineNumber, baseDir);
      if ('error' in result) failed += 1;
      // Each line is made whole before it is written, in one write.
      write(JSON.stringify(result));
      progress(pages, failed);
      // Lets timers and GC run between pages, so a long batch does not hold every DOM.
      await nextTurn();
    }
  } catch (error) {
    // The manifest itself could not be read on (a folder, a file gone): the lines written so far stand, each whole.
    throw new CliError(`${manifestPath}: cannot read past line ${lineNumber} (${(error as NodeJS.ErrnoException).code ?? errorLine(error)})`);
  }
  return { pages, failed };
}

type ManifestResult = { id: unknown; report: unknown } | { id: unknown; error: string };

async function analyzeManifestLine(line: string, lineNumber: number, baseDir: string): Promise<ManifestResult> {
  let entry: unknown;
  try {
    entry = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${lineNumber}: not JSON` };
  }
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return { id: null, error: `line ${lineNumber}: expected an object {"id","path","url"}` };
  }
  const { id = null, path, url } = entry as Record<string, unknown>;
  if (typeof path !== 'string' || path === '') return { id, error: `line ${lineNumber}: "path" is missing` };
  if (url !== undefined && url !== null && typeof url !== 'string') return { id, error: `line ${lineNumber}: "url" must be a string` };
  // The same check as --url: a page is analysed as a web address or as its own file.
  if (typeof url === 'string' && !isHttpUrl(url)) return { id, error: `line ${lineNumber}: "url" ${JSON.stringify(url.slice(0, 100))} is not an http(s) URL` };
  try {
    const page = await loadPage(resolve(baseDir, path), url ?? undefined);
    return { id, report: analyzeHtml(page.html, page.url) };
  } catch (error) {
    return { id, error: errorLine(error) };
  }
}
