import { parse } from 'tldts';

/**
 * The site a URL belongs to: its registrable domain from the public suffix list
 * (`www.lemonde.fr` → `lemonde.fr`, `news.bbc.co.uk` → `bbc.co.uk`), or, for a host
 * that has none, the host itself (`127.0.0.1`, `localhost`, an intranet name), so
 * that links between two pages of such a site are still self-links. Null for a URL
 * with no web host (mailto:, a relative or broken URL).
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
  const { domain, isIp } = parse(hostname, { allowPrivateDomains: false });
  if (domain !== null) return domain;
  return isIp === true || !hostname.includes('.') ? hostname.replace(/^\[|\]$/g, '') : null;
}
