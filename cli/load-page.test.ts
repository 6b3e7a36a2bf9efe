import { createServer, type RequestListener, type Server } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadPage } from './load-page';

const PAGE = '<!doctype html><html><head><title>Le café</title></head><body><p>Le café à Flore</p></body></html>';
/** The page in windows-1252: é is 0xE9, à is 0xE0. */
const PAGE_1252 = Buffer.from(PAGE, 'latin1');
const LIMIT = 64 * 1024;

const routes: Record<string, RequestListener> = {
  '/plain.html': (_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
  '/latin.html': (_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(PAGE_1252),
  '/moved': (_request, response) => response.writeHead(302, { location: '/plain.html' }).end(),
  '/slow-body.html': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.write('<html><body><p>');
  },
  '/endless.html': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    const chunk = `<p>${'x'.repeat(8 * 1024)}</p>`;
    // Bounded: four times the limit, far more than the reader may keep.
    for (let i = 0; i < (4 * LIMIT) / chunk.length; i++) response.write(chunk);
    response.end();
  },
  '/declared-huge.html': (_request, response) => response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(LIMIT * 2) }).end(),
  '/bomb.html': (_request, response) => response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(LIMIT * 8, 0x20))),
  '/image.png': (_request, response) => response.writeHead(200, { 'content-type': 'image/png' }).end('x'),
};

let server: Server;
let origin: string;
let dir: string;

beforeAll(async () => {
  server = createServer((request, response) => (routes[request.url ?? ''] ?? ((_q, r) => r.writeHead(404).end()))(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), 'sourcelight-load-page-'));
  await writeFile(join(dir, 'latin.html'), Buffer.concat([Buffer.from('<meta charset="windows-1252">'), PAGE_1252]));
  await writeFile(join(dir, 'utf16.html'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PAGE, 'utf16le')]));
  await writeFile(join(dir, 'page.html.gz'), gzipSync(PAGE));
  await writeFile(join(dir, 'bomb.html.gz'), gzipSync(Buffer.alloc(LIMIT * 8, 0x20)));
  await writeFile(join(dir, 'big.html'), Buffer.alloc(LIMIT * 2, 0x20));
  await writeFile(join(dir, 'broken.html.gz'), 'not gzip at all');
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

const options = { maxBytes: LIMIT, timeoutMs: 1000 };

describe('loadPage reads every page as a browser would', () => {
  test.each([
    ['UTF-8 over HTTP', () => `${origin}/plain.html`],
    ['windows-1252 by its Content-Type header', () => `${origin}/latin.html`],
    ['windows-1252 by its <meta>', () => join(dir, 'latin.html')],
    ['UTF-16 with a byte order mark', () => join(dir, 'utf16.html')],
    ['a gzip file', () => join(dir, 'page.html.gz')],
  ])('%s: the text comes out whole', async (_what, source) => {
    const { html } = await loadPage(source(), undefined, options);
    expect(html).toContain('<p>Le café à Flore</p>');
    expect(html).not.toContain('\uFFFD');
  });

  test('a redirect: the page is analysed as the address it ended at', async () => {
    expect((await loadPage(`${origin}/moved`, undefined, options)).url).toBe(`${origin}/plain.html`);
  });
});

describe('loadPage refuses bad input in one line', () => {
  test.each([
    ['a body that stops coming', () => `${origin}/slow-body.html`, /slow-body\.html: timed out after 1 s$/],
    ['an endless body', () => `${origin}/endless.html`, /endless\.html: larger than 64 KB, the most a page may be$/],
    ['a body declared too large', () => `${origin}/declared-huge.html`, /declared-huge\.html: larger than 64 KB/],
    ['a gzip bomb sent as Content-Encoding', () => `${origin}/bomb.html`, /bomb\.html: larger than 64 KB/],
    ['a gzip bomb file', () => join(dir, 'bomb.html.gz'), /bomb\.html\.gz: decompresses to more than 64 KB, the most a page may be$/],
    ['a file over the limit', () => join(dir, 'big.html'), /big\.html: larger than 64 KB/],
    ['a broken gzip file', () => join(dir, 'broken.html.gz'), /broken\.html\.gz: not a valid gzip file$/],
    ['an image', () => `${origin}/image.png`, /image\.png: not an HTML page \(image\/png\)$/],
    ['a missing page', () => `${origin}/missing.html`, /missing\.html: HTTP 404/],
    ['a missing file', () => join(dir, 'missing.html'), /missing\.html: no such file$/],
    ['a folder', () => dir, /: is a directory, not an HTML file$/],
  ])('%s', async (_what, source, message) => {
    await expect(loadPage(source(), undefined, options)).rejects.toThrow(message);
  });
});
