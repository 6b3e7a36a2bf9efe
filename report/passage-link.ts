import type { TextQuote } from './schema';
import { safeWebUrl } from './web-link';

/** Quotes longer than this many words are linked by their first and last words. */
const WHOLE_QUOTE_WORDS = 8;
const EDGE_WORDS = 4;

/** Percent-encodes a text-fragment term: `-`, `,` and `&` have a meaning in the fragment syntax. */
function term(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * An address that opens the page scrolled to a passage and highlights it (a URL text
 * fragment, `#:~:text=`), or null when the page has no web address.
 */
export function passageLink(pageUrl: string, quote: TextQuote): string | null {
  const safe = safeWebUrl(pageUrl);
  if (safe === null) return null;
  const words = quote.exact.trim().split(/\s+/u);
  const target =
    words.length <= WHOLE_QUOTE_WORDS
      ? term(words.join(' '))
      : `${term(words.slice(0, EDGE_WORDS).join(' '))},${term(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${safe.split('#')[0]}#:~:text=${target}`;
}
