import { getDomain } from 'tldts';

/**
 * The registrable domain of a URL (`www.lemonde.fr` → `lemonde.fr`,
 * `news.bbc.co.uk` → `bbc.co.uk`), from the public suffix list, or null for a URL
 * that has none (mailto:, an IP address, a relative or broken URL).
 */
export function registrableDomain(url: string): string | null {
  let hostname: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    hostname = parsed.hostname;
  } catch {
    return null;
  }
  return getDomain(hostname, { allowPrivateDomains: false });
}
