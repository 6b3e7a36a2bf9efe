import type { CompiledLexicon } from './compiled-lexicon';

/**
 * The sentence with every interposed adverb of a cue blanked to spaces (« a également
 * déclaré » reads « a           déclaré »), so cues of several words match across them.
 * Offsets are kept: a match indexes the sentence itself.
 */
export function withoutInterposedAdverbs(sentence: string, lex: CompiledLexicon): string {
  const pattern = lex.interposedAdverb;
  return pattern === null ? sentence : sentence.replace(pattern, (adverb) => ' '.repeat(adverb.length));
}
