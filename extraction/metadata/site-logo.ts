import { ownHint, resolveHref } from './dom-text';

/** Class or id words of a heading that holds the site's logo or name, not a headline. */
const LOGO_HINT = /logo|brand|site[-_]?(?:title|name)|masthead|navbar|topbar/;

/** A folder's own page: "/blog/", "/blog/index.html" are "/blog". */
const INDEX_PAGE = /\/(?:index\.\w+)?$/;

/** Whether `target` is the site's home or a page above `pageUrl` (its blog's or section's front). */
function leadsUp(target: string, pageUrl: string): boolean {
  try {
    const to = new URL(target);
    const from = new URL(pageUrl);
    if (to.host !== from.host) return false;
    const path = to.pathname.replace(INDEX_PAGE, '');
    const here = from.pathname.replace(INDEX_PAGE, '');
    return path === '' || (here !== path && here.startsWith(`${path}/`));
  } catch {
    return false;
  }
}

/**
 * Whether an `<h1>` is the site's logo or name: so marked by its class or id, or a
 * link to the site's home or to a page above this one. A headline links to itself,
 * if anywhere.
 */
export function isSiteLogo(heading: Element, pageUrl: string): boolean {
  if (LOGO_HINT.test(ownHint(heading))) return true;
  const link = heading.tagName.toUpperCase() === 'A' ? heading : heading.querySelector('a[href]');
  const href = resolveHref(link?.getAttribute('href') ?? null, pageUrl);
  return href !== null && leadsUp(href, pageUrl);
}
