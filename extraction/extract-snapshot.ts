import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { hasArticleSignals, hasHeadlineAndProse } from './article-signals';
import { attemptStep } from '../snapshot/attempt-step';
import { bodyBlocks } from './body-blocks';
import { boundSnapshot } from './bound-snapshot';
import { keepRunningText } from './running-text';
import { collectMetadata } from './metadata/collect-metadata';
import { BODY_STEP, SNAPSHOT_VERSION, type ArticleSnapshot, type BodyBlock, type ReadabilityResult } from '../snapshot/article-snapshot';

interface ReadBody {
  readability: ReadabilityResult | null;
  blocks: BodyBlock[];
}

/**
 * Readability, split into blocks. `parse()` rewrites the DOM it is given, so it gets
 * a clone unless the caller hands the document over.
 */
function readBody(doc: Document, url: string, consumeDocument: boolean): ReadBody {
  const readable = consumeDocument ? doc : (doc.cloneNode(true) as Document);
  keepRunningText(readable);
  const parsed = new Readability<Node>(readable, { serializer: (node) => node }).parse();
  if (parsed === null) return { readability: null, blocks: [] };
  return {
    readability: {
      title: parsed.title || null,
      byline: parsed.byline || null,
      excerpt: parsed.excerpt || null,
      siteName: parsed.siteName || null,
      publishedTime: parsed.publishedTime || null,
      lang: parsed.lang || null,
    },
    blocks: parsed.content ? bodyBlocks(parsed.content as Element, url) : [],
  };
}

export interface ExtractOptions {
  /**
   * The document is the caller's own and nothing reads it afterwards (the CLI's
   * parsed file): Readability, which runs last, may rewrite it instead of a copy,
   * which saves cloning the whole tree. Never on a live page.
   */
  consumeDocument?: boolean;
}

/**
 * Builds the article snapshot of a document: metadata candidates read from the page
 * as it is, and the article body as Readability finds it on a clone. Every step fails
 * alone: a step that throws leaves its part empty and is named in `failedSteps`, so a
 * page Readability cannot read still gets its metadata, dates and author.
 *
 * Runs on the live page in the content script and on a parsed file in Node.
 */
export function extractSnapshot(doc: Document, url: string, options: ExtractOptions = {}): ArticleSnapshot {
  const failed: string[] = [];
  const metadata = collectMetadata(doc, url, failed);
  const readerable = attemptStep('readerable', failed, false, () => isProbablyReaderable(doc));
  // Cloning and Readability are most of the cost, and wasted on a page that is not
  // readerable, says nothing an article says and shows no headline over prose.
  const body =
    readerable || hasArticleSignals(metadata) || hasHeadlineAndProse(metadata)
      ? attemptStep<ReadBody>(BODY_STEP, failed, { readability: null, blocks: [] }, () => readBody(doc, url, options.consumeDocument === true))
      : { readability: null, blocks: [] };

  return boundSnapshot({
    snapshotVersion: SNAPSHOT_VERSION,
    url,
    ...metadata,
    readerable,
    readability: body.readability,
    blocks: body.blocks,
    ...(failed.length > 0 ? { failedSteps: failed } : {}),
  });
}
