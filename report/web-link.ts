/**
 * A page-derived address as a safe web link: the URL parser's serialisation of an
 * http(s) URL (so spaces, quotes and angle brackets come out percent-encoded), or
 * null for anything else (`javascript:`, `data:`, `mailto:`, garbage). Exports only
 * ever link what this returns.
 */
export function safeWebUrl(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href;
}
