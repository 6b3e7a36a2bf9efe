import type { ArticleSnapshot } from '../../snapshot/article-snapshot';
import { articleNodes, asArray, text, type JsonLdIndex } from './json-ld-nodes';
import { tidy } from './snapshot-lookup';

/**
 * The section the article is filed under: `article:section`, JSON-LD `articleSection`,
 * microdata, else the leftover part of the `<title>` ("Flash Monde – Headline").
 */
export function decideSection(snapshot: ArticleSnapshot, index: JsonLdIndex, titleLeftover: string | null): string | null {
  const meta = snapshot.meta.find((tag) => tag.key === 'article:section' && tag.content.trim() !== '');
  if (meta !== undefined) return tidy(meta.content);
  for (const node of articleNodes(index)) {
    const section = asArray(node['articleSection']).map(text).find((value) => value !== null);
    if (section !== undefined && section !== null) return tidy(section);
  }
  const prop = snapshot.microdata.find((candidate) => candidate.prop === 'articleSection' && candidate.value !== '');
  if (prop !== undefined) return prop.value;
  return titleLeftover !== null && titleLeftover.length <= 40 ? titleLeftover : null;
}
