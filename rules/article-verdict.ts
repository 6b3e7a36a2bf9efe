import type { Report } from '../report/schema';

/** Below this many words, a page with no article metadata is a list, a form or a stub. */
const MIN_ARTICLE_WORDS = 80;

/**
 * Whether a report describes an article worth marking up. Readability's
 * "probably readerable" test alone misses short news briefs, so a page that is not
 * readerable still counts when it names an author or a publication date.
 */
export function looksLikeArticle(report: Report): boolean {
  if (report.article.wordCount < MIN_ARTICLE_WORDS) return false;
  return report.article.readerable || report.author.names.length > 0 || report.published.value !== null;
}
