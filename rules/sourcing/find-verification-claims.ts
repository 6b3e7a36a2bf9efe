import type { BlockView, Candidate } from './block-view';
import type { CompiledLexicon } from './compiled-lexicon';
import { matchesOf, occursIn } from './triggers';

/** "vérifié auprès de l'Insee", "checked against Eurostat data": the check names what it checked against. */
const CHECKED_AGAINST = /(?:par|auprès d[eu]s?|avec|grâce à|by|with|against|using|via)[\s\u00a0]+(?:(?:l['’]|la|le|les|the|des|du)[\s\u00a0]*)?\p{Lu}/u;

/** How many words before a term a negation still denies it (« non vérifiée », « n'a pas été vérifiée »). */
const NEGATION_REACH = 4;

function negated(sentence: string, index: number, lex: CompiledLexicon): boolean {
  const before = sentence.slice(0, index).toLowerCase().replace(/’/g, "'").split(/[^\p{L}']+/u).filter((word) => word !== '').slice(-NEGATION_REACH);
  return before.some((word) => lex.lexicon.negations.includes(word) || word.startsWith("n'"));
}

function claimsVerification(sentence: string, words: ReadonlySet<string>, lex: CompiledLexicon): boolean {
  const matches = matchesOf(lex.verificationTerm, sentence, words).filter((m) => !negated(sentence, m.index, lex));
  if ([...words].some((word) => lex.lexicon.negations.includes(word) && (word === 'if' || word === 'si' || word === "s'il"))) return false;
  const terms = new Set(matches.map((m) => m[0].toLowerCase()));
  if (terms.size === 0) return false;
  if (terms.size < 2 && !occursIn(lex.verificationSubject, sentence, words)) return false;
  return !CHECKED_AGAINST.test(sentence);
}

/**
 * "Cet article a été vérifié, recoupé, reformulé", "this article has been
 * fact-checked": a claim of checking (or of rewriting an unnamed original) that
 * names no source. Credit lines ("Article rédigé par …") are provenance, skipped.
 */
export function findVerificationClaims(block: BlockView, lex: CompiledLexicon): Candidate[] {
  return block.sentences
    .filter((s) => !s.provenance && !s.linked && claimsVerification(s.text, s.words, lex) && !s.attributed())
    .map((s) => ({ code: 'unsourced-verification-claim', start: s.start, end: s.end }));
}
