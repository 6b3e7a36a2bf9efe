import type { BylineElement } from '../snapshot';
import { clip, hintWithAncestors, resolveHref, squash } from './dom-text';
import type { BylineHit } from './walk-visible-body';

const MAX_BYLINES = 40;
const MAX_TEXT = 200;
/** Longer text is an author box with a bio or a whole article, not a byline. */
const CONTAINER_TEXT_LIMIT = 150;

/**
 * Byline elements from the visible elements whose class, id, itemprop or rel names a
 * byline, with the link inside (often the author's profile), deduplicated.
 */
export function collectBylineElements(hits: readonly BylineHit[], pageUrl: string): BylineElement[] {
  const found: BylineElement[] = [];
  const seen = new Set<string>();
  for (const { element } of hits) {
    if (found.length >= MAX_BYLINES) break;
    const tag = element.tagName.toUpperCase();
    if (tag === 'META' || tag === 'LINK') continue;
    const text = squash(element.textContent);
    if (text === '' || text.length > CONTAINER_TEXT_LIMIT) continue;
    const anchor = tag === 'A' ? element : element.querySelector('a[href]');
    const href = resolveHref(anchor?.getAttribute('href') ?? null, pageUrl);
    const key = `${text}\u0000${href ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ text: clip(text, MAX_TEXT), href, hint: clip(hintWithAncestors(element, 2), 300) });
  }
  return found;
}
