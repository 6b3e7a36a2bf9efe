import { LEXICONS } from '../lexicons/registry';

/** Below this many stop words the text is too short to tell. */
const MIN_HITS = 5;
/** The winner must lead the runner-up by this ratio, or the text is mixed. */
const MIN_LEAD = 1.5;
/** Enough words to decide; reading further costs time on long pages and changes nothing. */
const MAX_WORDS = 2000;

const STOP_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  LEXICONS.map((lexicon) => [lexicon.lang, new Set(lexicon.stopWords)]),
);

/**
 * The language of a text, by counting each lexicon's stop words: crude, but it needs
 * no model and its answer is only used when the page does not state its language.
 * Languages come from the lexicon registry, so adding a lexicon adds a language.
 */
export function detectLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  let words = 0;
  for (const match of text.toLowerCase().matchAll(/[\p{L}]+/gu)) {
    if (++words > MAX_WORDS) break;
    for (const [lang, stopWords] of STOP_WORDS) {
      if (stopWords.has(match[0])) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best === undefined || best[1] < MIN_HITS) return null;
  if (second !== undefined && best[1] < second[1] * MIN_LEAD) return null;
  return best[0];
}
