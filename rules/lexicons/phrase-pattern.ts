/**
 * Lexicon phrases compiled to a regex, with the phrase syntax the language packs use
 * (`languages/words-pattern.ts`): plain words, `'` for either apostrophe, a trailing
 * `*` for any ending. Kept here so lexicon files stay data a translator can edit, and
 * every rule matches words the same way.
 */
import { alternation } from '../../languages/words-pattern';

/** A global, case-insensitive, Unicode regex matching any of the phrases as whole words. */
export function compilePhrases(phrases: readonly string[]): RegExp {
  return new RegExp(alternation(phrases), 'giu');
}
