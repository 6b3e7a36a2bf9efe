import type { LanguagePack } from '../pack';

/** Portuguese: only what language detection needs, so a Portuguese page is not read as another language. */
export const pt: LanguagePack = {
  lang: 'pt',
  stopWords: ['de', 'que', 'em', 'no', 'se', 'a', 'o', 'os', 'as', 'do', 'da', 'dos', 'das', 'um', 'uma', 'não', 'com', 'para', 'por', 'mais', 'como', 'mas', 'foi', 'ao', 'seu', 'sua', 'ou', 'quando', 'muito', 'também', 'pelo', 'pela', 'até', 'isso', 'ela', 'entre', 'depois', 'sem', 'mesmo', 'aos', 'são', 'e', 'é'],
};
