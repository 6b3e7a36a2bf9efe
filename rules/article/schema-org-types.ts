import type { ArticleType } from '../../report/schema';

/**
 * schema.org article types (JSON-LD `@type`) that say what kind of article a page is.
 * Types are vocabulary of the web, not of a language, so one table serves all pages.
 */
export const SCHEMA_ORG_ARTICLE_TYPES: Readonly<Record<string, ArticleType>> = {
  OpinionNewsArticle: 'opinion',
  ReviewNewsArticle: 'opinion',
  AnalysisNewsArticle: 'analysis',
  BackgroundNewsArticle: 'analysis',
  LiveBlogPosting: 'live',
  AdvertiserContentArticle: 'sponsored',
  NewsArticle: 'news',
  ReportageNewsArticle: 'news',
};
