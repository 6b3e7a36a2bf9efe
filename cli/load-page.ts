import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { createGunzip } from 'node:zlib';
import { CliError } from './cli-error';
import { declaredUrl } from './declared-url';
import { decodeHtml } from './detect-encoding';
import { byteLimitText, MAX_PAGE_BYTES, readLimited } from './read-limited';

export interface LoadedPage {
  html: string;
  /**
   * The address the page is analysed as: `--url`; else the address a fetch ended at
   * (after redirects), or the address a saved file declares, or the file's own URL.
   */
  url: string;
}

export interface LoadOptions {
  /** The most bytes a page may have, as read or decompressed. */
  maxBytes?: number;
  /** How long a fetch may take, body included. */
  timeoutMs?: number;
}

const FETCH_TIMEOUT_MS = 20_000;

/** Reads a page from a file (plain or .gz) or fetches it from an http(s) URL, decoding it as a browser would. */
export async function loadPage(source: string, pageUrl: string | undefined, options: LoadOptions = {}): Promise<LoadedPage> {
  const maxBytes = options.maxBytes ?? MAX_PAGE_BYTES;
  if (/^https?:\/\//i.test(source)) {
    const fetched = await fetchPage(source, maxBytes, options.timeoutMs ?? FETCH_TIMEOUT_MS);
    return { html: checkHtml(decodeHtml(fetched.bytes, fetched.contentType), source), url: pageUrl ?? fetched.finalUrl };
  }
  const html = checkHtml(decodeHtml(await readPageFile(source, maxBytes)), source);
  return { html, url: pageUrl ?? declaredUrl(html) ?? pathToFileURL(source).href };
}

async function readPageFile(source: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(source);
    if (info.isDirectory()) throw new CliError(`${source}: is a directory, not an HTML file`);
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${source}: no such file`);
    throw new CliError(`${source}: cannot read (${code ?? 'unknown error'})`);
  }
  const limit = byteLimitText(maxBytes);
  if (size > maxBytes) throw new CliError(`${source}: larger than ${limit}, the most a page may be`);
  const file = createReadStream(source);
  if (!source.endsWith('.gz')) {
    return readLimited(file, maxBytes, () => `${source}: larger than ${limit}, the most a page may be`, () => file.destroy()).catch(fileError(source));
  }
  // Decompressed as a stream, so a small file that inflates to gigabytes stops at the limit.
  const gunzip = createGunzip();
  file.on('error', (error) => gunzip.destroy(error));
  return readLimited(
    file.pipe(gunzip),
    maxBytes,
    () => `${source}: decompresses to more than ${limit}, the most a page may be`,
    () => {
      file.destroy();
      gunzip.destroy();
    },
  ).catch((error: unknown) => {
    if (error instanceof CliError) throw error;
    if ((error as NodeJS.ErrnoException).code?.startsWith('Z_')) throw new CliError(`${source}: not a valid gzip file`);
    return fileError(source)(error);
  });
}

function fileError(source: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof CliError) throw error;
    throw new CliError(`${source}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  };
}

interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  /** Where the redirects, if any, ended. */
  finalUrl: string;
}

/**
 * Fetches a page within a time and a size: the timeout covers the body too, and the
 * body is read as a stream inside the same error handling, so a slow, endless or
 * inflating body ends in one line rather than a crash or all the memory there is.
 */
async function fetchPage(url: string, maxBytes: number, timeoutMs: number): Promise<Fetched> {
  const abort = new AbortController();
  const signal = AbortSignal.any([abort.signal, AbortSignal.timeout(timeoutMs)]);
  const limit = byteLimitText(maxBytes);
  const failed = (error: unknown, what: string): CliError => {
    if (error instanceof CliError) return error;
    if (signal.aborted && (signal.reason as Error | undefined)?.name === 'TimeoutError') return new CliError(`${url}: timed out after ${Math.round(timeoutMs / 1000)} s`);
    return new CliError(`${url}: ${what}`);
  };
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal });
  } catch (error) {
    throw failed(error, 'unreachable');
  }
  try {
    if (!response.ok) throw new CliError(`${url}: HTTP ${response.status} ${response.statusText}`.trim());
    const contentType = response.headers.get('content-type');
    if (contentType !== null && contentType !== '' && !/html|xml/i.test(contentType)) throw new CliError(`${url}: not an HTML page (${contentType})`);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) throw new CliError(`${url}: larger than ${limit}, the most a page may be`);
    const bytes = response.body === null ? new Uint8Array() : await readLimited(response.body, maxBytes, () => `${url}: larger than ${limit}, the most a page may be`, () => abort.abort());
    return { bytes, contentType, finalUrl: response.url || url };
  } catch (error) {
    abort.abort();
    throw failed(error, 'the connection failed while the page was read');
  }
}

/** Refuses what no browser would render as a page: empty input and binary files. */
function checkHtml(html: string, source: string): string {
  if (html.trim() === '') throw new CliError(`${source}: empty page`);
  if (html.includes('\u0000') || !/<[a-z!][^>]*>/i.test(html.slice(0, 65_536))) {
    throw new CliError(`${source}: not an HTML page`);
  }
  return html;
}
