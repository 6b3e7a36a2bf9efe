import { ownHint, resolveHref, squash } from './dom-text';

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

/** A site shows its logo once or twice (header, footer); the first few are enough. */
const MAX_LOGO_NAMES = 3;
const MAX_LOGO_NAME_LENGTH = 80;

/** The name a logo image gives: an SVG's `<title>` or an image's alt text. */
function logoName(link: Element): string {
  const svgTitle = link.querySelector('svg title');
  if (svgTitle !== null) return squash(svgTitle.textContent);
  return squash(link.querySelector('img[alt]')?.getAttribute('alt'));
}

/** The link's own text, its SVG's title aside (a logo link's text is nothing, or the name itself). */
function shownText(link: Element, name: string): string {
  const text = squash(link.textContent);
  return text === name || !text.startsWith(name) ? text : squash(text.slice(name.length));
}

/**
 * The names the site's logo gives where the page writes them nowhere else: an image
 * or an SVG in a link to the site's home or to a page above this one, with no text of
 * its own beside that name. The rules decide whether a name is the site's.
 */
export function collectLogoNames(elements: readonly Element[], pageUrl: string): string[] {
  const names: string[] = [];
  for (const element of elements) {
    if (names.length >= MAX_LOGO_NAMES) break;
    // Most links hold only text: the selector queries below run on the few that hold an image.
    if (element.tagName.toUpperCase() !== 'A' || element.firstElementChild === null) continue;
    const name = logoName(element);
    if (name === '' || name.length > MAX_LOGO_NAME_LENGTH || names.includes(name)) continue;
    const text = shownText(element, name);
    if (text !== '' && text !== name) continue;
    const href = resolveHref(element.getAttribute('href'), pageUrl);
    if (href !== null && leadsUp(href, pageUrl)) names.push(name);
  }
  return names;
}
