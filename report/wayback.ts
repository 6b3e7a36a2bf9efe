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
}

/** Null for a page the archive cannot fetch (a local file, a non-web address). */
export function waybackLinks(pageUrl: string): WaybackLinks | null {
  const href = safeWebUrl(pageUrl);
  if (href === null) return null;
  const url = new URL(href);
  url.hash = '';
  return { lookUp: `https://web.archive.org/web/*/${url.href}`, save: `https://web.archive.org/save/${url.href}` };
}
