import type { CompiledLexicon } from './compiled-lexicon';
import { mayMatch } from './triggers';

/**
 * The sentence with every interposed adverb of a cue blanked to spaces (« a également
 * déclaré » reads « a           déclaré »), so cues of several words match across them.
 * Offsets are kept: a match indexes the sentence itself. `words` are the sentence's
 * (`sentenceWords`): without one of the adverbs the sentence is returned as it is.
 */
export function withoutInterposedAdverbs(sentence: string, words: ReadonlySet<string>, lex: CompiledLexicon): string {
  const trigger = lex.interposedAdverb;
  return mayMatch(trigger, words) ? sentence.replace(trigger.re, (adverb) => ' '.repeat(adverb.length)) : sentence;
}
