import type { BylineElement } from '../snapshot';
import { clip, hintWithAncestors, isInvisible, ownHint, resolveHref, squash } from './dom-text';

const MAX_BYLINES = 40;
const MAX_TEXT = 200;

/** Class, id, itemprop or rel words that mark an element holding a byline or author name. */
const BYLINE_HINT = /byline|author|auteur|writer|contributor|signature|creator|journalist|reporter|redacteur|rédacteur|\bfn\b/;
/** Longer text is an author box with a bio or a whole article, not a byline. */
const CONTAINER_TEXT_LIMIT = 150;

function hidden(element: Element): boolean {
  for (let current: Element | null = element; current !== null; current = current.parentElement) {
    if (isInvisible(current)) return true;
  }
  return false;
}

/** Elements whose class, id, itemprop or rel says they hold a byline, shortest first per subtree. */
export function collectBylineElements(doc: Document, pageUrl: string): BylineElement[] {
  const found: BylineElement[] = [];
  const seen = new Set<string>();
  const root = doc.body ?? doc.documentElement;
  if (root === null) return found;
  for (const element of Array.from(root.querySelectorAll('[class], [id], [itemprop], [rel]'))) {
    if (found.length >= MAX_BYLINES) break;
    const hint = ownHint(element);
    if (!BYLINE_HINT.test(hint)) continue;
    if (element.tagName.toUpperCase() === 'META' || element.tagName.toUpperCase() === 'LINK') continue;
    const text = squash(element.textContent);
    if (text === '' || text.length > CONTAINER_TEXT_LIMIT) continue;
    if (hidden(element)) continue;
    const anchor = element.tagName.toUpperCase() === 'A' ? element : element.querySelector('a[href]');
    const href = resolveHref(anchor?.getAttribute('href') ?? null, pageUrl);
    const key = `${text}\u0000${href ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ text: clip(text, MAX_TEXT), href, hint: clip(hintWithAncestors(element, 2), 300) });
  }
  return found;
}
