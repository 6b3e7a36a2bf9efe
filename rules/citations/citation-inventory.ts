import type { BodyBlock } from '../../snapshot/article-snapshot';
import { NON_SOURCE_KINDS, type CitationLink, type Report } from '../../report/schema';
import { classifyLink, type LinkContext } from './classify-link';

/** A body link with its kind, still tied to its place in the block (the passage rules need it). */
export interface PlacedCitation {
  blockIndex: number;
  start: number;
  end: number;
  link: CitationLink;
  /** False for self-links and promotion. */
  isSource: boolean;
}

export interface CitationInventory {
  citations: Report['citations'];
  placed: PlacedCitation[];
}

/**
 * Every link of the article body, typed. The report lists each address once (the
 * same source linked twice is one source); the placed list keeps every occurrence.
 */
export function citationInventory(blocks: readonly BodyBlock[], context: LinkContext): CitationInventory {
  const placed: PlacedCitation[] = [];
  const byHref = new Map<string, CitationLink>();
  blocks.forEach((block, blockIndex) => {
    for (const blockLink of block.links) {
      const link = classifyLink(blockLink.href, blockLink.text, context);
      const isSource = !NON_SOURCE_KINDS.includes(link.kind);
      placed.push({ blockIndex, start: blockLink.start, end: blockLink.end, link, isSource });
      if (!byHref.has(link.href)) byHref.set(link.href, link);
    }
  });
  const links = [...byHref.values()];
  const sourceCount = links.filter((link) => !NON_SOURCE_KINDS.includes(link.kind)).length;
  return { citations: { links, sourceCount }, placed };
}
