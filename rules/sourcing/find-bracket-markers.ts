import { overlaps, sentenceAt, type BlockView, type Candidate } from './block-view';
import type { CompiledLexicon } from './compiled-lexicon';
import { quotationEndingBefore } from './quotations';

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
    const quoteStart = quotationEndingBefore(block.text, marker.start);
    // "(web)" or "(internet)" alone is an aside; it is a placeholder when it credits a quotation or says "source".
    if (quoteStart === -1 && !lex.sourceWord.test(match[0])) continue;
    const start = quoteStart !== -1 ? quoteStart : (sentence?.start ?? marker.start);
    candidates.push({ code: 'placeholder-attribution', start, end: marker.end, trigger: marker });
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
    candidates.push({ code: 'citation-needed-marker', start: sentence?.start ?? match.index, end: Math.max(end, sentence?.end ?? end), trigger: { start: match.index, end } });
  }
  return candidates;
}
