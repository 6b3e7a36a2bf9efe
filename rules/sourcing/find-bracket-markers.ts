import { overlaps, sentenceAt, type BlockView, type Candidate } from './block-view';
import type { CompiledLexicon } from './compiled-lexicon';

/** Closing quotation marks and the opening mark each one pairs with. */
const OPENING_FOR: Readonly<Record<string, string>> = { '»': '«', '”': '“', '"': '"', '’': '‘' };

/** Where the quotation that ends just before `position` opens, or -1 when none does. */
function quotationStart(text: string, position: number): number {
  const before = text.slice(0, position).replace(/[\s\u00a0\u202f,–—-]+$/u, '');
  const closing = before.charAt(before.length - 1);
  const opening = OPENING_FOR[closing];
  if (opening === undefined) return -1;
  return before.lastIndexOf(opening, before.length - 2);
}

/**
 * "[Source officielle]", "(source : internet)": an attribution that names nobody.
 * The finding covers the quotation it is attached to and the placeholder, because
 * that pair is what the reader should see flagged. A placeholder that is itself a
 * link, or sits in a linked sentence, is a real (if terse) citation.
 */
export function findPlaceholderAttributions(block: BlockView, lex: CompiledLexicon): Candidate[] {
  const candidates: Candidate[] = [];
  if (!/[[(]/.test(block.text)) return candidates;
  for (const match of block.text.matchAll(lex.placeholder)) {
    const marker = { start: match.index, end: match.index + match[0].length };
    if (block.links.some((link) => overlaps(link, marker))) continue;
    const sentence = sentenceAt(block, marker.start);
    if (sentence?.linked === true) continue;
    const quoteStart = quotationStart(block.text, marker.start);
    // "(web)" or "(internet)" alone is an aside; it is a placeholder when it credits a quotation or says "source".
    if (quoteStart === -1 && !/sources?/iu.test(match[0])) continue;
    const start = quoteStart !== -1 ? quoteStart : (sentence?.start ?? marker.start);
    candidates.push({ code: 'placeholder-attribution', start, end: marker.end });
  }
  return candidates;
}

/** "[citation needed]", "[réf. nécessaire]": the writer's own admission that a claim lacks a source. */
export function findCitationNeededMarkers(block: BlockView, lex: CompiledLexicon): Candidate[] {
  const candidates: Candidate[] = [];
  if (!block.text.includes('[')) return candidates;
  for (const match of block.text.matchAll(lex.citationNeeded)) {
    const end = match.index + match[0].length;
    const sentence = sentenceAt(block, match.index);
    candidates.push({ code: 'citation-needed-marker', start: sentence?.start ?? match.index, end: Math.max(end, sentence?.end ?? end) });
  }
  return candidates;
}
