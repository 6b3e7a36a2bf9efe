/**
 * Text quote → place in the live page. The quotes come from Readability's clone, so
 * there is no node path or offset to trust: the quote is searched in the text of the
 * live root (see match-quote.ts for how whitespace and typography are tolerated).
 */
import type { TextQuote } from '../../report/schema';
import { createQuoteMatcher } from './match-quote';
import { buildTextIndex, rangeFromOffsets, type TextIndex, type TextSpan } from './text-position';

/** Where a batch of quotes lies in one read of the root's text. */
export interface AnchoredQuotes {
  index: TextIndex;
  /** `spans[i]` belongs to `quotes[i]`: offsets in `index.text`, or null when its text is not there. */
  spans: (TextSpan | null)[];
}

/**
 * Anchors many quotes with one walk of the root and one fold of its text, so the
 * cost of a report is one pass over the page plus one search per quote, and no DOM
 * object is made per quote (live ranges are updated by every later mutation).
 */
export function anchorQuotes(root: Element, quotes: readonly TextQuote[]): AnchoredQuotes {
  if (quotes.length === 0) return { index: { root, text: '', nodes: [], starts: [] }, spans: [] };
  const index = buildTextIndex(root);
  const match = createQuoteMatcher(index.text);
  return {
    index,
    spans: quotes.map((quote) => {
      const found = match(quote);
      return found ? { start: found.start, end: found.end } : null;
    }),
  };
}

/** The range of `quote` under `root`, or null when its text is not there. */
export function anchorQuote(root: Element, quote: TextQuote): Range | null {
  const { index, spans } = anchorQuotes(root, [quote]);
  const span = spans[0];
  return span ? rangeFromOffsets(index, span.start, span.end) : null;
}
