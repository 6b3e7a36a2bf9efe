import type { ArticleSnapshot } from '../../snapshot/article-snapshot';
import type { Evidence } from '../../report/schema';
import { registrableDomain } from '../domain';

export interface CanonicalDecision {
  canonicalUrl: string | null;
  /** The canonical address is on another registrable domain than the page. */
  syndicated: boolean;
  evidence: Evidence[];
}

/**
 * The page's canonical address (`<link rel=canonical>`, else `og:url`). When it points
 * to another site, the page is a copy or a syndication of that site's article.
 */
export function decideCanonical(snapshot: ArticleSnapshot, pageDomain: string | null): CanonicalDecision {
  const evidence: Evidence[] = [];
  const link = snapshot.relLinks.find((candidate) => /\bcanonical\b/.test(candidate.rel));
  if (link !== undefined) evidence.push({ origin: 'link-rel', key: 'canonical', raw: link.href, value: link.href });
  const ogUrl = snapshot.meta.find((tag) => tag.key === 'og:url' && /^https?:\/\//i.test(tag.content));
  if (ogUrl !== undefined) evidence.push({ origin: 'meta', key: 'og:url', raw: ogUrl.content, value: ogUrl.content });
  const canonicalUrl = link?.href ?? ogUrl?.content ?? null;
  const canonicalDomain = canonicalUrl === null ? null : registrableDomain(canonicalUrl);
  // The same name under another suffix (theregister.co.uk, theregister.com) is the same publisher.
  const label = (domain: string): string => domain.split('.')[0] ?? domain;
  const syndicated =
    canonicalDomain !== null && pageDomain !== null && canonicalDomain !== pageDomain && label(canonicalDomain) !== label(pageDomain);
  return { canonicalUrl, syndicated, evidence };
}
