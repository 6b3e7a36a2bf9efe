import { LEXICONS } from '../lexicons/registry';

/**
 * Stop words of languages the sourcing rules have no lexicon for yet. They let the
 * detector say "this is Spanish" rather than mistake Spanish for French (the two
 * share many short words), so the French rules are not run on it. Adding a lexicon
 * adds its language here automatically.
 */
const DETECTION_ONLY: Readonly<Record<string, readonly string[]>> = {
  es: ['de', 'la', 'que', 'en', 'un', 'se', 'no', 'al', 'el', 'los', 'las', 'del', 'una', 'por', 'con', 'para', 'es', 'lo', 'como', 'más', 'pero', 'sus', 'según', 'fue', 'este', 'esta', 'también', 'han', 'hay', 'ya', 'muy', 'sobre', 'entre', 'cuando', 'donde', 'porque', 'y'],
  pt: ['de', 'que', 'em', 'no', 'se', 'a', 'o', 'os', 'as', 'do', 'da', 'dos', 'das', 'um', 'uma', 'não', 'com', 'para', 'por', 'mais', 'como', 'mas', 'foi', 'ao', 'seu', 'sua', 'ou', 'quando', 'muito', 'também', 'pelo', 'pela', 'até', 'isso', 'ela', 'entre', 'depois', 'sem', 'mesmo', 'aos', 'são', 'e', 'é'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'von', 'mit', 'sich', 'des', 'auf', 'für', 'im', 'dem', 'auch', 'es', 'an', 'werden', 'aus', 'er', 'hat', 'dass', 'sie', 'nach', 'wird', 'bei', 'einer', 'um', 'noch', 'wie', 'einem', 'über', 'einen', 'so', 'zum', 'war', 'haben', 'nur', 'oder', 'aber', 'vor', 'zur', 'bis', 'mehr', 'durch', 'man'],
  it: ['la', 'un', 'in', 'a', 'il', 'di', 'che', 'è', 'per', 'una', 'sono', 'della', 'del', 'con', 'non', 'gli', 'le', 'da', 'nel', 'alla', 'anche', 'come', 'più', 'ma', 'ha', 'dei', 'delle', 'nella', 'questo', 'essere', 'lo', 'tra', 'si', 'e'],
};

export const STOP_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...LEXICONS.map((lexicon): [string, ReadonlySet<string>] => [lexicon.lang, new Set(lexicon.stopWords)]),
  ...Object.entries(DETECTION_ONLY).map(([lang, words]): [string, ReadonlySet<string>] => [lang, new Set(words)]),
]);
