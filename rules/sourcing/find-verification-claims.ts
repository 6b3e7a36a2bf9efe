import { sentenceFindings, type BlockView, type Candidate } from './block-view';
import type { CompiledLexicon } from './compiled-lexicon';
import { matchesOf, occursIn } from './triggers';

/** How many words before a term a negation still denies it (« non vérifiée », « n'a pas été vérifiée »). */
const NEGATION_REACH = 4;

function negated(sentence: string, index: number, lex: CompiledLexicon): boolean {
  const before = sentence.slice(0, index).toLowerCase().replace(/’/g, "'").split(/[^\p{L}']+/u).filter((word) => word !== '').slice(-NEGATION_REACH);
  return before.some((word) => lex.lexicon.negations.includes(word));
}

/** The verification words of a claim of checking that names nothing it checked against, or null. */
function claimedVerification(sentence: string, words: ReadonlySet<string>, lex: CompiledLexicon): { start: number; end: number } | null {
  const matches = matchesOf(lex.verificationTerm, sentence, words).filter((m) => !negated(sentence, m.index, lex));
  // A check made only under a condition ("if verified", « si elle avait été vérifiée ») is not claimed.
  if ([...words].some((word) => lex.conditionMarkers.has(word))) return null;
  const terms = new Set(matches.map((m) => m[0].toLowerCase()));
  const first = matches[0];
  const last = matches[matches.length - 1];
  if (first === undefined || last === undefined) return null;
  if (terms.size < 2 && !occursIn(lex.verificationSubject, sentence, words)) return null;
  // "vérifié auprès de l'Insee", "checked against Eurostat data": the check names what it checked against.
  return lex.checkedAgainst.test(sentence) ? null : { start: first.index, end: last.index + last[0].length };
}

/**
 * "Cet article a été vérifié, recoupé, reformulé", "this article has been
 * fact-checked": a claim of checking (or of rewriting an unnamed original) that
 * names no source. Credit lines ("Article rédigé par …") are provenance, skipped.
 */
export function findVerificationClaims(block: BlockView, lex: CompiledLexicon): Candidate[] {
  return sentenceFindings(block, 'unsourced-verification-claim', (sentence) => claimedVerification(sentence.text, sentence.words, lex));
}
