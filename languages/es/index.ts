import type { LanguagePack } from '../pack';

/** Spanish: only what language detection needs, so a Spanish page is not read as another language. */
export const es: LanguagePack = {
  lang: 'es',
  stopWords: ['de', 'la', 'que', 'en', 'un', 'se', 'no', 'al', 'el', 'los', 'las', 'del', 'una', 'por', 'con', 'para', 'es', 'lo', 'como', 'más', 'pero', 'sus', 'según', 'fue', 'este', 'esta', 'también', 'han', 'hay', 'ya', 'muy', 'sobre', 'entre', 'cuando', 'donde', 'porque', 'y'],
};
