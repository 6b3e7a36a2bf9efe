/**
 * Text quote → live DOM range. The quotes come from Readability's clone, so there
 * is no node path or offset to trust: the quote is searched in the text of the
 * live root (see match-quote.ts for how whitespace and typography are tolerated).
 */
import type { TextQuote } from '../../report/schema';
import { createQuoteMatcher } from './match-quote';
import { buildTextIndex, rangeFromOffsets } from './text-position';

/** The range of `quote` under `root`, or null when its text is not there. */
export function anchorQuote(root: Element, quote: TextQuote): Range | null {
  return anchorQuotes(root, [quote])[0] ?? null;
}

/**
 * Anchors many quotes with one read of the root's text, so the cost of a report
 * is one tree walk, not one per warning. `result[i]` belongs to `quotes[i]`.
 */
export function anchorQuotes(root: Element, quotes: readonly TextQuote[]): (Range | null)[] {
  if (quotes.length === 0) return [];
  const index = buildTextIndex(root);
  const match = createQuoteMatcher(index.text);
  return quotes.map((quote) => {
    const found = match(quote);
    return found ? rangeFromOffsets(index, found.start, found.end) : null;
  });
}
