import type { ArticleSnapshot } from '../../snapshot/article-snapshot';
import type { Evidence } from '../../report/schema';
import { articleNodes, indexJsonLd } from '../provenance/json-ld-nodes';
import { comparablePhrase, firstTextWithPhrase } from './comparable-words';
import { ARTICLE_VOCABULARIES } from './vocabularies';

/**
 * Below this many readable words, a page that declares itself not free to read is
 * showing its excerpt. A subscriber reads the whole article, far longer, on the same page.
 */
export const EXCERPT_MAX_WORDS = 300;

/** How much of a notice the evidence keeps. */
const MAX_RAW = 200;

export interface TruncationDecision {
  truncated: boolean;
  evidence: Evidence[];
}

let comparableNotices: readonly string[] | undefined;

/** Every language's paywall notices, made comparable once: each is looked for in every block of every page. */
function paywallNotices(): readonly string[] {
  return (comparableNotices ??= ARTICLE_VOCABULARIES.flatMap((vocabulary) => vocabulary.paywallNotices).map(comparablePhrase));
}

function isFalse(value: unknown): boolean {
  return value === false || (typeof value === 'string' && value.trim().toLowerCase() === 'false');
}

/**
 * Whether the readable text is only the start of the article: a paywall notice in the
 * text ("Il vous reste 57 % de cet article à lire", "Subscribe to continue reading"),
 * or a page whose JSON-LD says it is not free to read (`isAccessibleForFree: false`)
 * with only a short excerpt readable.
 */
export function detectTruncation(snapshot: ArticleSnapshot, wordCount: number): TruncationDecision {
  const notices = paywallNotices();
  const texts = [...snapshot.blocks.map((block) => block.text), ...snapshot.textLines.filter((line) => line.zone !== 'header').map((line) => line.text)];
  const evidence: Evidence[] = [];
  const notice = texts[firstTextWithPhrase(texts, notices)];
  if (notice !== undefined) evidence.push({ origin: 'visible-text', key: 'paywall notice', raw: notice.slice(0, MAX_RAW), value: 'truncated' });
  const closed = articleNodes(indexJsonLd(snapshot.jsonLd)).find((node) => isFalse(node['isAccessibleForFree']));
  if (closed !== undefined && wordCount < EXCERPT_MAX_WORDS) {
    evidence.push({ origin: 'json-ld', key: 'isAccessibleForFree', raw: String(closed['isAccessibleForFree']), value: 'truncated' });
  }
  return { truncated: evidence.length > 0, evidence };
}
