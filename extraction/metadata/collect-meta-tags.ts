import type { MetaTag } from '../../snapshot/article-snapshot';
import { clip, metadataElements, squash } from './dom-text';

const MAX_TAGS = 400;
const MAX_CONTENT = 1000;
const KEY_ATTRIBUTES = ['name', 'property', 'itemprop', 'http-equiv'] as const;

/** Every `<meta>` with a key and a content, in page order. */
export function collectMetaTags(source: Document | readonly Element[]): MetaTag[] {
  const elements = metadataElements(source);
  const tags: MetaTag[] = [];
  for (const element of elements) {
    if (tags.length >= MAX_TAGS) break;
    if (element.tagName.toUpperCase() !== 'META') continue;
    const content = element.getAttribute('content');
    if (content === null) continue;
    for (const attribute of KEY_ATTRIBUTES) {
      const key = element.getAttribute(attribute);
      if (key === null || key.trim() === '') continue;
      tags.push({ key: key.trim().toLowerCase(), content: clip(squash(content), MAX_CONTENT) });
      break;
    }
  }
  return tags;
}
