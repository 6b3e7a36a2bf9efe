import type { RestrictedReason } from '../messaging/protocol';

/** Hosts of extension stores, where browsers forbid every extension to run scripts. */
const STORE_HOSTS = new Set(['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com']);

const BROWSER_SCHEMES = new Set(['chrome:', 'chrome-extension:', 'edge:', 'about:', 'moz-extension:', 'view-source:', 'devtools:', 'chrome-search:', 'resource:', 'data:', 'blob:']);

/**
 * Why a tab's page cannot be analysed, known from its URL before trying, or null
 * when it is worth a try. An unknown URL (the browser hides it until the reader
 * grants access) is worth a try: the injection itself then says.
 */
export function restrictedReason(url: string | undefined): RestrictedReason | null {
  if (url === undefined || url === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not-web';
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) return 'browser-page';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') return 'not-web';
  if (STORE_HOSTS.has(parsed.hostname) && (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) {
    return 'store-page';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf-viewer';
  return null;
}
