import { articlePage, escapeHtml } from './article';

/** Set by every payload; the test asserts it stays unset in the page and in the popup. */
export const PWNED_FLAG = '__sourcelightPwned';
const RUN = `window.${PWNED_FLAG}=1;alert('pwned')`;

export const TITLE_PAYLOAD = `Flood <img src=x onerror="${RUN}"> barrier <script>${RUN}</script>`;
const AUTHOR_PAYLOAD = `<b onmouseover="${RUN}">Margaret</b> Okafor<script>${RUN}</script>`;

/** JSON-LD strings may hold "</script>" only escaped (`<\/`), or the page itself would run the rest. */
const jsonLd = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: TITLE_PAYLOAD,
  author: { '@type': 'Person', name: `Margaret Okafor</script><script>${RUN}</script>`, url: `javascript:${RUN}` },
  publisher: { '@type': 'Organization', name: `<img src=x onerror="${RUN}">Gazette` },
  datePublished: '2026-03-14T08:30:00+00:00',
}).replace(/</g, '\\u003c');

/**
 * Script and markup everywhere the extension reads text: the title, the byline,
 * JSON-LD, meta tags, link text and `javascript:` links. The page itself runs none
 * of it (all of it is text or attribute values here); the extension must keep it so.
 */
export function markupInMetadataPage(): string {
  return articlePage({
    title: TITLE_PAYLOAD,
    head: `<meta name="author" content="${escapeHtml(AUTHOR_PAYLOAD)}">
<meta property="og:site_name" content="${escapeHtml(`<svg onload="${RUN}">Gazette`)}">
<meta name="description" content="${escapeHtml(`"><script>${RUN}</script>`)}">
<link rel="canonical" href="javascript:${escapeHtml(RUN)}">
<script type="application/ld+json">${jsonLd}</script>`,
    bylineName: escapeHtml(AUTHOR_PAYLOAD),
    extraParagraphs: `<p>Experts say ${escapeHtml(`<img src=x onerror="${RUN}">`)} is harmless, and <a href="javascript:${escapeHtml(RUN)}">${escapeHtml(`<script>${RUN}</script>`)} the minutes</a> say so too.</p>`,
  });
}
