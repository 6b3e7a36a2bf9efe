/**
 * Text reduced to lower-case words without accents, one space apart, with a space at
 * each end: " en direct ", so that `includes(' direct ')` matches whole words only.
 */
export function comparableWords(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  return ` ${words.join(' ')} `;
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

/** The first of the vocabulary's `phrases` that `text` (made comparable) contains as whole words. */
export function firstPhraseIn(text: string, phrases: readonly string[]): string | null {
  return firstPhraseInComparable(comparableWords(text), phrases);
}

/** The same, on text already made comparable. */
export function firstPhraseInComparable(comparable: string, phrases: readonly string[]): string | null {
  return phrases.find((phrase) => comparable.includes(comparablePhrase(phrase))) ?? null;
}
