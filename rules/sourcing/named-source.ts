import type { CompiledLexicon } from './compiled-lexicon';
import { isName, tokenize, type Token } from './tokens';
import { matchesOf } from './triggers';

/** How far from a speech verb or a cue a name may sit and still be its speaker or source. */
const BACKWARD_WINDOW = 6;
const FORWARD_SKIP = 4;
/** A quotation mark or a clause break between a name and a verb means the name is not its subject. */
const BARRIER = /[«»“”";]/;

function nameOrBodyAfter(tokens: readonly Token[], from: number, sentence: string, lex: CompiledLexicon): boolean {
  let skipped = 0;
  for (let i = from; i < tokens.length && skipped <= FORWARD_SKIP; i++) {
    const token = tokens[i];
    if (token === undefined) break;
    const previous = tokens[i - 1];
    if (previous !== undefined && i > from && BARRIER.test(sentence.slice(previous.end, token.start))) return false;
    if (isName(token, lex.commonWords, lex.calendarWords)) return true;
    const lower = token.word.toLowerCase();
    if (lex.identifiableBodies.has(lower) && (token.definite || (i > from && definiteBefore(tokens, i, lex)))) return true;
    if (!lex.titleWords.has(lower) && !lex.definiteDeterminers.has(lower)) return false;
    skipped++;
  }
  return false;
}

function definiteBefore(tokens: readonly Token[], index: number, lex: CompiledLexicon): boolean {
  const previous = tokens[index - 1]?.word.toLowerCase() ?? '';
  return lex.definiteDeterminers.has(previous) || lex.titleWords.has(previous);
}

function nameBefore(tokens: readonly Token[], verbStart: number, sentence: string, lex: CompiledLexicon): boolean {
  const before = tokens.filter((token) => token.end <= verbStart);
  for (let i = before.length - 1; i >= 0 && i >= before.length - BACKWARD_WINDOW; i--) {
    const token = before[i];
    if (token === undefined) break;
    const next = before[i + 1];
    const gapEnd = next === undefined ? verbStart : next.start;
    if (BARRIER.test(sentence.slice(token.end, gapEnd))) return false;
    if (isName(token, lex.commonWords, lex.calendarWords)) return true;
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
 * ministry"). Deliberately generous: a missed weak passage costs less than a
 * wrongly flagged sourced one.
 */
export function hasNamedAttribution(sentence: string, words: ReadonlySet<string>, lex: CompiledLexicon): boolean {
  const cues = matchesOf(lex.attributionCue, sentence, words);
  const verbs = matchesOf(lex.speechVerb, sentence, words);
  if (cues.length === 0 && verbs.length === 0) return false;
  const tokens = tokenize(sentence);
  for (const match of cues) {
    if (nameOrBodyAfter(tokens, firstTokenAt(tokens, match.index + match[0].length), sentence, lex)) return true;
  }
  for (const match of verbs) {
    if (nameBefore(tokens, match.index, sentence, lex)) return true;
    if (nameOrBodyAfter(tokens, firstTokenAt(tokens, match.index + match[0].length), sentence, lex)) return true;
  }
  return false;
}

/** Whether a named qualifier follows a phrase ("des informations du Monde", "reports by Amnesty"). */
export function namedQualifierAfter(text: string, lex: CompiledLexicon): boolean {
  const match = /^[\s\u00a0]*(?:de|du|des|d['’]|of|from|by|at)[\s\u00a0]*(?:l['’]|la |le |les |the )?[\s\u00a0]*/iu.exec(text);
  if (match === null) return false;
  const [token] = tokenize(text.slice(match[0].length, match[0].length + 40));
  return token !== undefined && token.start === 0 && isName({ ...token, initial: false }, lex.commonWords, lex.calendarWords);
}

/** Whether any word of a qualifier is a name ("des experts de l'OMS", "studies by Harvard researchers"). */
export function qualifierNamesSomeone(qualifier: string, lex: CompiledLexicon): boolean {
  return tokenize(qualifier).some((token) => isName({ ...token, initial: false }, lex.commonWords, lex.calendarWords));
}
