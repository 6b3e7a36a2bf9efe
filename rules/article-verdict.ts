import type { Report } from '../report/schema';

/** Below this many words, a page is a form or a stub (a brief of a few sentences has more). */
const MIN_ARTICLE_WORDS = 50;
/** Above this share of its words in links, a page is a list of links (teasers, a menu), not prose. */
const MAX_LINK_SHARE = 0.6;
/** A headline says something: a one- or two-word heading is a section's name ("World", "Latest"). */
const MIN_HEADLINE_WORDS = 3;
/** Title evidence that the page shows its headline (a visible heading its titles confirm). */
const SHOWN_HEADLINE_KEYS = new Set(['h1', 'headline in <title>']);

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Scripts written without spaces: a headline there is one long "word". */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

function linkShare(report: Report): number {
  const linked = report.citations.links.reduce((total, link) => total + countWords(link.text), 0);
  return report.article.wordCount === 0 ? 1 : linked / report.article.wordCount;
}

function showsItsHeadline(report: Report): boolean {
  const title = report.article.title ?? '';
  const longEnough = countWords(title) >= MIN_HEADLINE_WORDS || UNSPACED.test(title);
  return longEnough && report.article.titleEvidence.some((evidence) => SHOWN_HEADLINE_KEYS.has(evidence.key));
}

/**
 * Whether a report describes an article worth marking up: prose rather than a list of
 * links, and either "probably readerable" or, for a short piece Readability's test
 * misses (a brief), a visible headline its titles confirm with a date or a
 * well-supported author. Home pages, section fronts and listings fail: their text is
 * mostly links, their heading is a section's name, and their one byline a teaser's.
 */
export function looksLikeArticle(report: Report): boolean {
  if (report.article.wordCount < MIN_ARTICLE_WORDS || linkShare(report) > MAX_LINK_SHARE) return false;
  if (report.article.readerable) return true;
  const dated = report.published.value !== null;
  const signed = report.author.names.length > 0 && report.author.confidence !== 'low';
  return showsItsHeadline(report) && (dated || signed);
}
