import { LEXICONS, PACKS } from '../../languages/registry';

/**
 * Stop words per language: a sourcing lexicon's own where the language has one, else
 * its language pack's. The packs of languages the sourcing rules cannot read yet let
 * the detector say "this is Spanish" rather than mistake Spanish for French (the two
 * share many short words), so the French rules are not run on it.
 */
export const STOP_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...PACKS.flatMap((pack): [string, ReadonlySet<string>][] => (pack.stopWords === undefined ? [] : [[pack.lang, new Set(pack.stopWords)]])),
  ...LEXICONS.map((lexicon): [string, ReadonlySet<string>] => [lexicon.lang, new Set(lexicon.stopWords)]),
]);
