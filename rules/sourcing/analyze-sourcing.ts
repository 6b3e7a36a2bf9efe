import { articleText, BLOCK_SEPARATOR, type ArticleSnapshot } from '../../extraction/snapshot';
import type { Report, Warning } from '../../report/schema';
import { textQuoteAt } from '../anchors/text-quote';
import { citationInventory } from '../citations/citation-inventory';
import { detectLanguage } from '../language/detect-language';
import { lexiconFor } from '../lexicons/registry';
import { blockView, type Detector } from './block-view';
import { compileLexicon } from './compiled-lexicon';
import { findAnonymousSpeakers } from './find-anonymous-speakers';
import { findCitationNeededMarkers, findPlaceholderAttributions } from './find-bracket-markers';
import { findOfficialStatements } from './find-official-statements';
import { findUnsourcedFigures } from './find-unsourced-figures';
import { findVagueAttributions } from './find-vague-attributions';
import { findVerificationClaims } from './find-verification-claims';
import { FINDING_KINDS } from './finding-codes';
import { selectFindings, type PlacedCandidate } from './select-findings';

export interface SourcingOptions {
  /** The page's language (BCP 47); when null or without a lexicon, it is guessed from the text. */
  lang: string | null;
  /** Registrable domain of the page, to tell self-links from sources. */
  pageDomain: string | null;
}

export interface SourcingResult {
  citations: Report['citations'];
  warnings: Warning[];
}

const DETECTORS: readonly Detector[] = [
  findCitationNeededMarkers,
  findPlaceholderAttributions,
  findAnonymousSpeakers,
  findVagueAttributions,
  findVerificationClaims,
  findOfficialStatements,
  findUnsourcedFigures,
];

/** Headings and table cells state no claims of their own worth a mark. */
const SKIPPED_BLOCKS = new Set(['heading', 'table-cell']);

/**
 * What the article stands on: its body links, typed, and the passages whose
 * sourcing is weak, each with a text-quote anchor the page layer can find again.
 */
export function analyzeSourcing(snapshot: ArticleSnapshot, options: SourcingOptions): SourcingResult {
  const inventory = citationInventory(snapshot.blocks, { pageDomain: options.pageDomain });
  const text = articleText(snapshot);
  const lexicon = lexiconFor(options.lang) ?? lexiconFor(detectLanguage(text));
  if (lexicon === null) return { citations: inventory.citations, warnings: [] };
  const lex = compileLexicon(lexicon);

  const offsets: number[] = [];
  const candidates: PlacedCandidate[] = [];
  let offset = 0;
  snapshot.blocks.forEach((block, blockIndex) => {
    offsets.push(offset);
    if (!SKIPPED_BLOCKS.has(block.kind)) {
      const placed = inventory.placed.filter((citation) => citation.blockIndex === blockIndex);
      const view = blockView(block, offset, placed, lex);
      for (const detect of DETECTORS) {
        for (const candidate of detect(view, lex)) candidates.push({ ...candidate, blockIndex });
      }
    }
    offset += block.text.length + BLOCK_SEPARATOR.length;
  });

  const findings = selectFindings(candidates, snapshot.blocks.map((block) => block.text));
  const warnings = findings.map((finding): Warning => {
    const base = offsets[finding.blockIndex] ?? 0;
    return {
      code: finding.code,
      severity: FINDING_KINDS[finding.code].severity,
      category: 'sourcing',
      message: FINDING_KINDS[finding.code].message,
      anchor: textQuoteAt(text, base + finding.start, base + finding.end),
    };
  });
  return { citations: inventory.citations, warnings };
}
