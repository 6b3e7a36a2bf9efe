import type { PageLink, RelLink } from '../../snapshot/article-snapshot';
import { clip, metadataElements, resolveHref, squash } from './dom-text';

const MAX_REL_LINKS = 100;
const MAX_PAGE_LINKS = 150;
const INTERESTING_REL = /\b(?:author|canonical|publisher|me|amphtml)\b/i;

/** `<link>` and `<a>` with a rel the rules read: author, canonical, publisher. */
export function collectRelLinks(source: Document | readonly Element[], pageUrl: string): RelLink[] {
  const elements = metadataElements(source);
  const links: RelLink[] = [];
  for (const element of elements) {
    if (links.length >= MAX_REL_LINKS) break;
    const tag = element.tagName.toUpperCase();
    if ((tag !== 'LINK' && tag !== 'A') || !element.hasAttribute('rel')) continue;
    const rel = (element.getAttribute('rel') ?? '').toLowerCase().trim();
    if (!INTERESTING_REL.test(rel)) continue;
    const href = resolveHref(element.getAttribute('href'), pageUrl);
    if (href === null) continue;
    links.push({ rel, href, text: clip(squash(element.textContent), 200) });
  }
  return links;
}

/**
 * Words, in link text or address, of the pages that tell a reader who runs a site and
 * how: about, contact, legal notice, corrections, ethics, masthead (FR and EN).
 */
const POLICY_LINK =
  /about|contact|impressum|mentions|legal|l[ée]gales|qui[- ]sommes|[àa][- ]propos|correction|erratum|ethic|[ée]thique|d[ée]ontolog|charte|masthead|\bours\b|[ée]quipe|r[ée]daction|staff|ownership|propri[ée]t|policy|politique|standards|principles|principes|fact[- ]?check|trust|transparen|feedback|diversit/i;

/** Page-wide links that may lead to an about, contact or policy page. */
export function collectPageLinks(source: Document | readonly Element[], pageUrl: string): PageLink[] {
  const elements = metadataElements(source);
  const links: PageLink[] = [];
  const seen = new Set<string>();
  for (const anchor of elements) {
    if (links.length >= MAX_PAGE_LINKS) break;
    if (anchor.tagName.toUpperCase() !== 'A') continue;
    const raw = anchor.getAttribute('href');
    if (raw === null) continue;
    const text = clip(squash(anchor.textContent), 120);
    // Test the words first: resolving every link of a big page costs more than matching.
    if (!POLICY_LINK.test(text) && !POLICY_LINK.test(raw.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, ''))) continue;
    const href = resolveHref(raw, pageUrl);
    if (href === null || seen.has(href)) continue;
    seen.add(href);
    links.push({ href, text });
  }
  return links;
}
