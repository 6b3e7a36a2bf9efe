import type { ArticleSnapshot, BodyBlock } from '../snapshot/article-snapshot';

/** Nesting kept in a JSON-LD value: schema.org graphs are a few levels deep. */
export const MAX_JSON_LD_DEPTH = 32;
/** Values (objects, arrays, scalars) kept over all JSON-LD blocks of a page. */
export const MAX_JSON_LD_VALUES = 20_000;
/** Links kept over the whole article body, in reading order. */
export const MAX_BODY_LINKS = 1_000;

/**
 * The snapshot with what a page can inflate at will cut to a size the message
 * channel, the rules and `storage.session` take: JSON-LD nested or sprawling past
 * any real graph (6,000 nested arrays failed Chromium's message serialisation) and
 * tens of thousands of body links (which filled the session storage shared by all
 * tabs). Extraction already bounds every other list as it reads it; these two are
 * bounded once read, the same in the content script and the CLI.
 */
export function boundSnapshot(snapshot: ArticleSnapshot): ArticleSnapshot {
  const budget = { values: MAX_JSON_LD_VALUES };
  const jsonLd = snapshot.jsonLd.map((value) => boundJson(value, 1, budget));
  return { ...snapshot, jsonLd, blocks: boundLinks(snapshot.blocks) };
}

/** A copy of `value` with containers past the depth, and anything past the budget, replaced by null. */
function boundJson(value: unknown, depth: number, budget: { values: number }): unknown {
  if (budget.values <= 0) return null;
  budget.values -= 1;
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_JSON_LD_DEPTH) return null;
  if (Array.isArray(value)) return value.map((item: unknown) => boundJson(item, depth + 1, budget));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = boundJson(item, depth + 1, budget);
  return copy;
}

function boundLinks(blocks: BodyBlock[]): BodyBlock[] {
  let left = MAX_BODY_LINKS;
  return blocks.map((block) => {
    const links = block.links.slice(0, Math.max(0, left));
    left -= links.length;
    return links.length === block.links.length ? block : { ...block, links };
  });
}
