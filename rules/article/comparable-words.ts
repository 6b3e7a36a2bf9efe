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

/** The first of `phrases` that `text` (made comparable) contains as whole words. */
export function firstPhraseIn(text: string, phrases: readonly string[]): string | null {
  const haystack = comparableWords(text);
  return phrases.find((phrase) => haystack.includes(comparableWords(phrase))) ?? null;
}
