import type { LanguagePack } from '../pack';

/** Italian: only what language detection needs, so a Italian page is not read as another language. */
export const it: LanguagePack = {
  lang: 'it',
  stopWords: ['la', 'un', 'in', 'a', 'il', 'di', 'che', 'è', 'per', 'una', 'sono', 'della', 'del', 'con', 'non', 'gli', 'le', 'da', 'nel', 'alla', 'anche', 'come', 'più', 'ma', 'ha', 'dei', 'delle', 'nella', 'questo', 'essere', 'lo', 'tra', 'si', 'e'],
};
