/**
 * Cheap word tests that run before the phrase patterns. A page has hundreds of
 * sentences and the lexicon patterns are long alternations; a pattern can only match
 * a sentence that contains one of its key words, so the rules look the words up in
 * a set first and run the pattern on the few sentences that pass. This is what
 * keeps the analysis fast enough to run on every page.
 */

/** A pattern and the words, at least one of which a match must contain. */
export interface Trigger {
  /** Built on first read: most patterns never get past their key words on a given page. */
  readonly re: RegExp;
  words: ReadonlySet<string>;
  /** Key words written with a trailing `*` in the lexicon: any word starting with one counts. */
  stems: readonly string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*['’]?/gu;

/** A word as the lexicons write it: lower case, with a straight apostrophe. */
export function normalise(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * Every match of a global pattern, as `[...text.matchAll(re)]` gives them, the pattern's
 * `lastIndex` left as it was. `matchAll` copies the pattern first, which costs about ten
 * times a short sentence's match on these long alternations (measured).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global pattern: /${re.source}/${re.flags}`);
  const saved = re.lastIndex;
  const matches: RegExpExecArray[] = [];
  for (let match = re.exec(text); match !== null; match = re.exec(text)) {
    matches.push(match);
    if (match[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = saved;
  return matches;
}

/** The index after an empty match: past a whole surrogate pair in a Unicode pattern. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** The words of a sentence, lower-cased, with elided articles also split off ("d'après" → d', après). */
export function sentenceWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of allMatches(WORD, text)) {
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

/** A trigger on these key words (a trailing `*`: any ending) whose pattern is built the first time a sentence has one. */
function keyedOn(pattern: () => RegExp, keys: readonly string[]): Trigger {
  let re: RegExp | undefined;
  return {
    get re() {
      return (re ??= pattern());
    },
    words: new Set(keys.filter((word) => !word.endsWith('*'))),
    stems: keys.filter((word) => word.endsWith('*')).map((word) => word.slice(0, -1)),
  };
}

/** A trigger keyed on the first word of each phrase. */
export function triggerOn(pattern: () => RegExp, phrases: readonly string[]): Trigger {
  return keyedOn(pattern, phrases.map((phrase) => normalise(phrase.trim().split(/\s+/)[0] ?? '')).filter((word) => word !== ''));
}

/**
 * A trigger keyed on the longest word of each phrase: for lists whose first words are
 * everyday words ("a déclaré", "in a statement", « de source »), keying on those would
 * send nearly every sentence to the pattern.
 */
export function triggerOnLongest(pattern: () => RegExp, phrases: readonly string[]): Trigger {
  const keys = phrases
    .map((phrase) => [...phrase.matchAll(WORD)].map((match) => normalise(match[0])).sort((a, b) => b.length - a.length)[0] ?? '')
    .filter((word) => word !== '');
  return keyedOn(pattern, keys);
}

export function mayMatch(trigger: Trigger, words: ReadonlySet<string>): boolean {
  // Whichever set is smaller is walked: key words run to hundreds, a sentence's words to tens.
  if (trigger.words.size <= words.size) {
    for (const word of trigger.words) if (words.has(word)) return true;
  } else {
    for (const word of words) if (trigger.words.has(word)) return true;
  }
  if (trigger.stems.length === 0) return false;
  for (const word of words) if (trigger.stems.some((stem) => word.startsWith(stem))) return true;
  return false;
}

/** The matches of a trigger's pattern in a sentence, or none at once when its key words are absent. */
export function matchesOf(trigger: Trigger, text: string, words: ReadonlySet<string>): RegExpExecArray[] {
  return mayMatch(trigger, words) ? allMatches(trigger.re, text) : [];
}

export function occursIn(trigger: Trigger, text: string, words: ReadonlySet<string>): boolean {
  return mayMatch(trigger, words) && text.search(trigger.re) !== -1;
}
