import type { ArticleVocabulary } from './article-vocabulary';

export const fr: ArticleVocabulary = {
  lang: 'fr',
  sections: {
    opinion: ['opinion', 'opinions', 'tribune', 'tribunes', 'idees', 'debats', 'editorial', 'editoriaux', 'edito', 'chronique', 'chroniques', 'point de vue', 'points de vue'],
    analysis: ['analyse', 'analyses', 'decryptage', 'decryptages'],
    live: ['direct', 'en direct', 'live'],
    'press-release': ['communique', 'communiques', 'communique de presse', 'communiques de presse'],
    sponsored: ['contenu sponsorise', 'contenu partenaire', 'contenus partenaires', 'publi redactionnel', 'publireportage', 'brand content'],
  },
  headlineLabels: {
    opinion: ['tribune', 'editorial', 'edito', 'chronique', 'point de vue', 'opinion'],
    analysis: ['analyse', 'decryptage'],
    live: ['direct', 'en direct', 'live'],
    'press-release': ['communique', 'communique de presse'],
    sponsored: ['contenu sponsorise', 'publi redactionnel', 'publireportage'],
  },
  paywallNotices: [
    'de cet article a lire',
    'la suite est reservee aux abonnes',
    'cet article est reserve aux abonnes',
    'article reserve aux abonnes',
    'abonnez vous pour lire la suite',
    'pour lire la suite de cet article',
  ],
};
