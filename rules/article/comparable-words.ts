const NON_ASCII = /[^\p{ASCII}]/u;
const ASCII_NON_WORD = /[^a-z0-9]+/g;
const MARK = /\p{M}/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Text reduced to lower-case words without accents, one space apart, with a space at
 * each end: " en direct ", so that `includes(' direct ')` matches whole words only.
 * Every block of every page goes through here: ASCII text, most of it, has no accents
 * to take off and no letters beyond a–z, so it skips the Unicode steps.
 */
export function comparableWords(text: string): string {
  if (!NON_ASCII.test(text)) return ` ${text.toLowerCase().replace(ASCII_NON_WORD, ' ').trim()} `;
  return ` ${text.normalize('NFD').replace(MARK, '').toLowerCase().replace(NON_WORD, ' ').trim()} `;
}

/**
 * Vocabulary phrases made comparable once each: the same few hundred phrases are
 * tested against every block of every page (a third of the truncation check's time
 * went to making them comparable again, measured). Only vocabulary goes here, never
 * page text, so the cache stays the size of the vocabularies.
 */
const comparablePhrases = new Map<string, string>();

export function comparablePhrase(phrase: string): string {
  let comparable = comparablePhrases.get(phrase);
  if (comparable === undefined) {
    comparable = comparableWords(phrase);
    comparablePhrases.set(phrase, comparable);
  }
  return comparable;
}

/** The first of the vocabulary's `phrases` that `comparable` (text made comparable) contains as whole words. */
export function firstPhraseInComparable(comparable: string, phrases: readonly string[]): string | null {
  return phrases.find((phrase) => comparable.includes(comparablePhrase(phrase))) ?? null;
}
