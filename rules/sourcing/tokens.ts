/** A word of a sentence, with where it starts and whether it opens a clause (so its capital proves nothing). */
export interface Token {
  /** The word without an elided article ("l'Insee" → Insee). */
  readonly word: string;
  readonly start: number;
  readonly end: number;
  readonly initial: boolean;
  /** Written with an elided definite article ("l'accusation"): a body named in context. */
  readonly definite: boolean;
}

/** A word; initials run together keep their last stop ("U.S.", "J.K."), which ends no sentence and parts no name from the next word. */
const WORD = /(?:\p{Lu}\.){2,}(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*[\p{L}\p{N}\p{M}]|[\p{L}\p{N}]/gu;
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;
const ELISION = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]/i;
/** After these a capital only starts a clause or a quotation. */
const CLAUSE_OPENERS = /[.!?«“"‘(:;[—–]\s*$/;

/** Whether the word at `index` follows a stop, colon, bracket, quotation mark or dash, where its capital proves nothing. */
export function followsClauseOpener(text: string, index: number): boolean {
  return CLAUSE_OPENERS.test(text.slice(Math.max(0, index - 3), index));
}

/** How many texts `tokenize` remembers: the rules of one sentence ask for it in turn, each on its own. */
const REMEMBERED = 8;
const remembered: { text: string; tokens: readonly Token[] }[] = [];
let oldest = 0;

/**
 * The words of a text. The same sentence is tokenized by several rules one after the
 * other, so the last few texts' tokens are kept and handed out again (read-only:
 * they are shared).
 */
export function tokenize(text: string): readonly Token[] {
  for (const entry of remembered) if (entry.text === text) return entry.tokens;
  const tokens = wordsOf(text);
  if (remembered.length < REMEMBERED) remembered.push({ text, tokens });
  else {
    remembered[oldest] = { text, tokens };
    oldest = (oldest + 1) % REMEMBERED;
  }
  return tokens;
}

function wordsOf(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    // Only a word with an apostrophe can be elided: most are not, and skip the pattern.
    const elided = match[0].includes("'") || match[0].includes('’') ? ELISION.exec(match[0]) : null;
    const word = elided === null ? match[0] : match[0].slice(elided[0].length);
    if (word === '') continue;
    const previous = tokens[tokens.length - 1];
    const afterInitials = previous !== undefined && DOTTED_INITIALS.test(previous.word) && /^[\s\u00a0]+$/u.test(text.slice(previous.end, match.index));
    const initial = tokens.length === 0 && elided === null ? true : elided === null && !afterInitials && followsClauseOpener(text, match.index);
    const definite = elided !== null && /^l['’]/i.test(elided[0]);
    tokens.push({ word, start: match.index + (elided?.[0].length ?? 0), end: match.index + match[0].length, initial, definite });
  }
  return tokens;
}

/** "Reuters", and the brands that keep a lower-case first letter: "eBay", "iPhone". */
const CAPITALISED = /^(?:\p{Lu}|\p{Ll}{1,2}\p{Lu})/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]+$/u;
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/**
 * The words a text capitalises where no clause opens, lower-cased: names, whatever
 * ordinary words happen to open its sentences ("Rather, …" says nothing; "Google" said
 * mid-sentence says Google is a name wherever it stands).
 */
export function capitalisedMidClause(text: string): string[] {
  return tokenize(text)
    .filter((token) => !token.initial && looksCapitalised(token.word))
    .map((token) => token.word.toLowerCase());
}

/** Whether a word opens as a name does: what every name test asks first, and most words fail. */
export function looksCapitalised(word: string): boolean {
  return CAPITALISED.test(word);
}

/**
 * Whether a token names someone or something: a capitalised word that is not a month
 * and, at the start of a clause, not a common word ("Experts say" names nobody).
 */
export function isName(token: Token, commonWords: ReadonlySet<string>, calendarWords: ReadonlySet<string>): boolean {
  if (!looksCapitalised(token.word)) return false;
  const lower = token.word.toLowerCase();
  if (calendarWords.has(lower)) return false;
  // "VCs", "CEOs", "NGOs": a plural acronym is a kind of people, not a name.
  if (PLURAL_ACRONYM.test(token.word)) return false;
  if (ACRONYM.test(token.word)) return !commonWords.has(lower);
  return !token.initial || !commonWords.has(lower);
}
