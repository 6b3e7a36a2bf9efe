import type { TimeElement } from '../snapshot';
import { clip, hintWithAncestors, metadataElements, squash } from './dom-text';

const MAX_TIMES = 60;

/** Every `<time>` with its `datetime`, its text, and what its classes say it is. */
export function collectTimeElements(source: Document | readonly Element[]): TimeElement[] {
  const elements = metadataElements(source);
  const times: TimeElement[] = [];
  for (const element of elements) {
    if (times.length >= MAX_TIMES) break;
    if (element.tagName.toUpperCase() !== 'TIME') continue;
    const datetime = element.getAttribute('datetime');
    const text = clip(squash(element.textContent), 200);
    if ((datetime === null || datetime.trim() === '') && text === '') continue;
    times.push({
      datetime: datetime === null ? null : datetime.trim(),
      text,
      // Hidden <time class="updated"> elements are kept: the hint says what they are.
      hint: clip(hintWithAncestors(element, 3) + (element.hasAttribute('hidden') ? ' hidden' : ''), 300),
    });
  }
  return times;
}
