import type { BylineElement } from '../../snapshot/article-snapshot';
import { wordsOfAllPacks } from '../../languages/registry';
import { classHintPattern, fragmentsPattern } from '../../languages/words-pattern';
import { clip, hintWithAncestors, isInvisible, ownHint, resolveHref, squash } from './dom-text';
import type { BylineHit } from './walk-visible-body';

const MAX_BYLINES = 40;
const MAX_TEXT = 200;
/** Longer text is an author box with a bio or a whole article, not a byline. */
const CONTAINER_TEXT_LIMIT = 150;

const BREAKS = new Set(['BR', 'DIV', 'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'DT', 'DD']);
const MAX_NODES = 200;

/** An element of a byline holding the place the story was filed from ("c-signature__location"): no part of a name. */
const PLACE_HINT = new RegExp(classHintPattern(wordsOfAllPacks((pack) => pack.classHints?.places)));

function isPlace(element: Element): boolean {
  return PLACE_HINT.test(ownHint(element));
}

const BYLINE_HINT = new RegExp(classHintPattern(wordsOfAllPacks((pack) => pack.classHints?.byline)));
const NOT_BYLINE_SOURCE = fragmentsPattern(wordsOfAllPacks((pack) => pack.classHints?.notBylines));
const NOT_BYLINE = new RegExp(NOT_BYLINE_SOURCE);
const EVERY_NOT_BYLINE = new RegExp(NOT_BYLINE_SOURCE, 'g');

/** A hit whose byline word sits only inside a longer word ("Authority_control" holds "author") is no byline. */
function onlyInsideOtherWords(element: Element): boolean {
  const hint = ownHint(element);
  return NOT_BYLINE.test(hint) && !BYLINE_HINT.test(hint.replace(EVERY_NOT_BYLINE, ' '));
}

/**
 * The element's visible text with its line breaks kept as " · ": "Kelly Sheridan<br>News"
 * must not read "Kelly SheridanNews", and the rules cut a name at that separator.
 */
function bylineText(element: Element): string {
  const parts: string[] = [];
  let budget = MAX_NODES;
  const visit = (node: Node): void => {
    if (budget-- <= 0) return;
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1 || isInvisible(node as Element) || isPlace(node as Element)) return;
    const separator = BREAKS.has((node as Element).tagName.toUpperCase()) ? ' · ' : '';
    parts.push(separator);
    for (let child = node.firstChild; child !== null; child = child.nextSibling) visit(child);
    parts.push(separator);
  };
  for (let child = element.firstChild; child !== null; child = child.nextSibling) visit(child);
  return squash(parts.join('')).replace(/(?:\s*·\s*)+/g, ' · ').replace(/^·\s*|\s*·$/g, '');
}

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
    if (tag === 'META' || tag === 'LINK' || isPlace(element) || onlyInsideOtherWords(element)) continue;
    // A cheap length check first: author boxes with a long bio are skipped without a walk.
    if (squash(element.textContent).length > CONTAINER_TEXT_LIMIT) continue;
    const text = bylineText(element);
    if (text === '') continue;
    const anchor = tag === 'A' ? element : element.querySelector('a[href]');
    const href = resolveHref(anchor?.getAttribute('href') ?? null, pageUrl);
    const key = `${text}\u0000${href ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ text: clip(text, MAX_TEXT), href, hint: clip(hintWithAncestors(element, 2), 300) });
  }
  return found;
}
