import type { CompiledLexicon } from './compiled-lexicon';
import { isName, tokenize } from './tokens';

/**
 * Whether the words between an unnamed subject and its verb undo the vagueness or
 * show the match is not a subject at all: a name ("des experts de l'OMS", "studies
 * by Harvard researchers"), a reference back to people already named ("many of
 * them"), or the start of another clause ("some country that we think of").
 */
export function qualifierExcuses(qualifier: string, lex: CompiledLexicon): boolean {
  if (lex.backReference.test(qualifier)) return true;
  return tokenize(qualifier).some(
    (token) => isName({ ...token, initial: false }, lex.commonWords, lex.calendarWords) || lex.clauseBreakers.has(token.word.toLowerCase()),
  );
}
