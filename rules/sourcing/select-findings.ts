import { overlaps, type Candidate } from './block-view';
import { FINDING_PRIORITY } from './finding-codes';

/** A candidate placed in the article: its block, and its offsets within that block. */
export interface PlacedCandidate extends Candidate {
  blockIndex: number;
}

/**
 * One finding per passage: where candidates overlap, the more specific code wins;
 * then consecutive sentences of one block with the same code become one passage, so
 * a paragraph of vague claims is one mark, not five.
 */
export function selectFindings(candidates: readonly PlacedCandidate[], blockTexts: readonly string[]): PlacedCandidate[] {
  const rank = (candidate: PlacedCandidate): number => FINDING_PRIORITY[candidate.code];
  const byPriority = [...candidates].sort((a, b) => rank(a) - rank(b) || a.blockIndex - b.blockIndex || a.start - b.start);
  const kept: PlacedCandidate[] = [];
  for (const candidate of byPriority) {
    if (!kept.some((other) => other.blockIndex === candidate.blockIndex && overlaps(other, candidate))) kept.push(candidate);
  }
  kept.sort((a, b) => a.blockIndex - b.blockIndex || a.start - b.start);
  const merged: PlacedCandidate[] = [];
  for (const candidate of kept) {
    const last = merged[merged.length - 1];
    const between = last === undefined ? '' : (blockTexts[last.blockIndex] ?? '').slice(last.end, candidate.start);
    if (last !== undefined && last.blockIndex === candidate.blockIndex && last.code === candidate.code && between.trim() === '') {
      last.end = candidate.end;
    } else {
      merged.push({ ...candidate });
    }
  }
  return merged;
}
