import type { TextQuote } from '../../report/schema';

/** Context kept on each side: enough to tell repeated phrases apart, short enough to survive small page edits. */
export const DEFAULT_QUOTE_CONTEXT = 32;

/**
 * The W3C text-quote selector for `text.slice(start, end)`: the page layer re-finds
 * the passage in the live DOM from these three strings, because Readability worked
 * on a clone and offsets into it mean nothing in the page.
 */
export function textQuoteAt(
  text: string,
  start: number,
  end: number,
  context: number = DEFAULT_QUOTE_CONTEXT,
): TextQuote {
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(`empty or out-of-range quote ${start}..${end} in a text of ${text.length}`);
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}
