import { articlePage } from './article';

export const HUGE_DOM_NODES = 100_000;
export const GIANT_TEXT_BYTES = 5 * 1024 * 1024;

/** The article followed by a related-links list big enough to make the document 100,000 nodes. */
export function hugeDomPage(): string {
  // Each item is three nodes (li, a, text); the article and page chrome add a few hundred.
  const items = Array.from({ length: Math.ceil(HUGE_DOM_NODES / 3) }, (_, i) => `<li><a href="/news/${i}">Related story ${i}</a></li>`);
  return articlePage({ afterArticle: `<aside class="related"><ul>${items.join('')}</ul></aside>` });
}

/** The article with one paragraph made of a single 5 MB text node. */
export function giantTextPage(): string {
  const sentence = 'The tide rose again over the quay and the water reached the doors of the shops. ';
  const text = sentence.repeat(Math.ceil(GIANT_TEXT_BYTES / sentence.length)).slice(0, GIANT_TEXT_BYTES);
  return articlePage({ extraParagraphs: `<p class="giant">${text}</p>` });
}
