import { safeWebUrl } from './web-link';

/**
 * Wayback Machine addresses for a page. They are only ever offered as plain links:
 * nothing reaches archive.org unless the reader follows one. The fragment is dropped
 * because the archive keys copies by the address without it.
 */
export interface WaybackLinks {
  /** Lists the archived copies of the page. */
  lookUp: string;
  /** Asks the archive to take a copy now. */
  save: string;
  /**
   * The address has a query string: the archive keys copies by it, so another
   * reader's copy may differ, and a query may carry a session or a token.
   */
  hasQuery: boolean;
}

/** Top-level names that never reach the public web (RFC 2606, 6761, 6762, 8375, and common intranet names). */
const PRIVATE_TOP_LEVELS = new Set(['localhost', 'localdomain', 'local', 'internal', 'intranet', 'lan', 'home', 'corp', 'private', 'test', 'example', 'invalid', 'onion', 'arpa']);

/** This network, private, shared (CGNAT), loopback and link-local IPv4 ranges: the archive cannot reach them. */
function isPrivateIpv4(host: string): boolean {
  const [a = 0, b = 0] = host.split('.').map(Number);
  return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/**
 * Whether the archive could fetch a host: a name under a public top-level domain, or
 * a public IP address. Loopback, intranet and link-local addresses are not offered:
 * the archive cannot reach them, and a link would tell it they exist.
 */
function isPublicHost(hostname: string): boolean {
  // The URL parser has normalised IPv4 to four decimal parts and put IPv6 in brackets.
  if (hostname.startsWith('[')) return /^\[[23][0-9a-f]{0,3}:/i.test(hostname);
  if (/^\d+\.\d+\.\d+\.\d+$/.test(hostname)) return !isPrivateIpv4(hostname);
  const labels = hostname.replace(/\.$/, '').split('.');
  const top = labels[labels.length - 1] ?? '';
  return labels.length >= 2 && /^(?:[a-z]{2,}|xn--[a-z0-9-]+)$/.test(top) && !PRIVATE_TOP_LEVELS.has(top);
}

/** Null for a page the archive cannot fetch (a local file, a non-web or non-public address). */
export function waybackLinks(pageUrl: string): WaybackLinks | null {
  const href = safeWebUrl(pageUrl);
  if (href === null) return null;
  const url = new URL(href);
  if (!isPublicHost(url.hostname)) return null;
  url.hash = '';
  return { lookUp: `https://web.archive.org/web/*/${url.href}`, save: `https://web.archive.org/save/${url.href}`, hasQuery: url.search !== '' };
}
