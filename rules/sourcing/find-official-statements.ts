import type { BlockView, Candidate } from './block-view';
import type { CompiledLexicon } from './compiled-lexicon';
import { namedJustBefore, namedQualifierAfter } from './named-source';
import { qualifierExcuses } from './qualifier';
import { matchesOf } from './triggers';


function refersToUnnamedStatements(sentence: string, words: ReadonlySet<string>, lex: CompiledLexicon): boolean {
  for (const match of matchesOf(lex.officialStatement, sentence, words)) {
    if (!namedQualifierAfter(sentence.slice(match.index + match[0].length), lex)) return true;
  }
  for (const match of matchesOf(lex.officialClause, sentence, words)) {
    if (qualifierExcuses(match.groups?.['qual'] ?? '', lex)) continue;
    if (namedJustBefore(sentence, match.index, lex)) continue;
    return true;
  }
  return false;
}

/**
 * "Des déclarations officielles", "officials have said": official statements
 * invoked without saying whose, where or when. Consecutive sentences merge later
 * into one finding, so a paragraph about such statements is flagged once.
 */
export function findOfficialStatements(block: BlockView, lex: CompiledLexicon): Candidate[] {
  return block.sentences
    .filter((s) => !s.provenance && !s.linked && refersToUnnamedStatements(s.text, s.words, lex) && !s.attributed())
    .map((s) => ({ code: 'unnamed-official-statement', start: s.start, end: s.end }));
}
