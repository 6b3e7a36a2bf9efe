import type { BlockView, Candidate, SentenceView } from './block-view';
import type { CompiledLexicon } from './compiled-lexicon';
import { namedJustBefore, namedQualifierAfter } from './named-source';
import { qualifierExcuses } from './qualifier';
import { matchesOf } from './triggers';
import { wordBefore } from './word-before';

function isVague(view: SentenceView, lex: CompiledLexicon): boolean {
  const { text: sentence, words } = view;
  for (const match of [...matchesOf(lex.vaguePhrase, sentence, words), ...matchesOf(lex.vagueCue, sentence, words)]) {
    if (!namedQualifierAfter(sentence.slice(match.index + match[0].length), lex)) return true;
  }
  for (const match of matchesOf(lex.vagueClause, sentence, words)) {
    // "Selon un sondage Ifop, beaucoup de Français estiment": the source is named first.
    if (view.attributedBefore(match.index)) continue;
    if (qualifierExcuses(match.groups?.['qual'] ?? '', lex)) continue;
    // "Babson College researchers argue": the name comes before the subject.
    if (namedJustBefore(sentence, match.index, lex)) continue;
    // "the researchers said" points back at researchers the article has named.
    if (lex.definiteDeterminers.has(wordBefore(sentence, match.index))) continue;
    return true;
  }
  return false;
}

/**
 * "Des rapports indiquent", "experts say", "il semblerait que": a claim credited to
 * sources nobody can look up. Not weak when the subject is qualified by a name
 * ("des experts de l'OMS") or the sentence links to its source.
 */
export function findVagueAttributions(block: BlockView, lex: CompiledLexicon): Candidate[] {
  return block.sentences
    .filter((sentence) => !sentence.provenance && !sentence.linked && isVague(sentence, lex))
    .map((sentence) => ({ code: 'vague-attribution', start: sentence.start, end: sentence.end }));
}
