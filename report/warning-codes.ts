/**
 * Every warning code the rules may emit. Codes are part of the report contract
 * (docs/report.md) and the keys the UI translates by: add one here, in the docs and
 * in every `_locales/*\/messages.json`; tests/report-docs.test.ts, tests/locales.test.ts
 * and tests/registries.test.ts check each, and that the rules emit it.
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

export type ProvenanceCode = (typeof PROVENANCE_WARNING_CODES)[number];
export type WarningCode = (typeof SOURCING_WARNING_CODES)[number] | ProvenanceCode;

export const WARNING_CODES: readonly WarningCode[] = [...SOURCING_WARNING_CODES, ...PROVENANCE_WARNING_CODES];
