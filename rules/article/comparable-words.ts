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

/** The lower-cased, unaccented letters of a text, before its other characters become spaces. */
function foldedLetters(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFD').replace(MARK, '').toLowerCase() : text.toLowerCase();
}

/**
 * Comparable phrases as one pattern over folded letters, their words apart by any run
 * of characters other than a–z and 0–9: it finds every phrase a text's
 * `comparableWords` hold, and a few more (it ignores word boundaries and takes
 * non-ASCII letters for spaces). No Unicode classes and no `u` flag: V8 compiles the
 * pattern on its first use, which a cold start pays, and each `\p{…}` class made that
 * cost most of the first truncation check (measured). A comparable phrase is letters,
 * digits and spaces only, so nothing in it needs escaping.
 */
const looseFinders = new WeakMap<readonly string[], RegExp>();

function looseFinder(phrases: readonly string[]): RegExp {
  let finder = looseFinders.get(phrases);
  if (finder === undefined) {
    finder = new RegExp(phrases.map((phrase) => phrase.trim().split(' ').join('[^a-z0-9]+')).join('|'));
    looseFinders.set(phrases, finder);
  }
  return finder;
}

/**
 * The index of the first of `texts` whose `comparableWords` contain one of the
 * comparable `phrases`, or -1. Most pages hold none: all their texts' letters, folded
 * at once, are searched with one loose pattern first, and only a page where it finds
 * something has its texts made comparable one by one (turning every non-letter into a
 * space, the costly step, measured).
 */
export function firstTextWithPhrase(texts: readonly string[], phrases: readonly string[]): number {
  if (!looseFinder(phrases).test(foldedLetters(texts.join('\n')))) return -1;
  return texts.findIndex((text) => {
    const comparable = comparableWords(text);
    return phrases.some((phrase) => comparable.includes(phrase));
  });
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
