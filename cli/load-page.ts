import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { CliError } from './cli-error';
import { declaredUrl } from './declared-url';

export interface LoadedPage {
  html: string;
  /** The address the page is analysed as: `--url`; else the fetched URL, or the address a saved file declares, or the file's own URL. */
  url: string;
}

const FETCH_TIMEOUT_MS = 20_000;

/** Reads a page from a file (plain or .gz) or fetches it from an http(s) URL. */
export async function loadPage(source: string, pageUrl: string | undefined): Promise<LoadedPage> {
  if (/^https?:\/\//i.test(source)) {
    const html = await fetchPage(source);
    return { html: checkHtml(html, source), url: pageUrl ?? source };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${source}: no such file`);
    if (code === 'EISDIR') throw new CliError(`${source}: is a directory, not an HTML file`);
    throw new CliError(`${source}: cannot read (${code ?? 'unknown error'})`);
  }
  if (source.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new CliError(`${source}: not a valid gzip file`);
    }
  }
  const html = checkHtml(bytes.toString('utf8'), source);
  return { html, url: pageUrl ?? declaredUrl(html) ?? pathToFileURL(source).href };
}

async function fetchPage(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'unreachable';
    throw new CliError(`${url}: ${reason}`);
  }
  if (!response.ok) throw new CliError(`${url}: HTTP ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type') ?? '';
  if (type !== '' && !/html|xml/i.test(type)) throw new CliError(`${url}: not an HTML page (${type})`);
  return response.text();
}

/** Refuses what no browser would render as a page: empty input and binary files. */
function checkHtml(html: string, source: string): string {
  if (html.trim() === '') throw new CliError(`${source}: empty page`);
  if (html.includes('\u0000') || !/<[a-z!][^>]*>/i.test(html.slice(0, 65_536))) {
    throw new CliError(`${source}: not an HTML page`);
  }
  return html;
}
