import { listenOnLoopback, type StaticServer } from '../harness/static-server';
import { articlePage, framesetPage, iframePage, navigatesAwayPage, svgDocument, xmlFeed } from './pages/documents';
import { deepJsonLdPage, manyLinksPage, weakParagraphsPage } from './pages/exhausts';
import { hostileCssPage } from './pages/hostile-css';
import { giantTextPage, hugeDomPage } from './pages/huge-pages';
import { markupInMetadataPage } from './pages/markup-in-metadata';
import { prototypeOverridesPage } from './pages/prototype-overrides';
import { switchesOffPage } from './pages/switches-off';
import { takesOverMarksPage } from './pages/takes-over-marks';
import { talksToContentScriptPage } from './pages/talks-to-content-script';

interface Served {
  type: string;
  body: () => string;
}

const HTML = 'text/html; charset=utf-8';

/** Every hostile page, by path. Bodies are built on request; the big ones are cached once built. */
const ROUTES: Record<string, Served> = {
  '/article.html': { type: HTML, body: articlePage },
  '/markup-in-metadata.html': { type: HTML, body: markupInMetadataPage },
  '/hostile-css.html': { type: HTML, body: hostileCssPage },
  '/prototype-overrides.html': { type: HTML, body: prototypeOverridesPage },
  '/talks-to-content-script.html': { type: HTML, body: talksToContentScriptPage },
  '/huge-dom.html': { type: HTML, body: hugeDomPage },
  '/giant-text.html': { type: HTML, body: giantTextPage },
  '/frameset.html': { type: HTML, body: framesetPage },
  '/iframe.html': { type: HTML, body: iframePage },
  '/navigates-away.html': { type: HTML, body: navigatesAwayPage },
  '/drawing.svg': { type: 'image/svg+xml', body: svgDocument },
  '/feed.xml': { type: 'application/xml', body: xmlFeed },
  '/switches-off.html': { type: HTML, body: switchesOffPage },
  '/takes-over-marks.html': { type: HTML, body: takesOverMarksPage },
  '/deep-json-ld.html': { type: HTML, body: deepJsonLdPage },
  '/many-links.html': { type: HTML, body: manyLinksPage },
  '/weak-paragraphs.html': { type: HTML, body: weakParagraphsPage },
  // What an extension page would run if its CSP let it load a script from the web.
  '/remote.js': { type: 'text/javascript', body: () => 'window.remoteRan = true;' },
  '/pixel.svg': { type: 'image/svg+xml', body: () => '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>' },
};

/**
 * Serves the hostile pages on 127.0.0.1 (covered by the e2e build's host
 * permission). Pages are TypeScript templates rather than files so they share one
 * article and so the 100,000-node and 5 MB pages need not be committed; SVG and
 * XML get their real content types.
 */
export interface HostileServer extends StaticServer {
  /** Every path and query served, in order: what reached the server, whoever asked. */
  served: string[];
}

export async function startHostileServer(): Promise<HostileServer> {
  const cache = new Map<string, string>();
  const served: string[] = [];
  const server = await listenOnLoopback((request, response) => {
    served.push(request.url ?? '/');
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const route = ROUTES[path];
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = cache.get(path) ?? route.body();
    cache.set(path, body);
    response.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store' }).end(body);
  });
  return { ...server, served };
}
