import type { MarkRequest } from './protocol';

/**
 * How many passages one page gets marks for. Past a few hundred, marks stop helping
 * a reader and start costing the page: 6,000 marks blocked a page's main thread for
 * 10 s. The background sends no more than this, and the content script draws no
 * more, whoever asks.
 */
export const MAX_MARKS_PER_PAGE = 200;

const SEVERITY_RANK: Record<MarkRequest['severity'], number> = { high: 0, medium: 1, low: 2, info: 3 };

/** What the limit looks at: a passage's warning and how severe it is. */
type Passage = Pick<MarkRequest, 'warningIndex' | 'severity'>;

export interface LimitedMarks<P extends Passage> {
  /** The passages to draw, in their original order. */
  kept: P[];
  /** Warning indexes of the passages left out, in their original order. */
  left: number[];
}

/** Keeps the most severe passages, the earliest first among equals, up to `limit`. */
export function limitMarks<P extends Passage>(requests: readonly P[], limit = MAX_MARKS_PER_PAGE): LimitedMarks<P> {
  if (requests.length <= limit) return { kept: [...requests], left: [] };
  const chosen = new Set(
    requests
      .map((request, position) => ({ rank: SEVERITY_RANK[request.severity], position }))
      .sort((a, b) => a.rank - b.rank || a.position - b.position)
      .slice(0, limit)
      .map(({ position }) => position),
  );
  return {
    kept: requests.filter((_, position) => chosen.has(position)),
    left: requests.filter((_, position) => !chosen.has(position)).map((request) => request.warningIndex),
  };
}
