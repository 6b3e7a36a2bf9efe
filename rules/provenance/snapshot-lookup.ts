import { decodeHTML } from 'entities';
import type { ArticleSnapshot, MetaTag } from '../../snapshot/article-snapshot';

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

/**
 * Collapses whitespace and decodes entities that survive escaping in metadata
 * ("Jos&#xE9;" in JSON-LD), twice for the doubly escaped ("&amp;eacute;").
 */
export function tidy(value: string): string {
  return decodeHTML(decodeHTML(value))
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}
