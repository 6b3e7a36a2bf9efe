import type { ArticleSnapshot, MetaTag } from '../../extraction/snapshot';

/** Meta tags whose key is one of `keys` (lower-case), in page order, non-empty. */
export function metaTags(snapshot: Pick<ArticleSnapshot, 'meta'>, keys: readonly string[]): MetaTag[] {
  const wanted = new Set(keys);
  return snapshot.meta.filter((tag) => wanted.has(tag.key) && tag.content.trim() !== '');
}

/** The first non-empty content of the first listed key present. */
export function firstMeta(snapshot: Pick<ArticleSnapshot, 'meta'>, keys: readonly string[]): MetaTag | null {
  for (const key of keys) {
    const tag = snapshot.meta.find((candidate) => candidate.key === key && candidate.content.trim() !== '');
    if (tag !== undefined) return tag;
  }
  return null;
}

/** Collapses whitespace and decodes the few entities that survive double-escaping in metadata. */
export function tidy(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&#8217;|&rsquo;/g, '’')
    .replace(/&#8211;|&ndash;/g, '–')
    .replace(/&#8212;|&mdash;/g, '—')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}
