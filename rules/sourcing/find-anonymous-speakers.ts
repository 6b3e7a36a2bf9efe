import { overlaps, type BlockView, type Candidate } from './block-view';
import type { CompiledLexicon } from './compiled-lexicon';
import { quotationStart } from './quotations';
import { matchesOf, occursIn } from './triggers';

/** "un haut fonctionnaire, Jean Martin," or "Jean Martin, un haut fonctionnaire": the speaker is named after all. */
const NAME_AFTER = /^[^,.;:«»“”]{0,40},[\s\u00a0]*\p{Lu}[\p{L}'’-]+[\s\u00a0]+\p{Lu}/u;
const NAME_BEFORE = /\p{Lu}[\p{L}'’-]+[\s\u00a0]+\p{Lu}[\p{L}'’-]+[\s\u00a0]*,[\s\u00a0]*$/u;

function hasAnonymousSpeaker(sentence: string, words: ReadonlySet<string>, lex: CompiledLexicon): boolean {
  const speakers = matchesOf(lex.anonymousSpeaker, sentence, words);
  if (speakers.length === 0 || !occursIn(lex.speechVerb, sentence, words)) return false;
  const exclusions = [...sentence.matchAll(lex.anonymousExclusion)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const match of speakers) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (exclusions.some((exclusion) => overlaps(exclusion, span))) continue;
    if (NAME_AFTER.test(sentence.slice(span.end))) continue;
    if (NAME_BEFORE.test(sentence.slice(Math.max(0, span.start - 60), span.start))) continue;
    return true;
  }
  return false;
}

/**
 * Words credited to someone unnamed ("a senior official said", "confie un haut
 * fonctionnaire"). When the paragraph explains the anonymity ("speaking on condition
 * of anonymity because…", "selon nos informations"), the finding is the milder
 * `anonymous-source-justified`.
 */
export function findAnonymousSpeakers(block: BlockView, lex: CompiledLexicon): Candidate[] {
  const claims = block.sentences.filter((sentence) => !sentence.provenance && !sentence.linked);
  const justified = claims.filter((sentence) => occursIn(lex.anonymityJustified, sentence.text, sentence.words));
  const anonymous = claims.filter((sentence) => !justified.includes(sentence) && hasAnonymousSpeaker(sentence.text, sentence.words, lex));
  const code = justified.length > 0 ? 'anonymous-source-justified' : 'unattributed-quote';
  // The passage is the whole quotation, which may have opened sentences before its speaker.
  const span = (sentence: (typeof claims)[number]) => ({ start: quotationStart(block.text, sentence.start, sentence.end), end: sentence.end });
  return [
    ...justified.map((sentence): Candidate => ({ code: 'anonymous-source-justified', ...span(sentence) })),
    ...anonymous.map((sentence): Candidate => ({ code, ...span(sentence) })),
  ];
}
