import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { hasArticleSignals } from './article-signals';
import { bodyBlocks } from './body-blocks';
import { boundSnapshot } from './bound-snapshot';
import { collectMetadata } from './metadata/collect-metadata';
import { SNAPSHOT_VERSION, type ArticleSnapshot, type ReadabilityResult } from './snapshot';

/**
 * Builds the article snapshot of a document: metadata candidates read from the page
 * as it is, and the article body as Readability finds it on a clone (`parse()`
 * rewrites the DOM it is given, and the reader's page must stay untouched).
 *
 * Runs on the live page in the content script and on a parsed file in Node.
 */
export function extractSnapshot(doc: Document, url: string): ArticleSnapshot {
  const metadata = collectMetadata(doc, url);
  const readerable = isProbablyReaderable(doc);
  // Cloning and Readability are most of the cost, and wasted on a page that is neither
  // readerable nor says anything an article says: it is not one, and is left unread.
  const parsed =
    readerable || hasArticleSignals(metadata)
      ? new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (node) => node }).parse()
      : null;

  let readability: ReadabilityResult | null = null;
  let blocks: ArticleSnapshot['blocks'] = [];
  if (parsed !== null) {
    readability = {
      title: parsed.title || null,
      byline: parsed.byline || null,
      excerpt: parsed.excerpt || null,
      siteName: parsed.siteName || null,
      publishedTime: parsed.publishedTime || null,
      lang: parsed.lang || null,
    };
    if (parsed.content) blocks = bodyBlocks(parsed.content as Element, url);
  }

  return boundSnapshot({
    snapshotVersion: SNAPSHOT_VERSION,
    url,
    ...metadata,
    readerable,
    readability,
    blocks,
  });
}
