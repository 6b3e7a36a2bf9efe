/**
 * Every warning code the rules may emit. Codes are part of the report contract
 * (docs/report.md) and the keys the UI translates by: add one here, in the docs and
 * in every `_locales/*\/messages.json` (a test checks the last).
 */
export const SOURCING_WARNING_CODES = [
  'vague-attribution',
  'unattributed-quote',
  'placeholder-attribution',
  'anonymous-source',
  'anonymous-source-justified',
  'unsourced-figure',
  'unnamed-official-statement',
  'unsourced-verification-claim',
  'citation-needed-marker',
  'passages-capped',
] as const;

export const PROVENANCE_WARNING_CODES = [
  'no-date',
  'modified-before-published',
  'date-in-future',
  'date-sources-disagree',
  'old-story',
  'no-author',
  'generic-author',
  'syndicated-copy',
  'sponsored-content',
  'body-unreadable',
  'metadata-incomplete',
  'analysis-incomplete',
] as const;

export const WARNING_CODES: readonly string[] = [...SOURCING_WARNING_CODES, ...PROVENANCE_WARNING_CODES];
