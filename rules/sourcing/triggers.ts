/**
 * Cheap word tests that run before the phrase patterns. A page has hundreds of
 * sentences and the lexicon patterns are long alternations; a pattern can only match
 * a sentence that contains one of its key words, so the rules look the words up in
 * a set first and run the pattern on the few sentences that pass. This is what
 * keeps the analysis fast enough to run on every page.
 */

/** A pattern and the words, at least one of which a match must contain. */
export interface Trigger {
  re: RegExp;
  words: ReadonlySet<string>;
  /** Key words written with a trailing `*` in the lexicon: any word starting with one counts. */
  stems: readonly string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*['’]?/gu;

/** A word as the lexicons write it: lower case, with a straight apostrophe. */
export function normalise(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** The words of a sentence, lower-cased, with elided articles also split off ("d'après" → d', après). */
export function sentenceWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(WORD)) {
    const word = normalise(match[0]);
    words.add(word);
    const apostrophe = word.indexOf("'");
    if (apostrophe !== -1) {
      words.add(word.slice(0, apostrophe + 1));
      words.add(word.slice(apostrophe + 1));
    }
  }
  return words;
}

/** A trigger keyed on the first word of each phrase. */
export function triggerOn(re: RegExp, phrases: readonly string[]): Trigger {
  const firstWords = phrases.map((phrase) => normalise(phrase.trim().split(/\s+/)[0] ?? '')).filter((word) => word !== '');
  return {
    re,
    words: new Set(firstWords.filter((word) => !word.endsWith('*'))),
    stems: firstWords.filter((word) => word.endsWith('*')).map((word) => word.slice(0, -1)),
  };
}

/**
 * A trigger keyed on the longest word of each phrase: for lists whose first words are
 * everyday words ("a déclaré", "in a statement", « de source »), keying on those would
 * send nearly every sentence to the pattern.
 */
export function triggerOnLongest(re: RegExp, phrases: readonly string[]): Trigger {
  const keys = phrases
    .map((phrase) => [...phrase.matchAll(WORD)].map((match) => normalise(match[0])).sort((a, b) => b.length - a.length)[0] ?? '')
    .filter((word) => word !== '');
  return { re, words: new Set(keys.filter((word) => !word.endsWith('*'))), stems: keys.filter((word) => word.endsWith('*')).map((word) => word.slice(0, -1)) };
}

export function mayMatch(trigger: Trigger, words: ReadonlySet<string>): boolean {
  for (const word of trigger.words) if (words.has(word)) return true;
  if (trigger.stems.length === 0) return false;
  for (const word of words) if (trigger.stems.some((stem) => word.startsWith(stem))) return true;
  return false;
}

/** The matches of a trigger's pattern in a sentence, or none at once when its key words are absent. */
export function matchesOf(trigger: Trigger, text: string, words: ReadonlySet<string>): RegExpExecArray[] {
  return mayMatch(trigger, words) ? [...text.matchAll(trigger.re)] : [];
}

export function occursIn(trigger: Trigger, text: string, words: ReadonlySet<string>): boolean {
  return mayMatch(trigger, words) && text.search(trigger.re) !== -1;
}
