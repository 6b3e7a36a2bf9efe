const CANONICAL = /<link\b[^>]*\brel=["']?canonical\b[^>]*>/i;
const OG_URL = /<meta\b[^>]*\bproperty=["']?og:url\b[^>]*>/i;

/**
 * The address a saved page declares for itself (its canonical link, else og:url),
 * when it is an absolute http(s) URL. A saved file is best analysed as its own
 * address: its domain decides self-links and the publisher's domain. Read with a
 * pattern on the raw HTML, so a batch does not parse every page twice.
 */
export function declaredUrl(html: string): string | null {
  for (const pattern of [CANONICAL, OG_URL]) {
    const tag = pattern.exec(html)?.[0];
    const value = tag === undefined ? undefined : /\b(?:href|content)=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (value !== undefined && /^https?:\/\//i.test(value)) return value.replace(/&amp;/g, '&');
  }
  return null;
}
