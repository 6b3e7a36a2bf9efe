import type { Severity } from '../../report/schema';
import type { SOURCING_WARNING_CODES } from '../../report/warning-codes';

export type SourcingCode = (typeof SOURCING_WARNING_CODES)[number];

interface FindingKind {
  severity: Severity;
  message: string;
}

/** What each passage finding means to a reader, and how serious it is. */
export const FINDING_KINDS: Readonly<Record<SourcingCode, FindingKind>> = {
  'citation-needed-marker': {
    severity: 'high',
    message: 'A "citation needed" marker was left in the text: this claim has no source.',
  },
  'placeholder-attribution': {
    severity: 'high',
    message: 'This quotation is credited only to a placeholder, with no named speaker and no link.',
  },
  'anonymous-source': {
    severity: 'medium',
    message: 'An unnamed source, and the article does not say why it is not named.',
  },
  'anonymous-source-justified': {
    severity: 'low',
    message: 'An anonymous source; the article says why the source is not named.',
  },
  'unattributed-quote': {
    severity: 'medium',
    message: 'A quotation with no speaker in its sentence, the sentences beside it, or the account it continues.',
  },
  'vague-attribution': {
    severity: 'medium',
    message: 'Credited to unnamed reports, experts or sources: the reader cannot check who says this.',
  },
  'unsourced-verification-claim': {
    severity: 'medium',
    message: 'The text says it was verified or rewritten, but names no source.',
  },
  'unnamed-official-statement': {
    severity: 'medium',
    message: 'Official statements are mentioned, but none is named, quoted or linked.',
  },
  'passages-capped': {
    severity: 'info',
    message: 'The page has more weak passages than are marked: reading stopped at the cap.',
  },
  'unsourced-figure': {
    severity: 'medium',
    message: 'A figure with no source in its sentence or paragraph.',
  },
};

/** A code that marks a passage (the cap notice marks none). */
export type PassageCode = Exclude<SourcingCode, 'passages-capped'>;

/** When two findings cover the same words, the more specific one is kept: the lower rank wins. A code left out is a type error. */
export const FINDING_PRIORITY: Readonly<Record<PassageCode, number>> = {
  'citation-needed-marker': 0,
  'placeholder-attribution': 1,
  'anonymous-source-justified': 2,
  'anonymous-source': 3,
  'unattributed-quote': 4,
  'unnamed-official-statement': 5,
  'vague-attribution': 6,
  'unsourced-verification-claim': 7,
  'unsourced-figure': 8,
};
