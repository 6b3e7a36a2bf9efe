import { STOP_WORDS } from './stop-words';

/** Below this many stop words the text is too short to tell. */
const MIN_HITS = 5;
/** The winner must lead the runner-up by this ratio, or the text is mixed. */
const MIN_LEAD = 1.5;
/** Enough words to decide; reading further costs time on long pages and changes nothing. */
const MAX_WORDS = 2000;

interface StopWordCounts {
  words: number;
  hits: Map<string, number>;
}

function countStopWords(text: string): StopWordCounts {
  const hits = new Map<string, number>();
  let words = 0;
  for (const match of text.toLowerCase().matchAll(/[\p{L}]+/gu)) {
    if (words === MAX_WORDS) break;
    words++;
    for (const [lang, stopWords] of STOP_WORDS) {
      if (stopWords.has(match[0])) hits.set(lang, (hits.get(lang) ?? 0) + 1);
    }
  }
  return { words, hits };
}

/** What the stop words of a text say about its language, counted once. */
export interface TextLanguage {
  /** The language the text is written in, or null when too short or mixed to tell. */
  detected: string | null;
  /**
   * The share of the text's words that are stop words of `lang`: about a third for
   * running text in that language, a few per cent for text in another. Lets the rules
   * notice a page whose declared language is not the one it is written in.
   */
  stopWordShare: (lang: string) => number;
}

/**
 * Reads a text's language by counting each lexicon's stop words: crude, but it needs
 * no model. Knows the languages of the lexicon registry and a few more (see
 * stop-words.ts), so a Spanish page is called Spanish, not French.
 */
export function readLanguage(text: string): TextLanguage {
  const { words, hits } = countStopWords(text);
  return { detected: leadingLanguage(hits), stopWordShare: (lang) => (words === 0 ? 0 : (hits.get(lang) ?? 0) / words) };
}

function leadingLanguage(hits: ReadonlyMap<string, number>): string | null {
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best === undefined || best[1] < MIN_HITS) return null;
  if (second !== undefined && best[1] < second[1] * MIN_LEAD) return null;
  return best[0];
}
