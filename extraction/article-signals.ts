import type { PageMetadata } from './metadata/collect-metadata';

/** Meta keys that only article pages tend to carry. */
const ARTICLE_META = /^(?:article:|author$|date$|pubdate$|publishdate$|parsely-|sailthru\.(?:author|date)$|dc\.(?:creator|date)|dcterms\.(?:creator|date|issued)|citation_)/;
const ARTICLE_PROPS = new Set(['author', 'datepublished', 'datecreated', 'articlebody', 'headline']);

/**
 * Whether the page's metadata says anything an article says: a byline, a date, an
 * article type. Together with Readability's cheap "probably readerable" test, it
 * lets extraction skip the full Readability pass on pages that are plainly not
 * articles (home pages, search results, shops), where it is the whole cost.
 * Deliberately generous: any JSON-LD at all counts, since the rules read it.
 */
export function hasArticleSignals(metadata: PageMetadata): boolean {
  return (
    metadata.jsonLd.length > 0 ||
    metadata.timeElements.length > 0 ||
    metadata.bylineElements.length > 0 ||
    metadata.relLinks.some((link) => link.rel.split(/\s+/).includes('author')) ||
    metadata.meta.some(({ key, content }) => ARTICLE_META.test(key) || (key === 'og:type' && content.trim().toLowerCase() === 'article')) ||
    metadata.microdata.some(({ prop }) => ARTICLE_PROPS.has(prop.toLowerCase()))
  );
}

/** Enough prose for a brief: four or five sentences. */
const MIN_BRIEF_CHARS = 400;

/**
 * Whether the page shows a headline over paragraphs of prose: a short article with no
 * metadata at all (a brief, a blog post) is still an article to read.
 */
export function hasHeadlineAndProse(metadata: Pick<PageMetadata, 'headings' | 'sentenceChars'>): boolean {
  return (metadata.headings?.length ?? 0) > 0 && (metadata.sentenceChars ?? 0) >= MIN_BRIEF_CHARS;
}
