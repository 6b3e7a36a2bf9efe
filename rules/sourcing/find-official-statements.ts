import type { BlockView, Candidate } from './block-view';
import type { CompiledLexicon } from './compiled-lexicon';
import { namedQualifierAfter, qualifierNamesSomeone } from './named-source';

/** A capitalised word right before the subject ("US officials", "Kremlin officials") names whose officials. */
const NAMED_BEFORE = /\p{Lu}[\p{L}\p{N}'’.-]*[\s\u00a0]+$/u;

function refersToUnnamedStatements(sentence: string, lex: CompiledLexicon): boolean {
  for (const match of sentence.matchAll(lex.officialStatement)) {
    if (!namedQualifierAfter(sentence.slice(match.index + match[0].length), lex)) return true;
  }
  for (const match of sentence.matchAll(lex.officialClause)) {
    if (qualifierNamesSomeone(match.groups?.['qual'] ?? '', lex)) continue;
    const before = sentence.slice(Math.max(0, match.index - 30), match.index);
    if (match.index > 0 && NAMED_BEFORE.test(before)) continue;
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
    .filter((s) => !s.provenance && !s.linked && !s.attributed && refersToUnnamedStatements(s.text, lex))
    .map((s) => ({ code: 'unnamed-official-statement', start: s.start, end: s.end }));
}
