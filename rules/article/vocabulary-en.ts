import type { ArticleVocabulary } from './article-vocabulary';

export const en: ArticleVocabulary = {
  lang: 'en',
  sections: {
    opinion: ['opinion', 'opinions', 'comment', 'commentisfree', 'editorial', 'editorials', 'op ed', 'oped', 'columnists', 'columns'],
    analysis: ['analysis', 'news analysis', 'explainer', 'explainers'],
    live: ['live', 'live blog', 'liveblog', 'live updates'],
    'press-release': ['press release', 'press releases'],
    sponsored: ['sponsored', 'sponsored content', 'partner content', 'paid content', 'paid post', 'brand studio', 'advertorial'],
  },
  headlineLabels: {
    opinion: ['opinion', 'comment', 'editorial', 'op ed', 'the view'],
    analysis: ['analysis', 'news analysis'],
    live: ['live', 'live updates', 'as it happened'],
    'press-release': ['press release'],
    sponsored: ['sponsored', 'advertisement feature', 'paid post'],
  },
  paywallNotices: [
    'subscribe to continue reading',
    'subscribe to read the full article',
    'subscribe to read the full story',
    'this article is for subscribers only',
    'this article is reserved for subscribers',
    'the rest of this article is for subscribers',
    'to continue reading this article',
    'continue reading with a subscription',
  ],
};
