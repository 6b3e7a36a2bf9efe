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

/** The languages whose stop words include each word, in the order of `STOP_WORDS`: one lookup per word of the text. */
let languagesByStopWord: ReadonlyMap<string, readonly string[]> | undefined;

function stopWordLanguages(): ReadonlyMap<string, readonly string[]> {
  if (languagesByStopWord !== undefined) return languagesByStopWord;
  const byWord = new Map<string, string[]>();
  for (const [lang, stopWords] of STOP_WORDS) {
    for (const word of stopWords) {
      const languages = byWord.get(word);
      if (languages === undefined) byWord.set(word, [lang]);
      else languages.push(lang);
    }
  }
  return (languagesByStopWord = byWord);
}

const LETTERS = /\p{L}+/gu;
/** Lower-casing stops at a space or line break past this many characters, room for `MAX_WORDS` words. */
const PREFIX_CHARS = MAX_WORDS * 8;

/**
 * The text lower-cased, far enough to hold `MAX_WORDS` words when it is long: cut at a
 * space or line break, where lower-casing the start gives the same letters as
 * lower-casing the whole (a Σ becomes ς or σ by its neighbours, never across one of
 * those), and no word runs across the cut. `whole`: no cut, the whole text is here.
 */
function lowerCasedStart(text: string): { lower: string; whole: boolean } {
  const cut = text.length > PREFIX_CHARS ? text.slice(PREFIX_CHARS).search(/[ \t\n\r]/) : -1;
  return cut === -1 ? { lower: text.toLowerCase(), whole: true } : { lower: text.slice(0, PREFIX_CHARS + cut).toLowerCase(), whole: false };
}

function countStopWords(text: string): StopWordCounts {
  const languagesOf = stopWordLanguages();
  const hits = new Map<string, number>();
  let words = 0;
  const count = (lower: string): void => {
    LETTERS.lastIndex = 0;
    for (let match = LETTERS.exec(lower); match !== null && words < MAX_WORDS; match = LETTERS.exec(lower)) {
      words++;
      for (const lang of languagesOf.get(match[0]) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
    }
  };
  const start = lowerCasedStart(text);
  count(start.lower);
  // The start held fewer words than the cap: the whole text, from the top again.
  if (words < MAX_WORDS && !start.whole) {
    words = 0;
    hits.clear();
    count(text.toLowerCase());
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
