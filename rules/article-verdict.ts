import type { Report } from '../report/schema';

/** Below this many words, a page with no article metadata is a list, a form or a stub. */
const MIN_ARTICLE_WORDS = 80;

/**
 * Whether a report describes an article worth marking up. Readability's
 * "probably readerable" test alone misses short news briefs, so a page that is not
 * readerable still counts when it states a publication date, or an author on better
 * than weak support: a single byline among a home page's teasers is not the page's.
 */
export function looksLikeArticle(report: Report): boolean {
  if (report.article.wordCount < MIN_ARTICLE_WORDS) return false;
  if (report.article.readerable || report.published.value !== null) return true;
  return report.author.names.length > 0 && report.author.confidence !== 'low';
}
