import { sentenceFindings, type BlockView, type Candidate } from './block-view';
import type { CompiledLexicon } from './compiled-lexicon';
import { namedJustBefore, namedQualifierAfter } from './named-source';
import { qualifierExcuses } from './qualifier';
import type { Span } from './sentences';
import { matchesOf } from './triggers';

/** The words that refer to official statements without saying whose, or null. */
function unnamedStatements(sentence: string, words: ReadonlySet<string>, lex: CompiledLexicon): Span | null {
  for (const match of matchesOf(lex.officialStatement, sentence, words)) {
    if (!namedQualifierAfter(sentence.slice(match.index + match[0].length), lex)) return { start: match.index, end: match.index + match[0].length };
  }
  for (const match of matchesOf(lex.officialClause, sentence, words)) {
    if (qualifierExcuses(match.groups?.['qual'] ?? '', lex)) continue;
    if (namedJustBefore(sentence, match.index, lex)) continue;
    return { start: match.index, end: match.index + match[0].length };
  }
  return null;
}

/**
 * "Des déclarations officielles", "officials have said": official statements
 * invoked without saying whose, where or when. Consecutive sentences merge later
 * into one finding, so a paragraph about such statements is flagged once.
 */
export function findOfficialStatements(block: BlockView, lex: CompiledLexicon): Candidate[] {
  return sentenceFindings(block, 'unnamed-official-statement', (sentence) => unnamedStatements(sentence.text, sentence.words, lex));
}
