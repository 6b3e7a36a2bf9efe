import { alternation } from '../lexicons/phrase-pattern';

/** A Latin letter with diacritics, which a page may also write without them. */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/gu;

function base(letter: string): string {
  const stripped = letter.normalize('NFD').replace(/\p{M}/gu, '');
  return stripped.length === 1 && stripped !== letter ? stripped : '';
}

/** Each accented letter of a pattern source also matches its letter without the accent: "publié" matches "publie". */
function accentsOptional(source: string): string {
  return source.replace(ACCENTED, (letter) => {
    const plain = base(letter);
    return plain === '' ? letter : `[${letter}${plain}]`;
  });
}

/** Pack words as one regex source matching any of them as whole words (phrase syntax of rules/lexicons/README.md). */
export function wordsPattern(words: readonly string[]): string {
  return words.length === 0 ? '(?!)' : accentsOptional(alternation(words));
}

/**
 * Pack words as one regex source matching any of them anywhere, even inside a longer
 * word ("ethic" in "ethics"); a space also matches a hyphen or nothing ("fact check"
 * in "fact-checking" or "factcheck").
 */
export function fragmentsPattern(words: readonly string[]): string {
  if (words.length === 0) return '(?!)';
  const sources = [...words].sort((a, b) => b.length - a.length).map((word) =>
    word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/\s+/g, '[-\\s]?'));
  return accentsOptional(`(?:${sources.join('|')})`);
}
