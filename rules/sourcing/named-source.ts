import type { CompiledLexicon } from './compiled-lexicon';
import { namesSite } from './speakers';
import { isName, tokenize, type Token } from './tokens';
import { matchesOf } from './triggers';

/** How far from a speech verb or a cue a name may sit and still be its speaker or source. */
const BACKWARD_WINDOW = 6;
const FORWARD_SKIP = 4;
const MAX_DESCRIBING_WORDS = 3;
/** A quotation mark or a clause break between a name and a verb means the name is not its subject. */
const BARRIER = /[«»“”";]/;

/** The page's own site, named in its text, is the publisher speaking, not a source. */
function namesSource(token: Token, lex: CompiledLexicon, self: string | null): boolean {
  return isName(token, lex.commonWords, lex.calendarWords) && !namesSite(token.word, self);
}

/**
 * A name or a definite body after a cue or a verb, past titles and articles ("a
 * déclaré le ministre de l'Intérieur") and a few describing words ("according to
 * whale rescue group Project Jonah"); describing words do not reach past a comma.
 */
function nameOrBodyAfter(tokens: readonly Token[], cueEnd: number, sentence: string, lex: CompiledLexicon, self: string | null): boolean {
  const from = firstTokenAt(tokens, cueEnd);
  let skipped = 0;
  let described = 0;
  for (let i = from; i < tokens.length && skipped <= FORWARD_SKIP; i++) {
    const token = tokens[i];
    if (token === undefined) break;
    // « lâche « qu'Emmanuel Macron est… »: a name inside the quotation that opens after the verb is what was said, not who said it.
    const gap = sentence.slice(i === from ? cueEnd : (tokens[i - 1] as Token).end, token.start);
    if (BARRIER.test(gap) || (described > 0 && gap.includes(','))) return false;
    if (namesSource(token, lex, self)) return true;
    const lower = token.word.toLowerCase();
    if (lex.identifiableBodies.has(lower) && (token.definite || (i > from && definiteBefore(tokens, i, lex)))) return true;
    if (lex.titleWords.has(lower) || lex.definiteDeterminers.has(lower) || (i === from && lex.indefiniteArticles.has(lower))) {
      skipped++;
    } else if (described < MAX_DESCRIBING_WORDS && /^\p{Ll}/u.test(token.word) && (!lex.commonWords.has(lower) || lex.sourceDocuments.has(lower))) {
      described++;
    } else {
      return false;
    }
  }
  return false;
}

/** A definite article or a title within three words before a body noun ("the public works department"). */
function definiteBefore(tokens: readonly Token[], index: number, lex: CompiledLexicon): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const previous = tokens[i]?.word.toLowerCase() ?? '';
    if (lex.definiteDeterminers.has(previous) || lex.titleWords.has(previous)) return true;
  }
  return false;
}

function nameBefore(tokens: readonly Token[], verbStart: number, sentence: string, lex: CompiledLexicon, self: string | null): boolean {
  const before = tokens.filter((token) => token.end <= verbStart);
  for (let i = before.length - 1; i >= 0 && i >= before.length - BACKWARD_WINDOW; i--) {
    const token = before[i];
    if (token === undefined) break;
    const next = before[i + 1];
    const gapEnd = next === undefined ? verbStart : next.start;
    if (BARRIER.test(sentence.slice(token.end, gapEnd))) return false;
    if (namesSource(token, lex, self)) return true;
    if (lex.identifiableBodies.has(token.word.toLowerCase()) && (token.definite || definiteBefore(before, i, lex))) return true;
  }
  return false;
}

function firstTokenAt(tokens: readonly Token[], offset: number): number {
  const index = tokens.findIndex((token) => token.start >= offset);
  return index === -1 ? tokens.length : index;
}

/**
 * Whether a sentence credits what it says to a named person or body, or to one
 * identified in context ("selon l'Insee", "Marie Dupont a déclaré", "said the
 * ministry"), other than the site itself. Deliberately generous: a missed weak passage costs less than a
 * wrongly flagged sourced one.
 */
export function hasNamedAttribution(sentence: string, words: ReadonlySet<string>, lex: CompiledLexicon, self: string | null): boolean {
  const cues = matchesOf(lex.attributionCue, sentence, words);
  const verbs = matchesOf(lex.speechVerb, sentence, words);
  if (cues.length === 0 && verbs.length === 0) return false;
  const tokens = tokenize(sentence);
  for (const match of cues) {
    if (nameOrBodyAfter(tokens, match.index + match[0].length, sentence, lex, self)) return true;
  }
  for (const match of verbs) {
    if (nameBefore(tokens, match.index, sentence, lex, self)) return true;
    if (nameOrBodyAfter(tokens, match.index + match[0].length, sentence, lex, self)) return true;
  }
  return false;
}

/** Whether a named qualifier follows a phrase ("des informations du Monde", "reports by Amnesty"). */
export function namedQualifierAfter(text: string, lex: CompiledLexicon): boolean {
  const match = lex.namedQualifier.exec(text);
  if (match === null) return false;
  const [token] = tokenize(text.slice(match[0].length, match[0].length + 40));
  return token !== undefined && token.start === 0 && isName({ ...token, initial: false }, lex.commonWords, lex.calendarWords);
}


const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}'’.-]*)[\s\u00a0]+$/u;

/** Whether a name stands right before a subject ("Babson College researchers", "US officials"): it says whose. */
export function namedJustBefore(sentence: string, index: number, lex: CompiledLexicon): boolean {
  const before = sentence.slice(Math.max(0, index - 40), index);
  const match = WORD_BEFORE.exec(before);
  const word = match?.[1];
  if (match === null || word === undefined) return false;
  const start = index - before.length + match.index;
  const prefix = sentence.slice(0, start);
  const initial = prefix.trim() === '' || /[.!?«“"(:]\s*$/.test(prefix);
  return isName({ word, start, end: start + word.length, initial, definite: false }, lex.commonWords, lex.calendarWords);
}
