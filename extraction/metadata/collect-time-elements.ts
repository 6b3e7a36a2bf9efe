import type { TimeElement } from '../../snapshot/article-snapshot';
import { clip, hintWithAncestors, metadataElements, squash } from './dom-text';

const MAX_TIMES = 60;

/** hAtom marks a date as `<abbr class="published" title="2025-07-10T06:10:00Z">`, the value in the title. */
const MICROFORMAT_DATE = /(?:^|\s)(?:published|updated|dtstart)(?:\s|$)/i;

/**
 * The machine value of a date element: a `<time>`'s `datetime`, a microformat `<abbr>`'s
 * `title` (null when absent); undefined for an element that is no date element.
 */
function machineValue(element: Element): string | null | undefined {
  const tag = element.tagName.toUpperCase();
  if (tag === 'TIME') return element.getAttribute('datetime');
  if (tag === 'ABBR' && MICROFORMAT_DATE.test(element.getAttribute('class') ?? '')) return element.getAttribute('title');
  return undefined;
}

/** Every `<time>` (and microformat date) with its `datetime`, its text, and what its classes say it is. */
export function collectTimeElements(source: Document | readonly Element[]): TimeElement[] {
  const elements = metadataElements(source);
  const times: TimeElement[] = [];
  for (const element of elements) {
    if (times.length >= MAX_TIMES) break;
    const datetime = machineValue(element);
    if (datetime === undefined) continue;
    const text = clip(squash(element.textContent), 200);
    if ((datetime === null || datetime.trim() === '') && text === '') continue;
    times.push({
      datetime: datetime === null ? null : datetime.trim(),
      text,
      // Hidden <time class="updated"> elements are kept: the hint says what they are.
      // HTML5's boolean `pubdate` marks the article's own publication time.
      hint: clip(
        hintWithAncestors(element, 3) + (element.hasAttribute('hidden') ? ' hidden' : '') + (element.hasAttribute('pubdate') ? ' pubdate' : ''),
        300,
      ),
    });
  }
  return times;
}
