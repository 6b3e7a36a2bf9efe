import { Readability } from '@mozilla/readability';

/** Phrasing elements: words inside a paragraph, never a container of their own. */
const PHRASING: ReadonlySet<string> = new Set(['A', 'ABBR', 'B', 'CITE', 'EM', 'I', 'MARK', 'Q', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U']);

/** The class and id pattern Readability drops as unlikely ("comment", "social", "sidebar"), read from the library so the two never drift. */
function unlikelyPattern(): RegExp | null {
  const regexps: unknown = Reflect.get(Readability.prototype, 'REGEXPS');
  if (typeof regexps !== 'object' || regexps === null) return null;
  const unlikely: unknown = Reflect.get(regexps, 'unlikelyCandidates');
  return unlikely instanceof RegExp ? unlikely : null;
}

/**
 * Keeps the words of a paragraph that Readability would drop: it judges elements by
 * class and id as if they were containers, so an inline span in running text whose
 * class says "comment" (a highlighting tool's `<span class="comment-selection">15-year-old
 * girl</span>`) loses its words and leaves "given to him by a , she…". Only phrasing
 * elements beside other text of their paragraph lose the misleading attribute, so a
 * paragraph that is only a share or comment widget is still dropped. Runs on the
 * document Readability gets, never on the live page.
 */
export function keepRunningText(doc: Document): void {
  const unlikely = unlikelyPattern();
  if (unlikely === null) return;
  // Paragraph by paragraph: one selector with a descendant combinator ('p [class]')
  // matches every element of the page against its ancestors, which costs more.
  for (const paragraph of Array.from(doc.getElementsByTagName('p'))) {
    if (paragraph.firstElementChild === null) continue;
    for (const element of paragraph.querySelectorAll('[class], [id]')) {
      if (!PHRASING.has(element.tagName.toUpperCase())) continue;
      if (!unlikely.test(`${element.getAttribute('class') ?? ''} ${element.id}`)) continue;
      // The nearest paragraph, which is not `paragraph` when one nests another.
      const nearest = element.closest('p');
      const own = element.textContent?.trim().length ?? 0;
      if (nearest === null || (nearest.textContent?.trim().length ?? 0) <= own) continue;
      element.removeAttribute('class');
      element.removeAttribute('id');
    }
  }
}
