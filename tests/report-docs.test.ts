import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ARTICLE_TYPES, CITATION_KINDS, SOURCE_KINDS } from '../report/schema';
import { documentedWarnings } from './helpers/documented-warnings';
import { PROVENANCE_WARNING_CODES, SOURCING_WARNING_CODES, WARNING_CODES } from '../report/warning-codes';

/**
 * The report is a contract other tools read: every value the rules may emit is
 * documented in docs/report.md, so adding a code without its documentation fails here.
 */
const docs = readFileSync(new URL('../docs/report.md', import.meta.url), 'utf8');

describe('docs/report.md documents every value a report may hold', () => {
  test.each([
    ...WARNING_CODES.map((code) => ['warning code', code]),
    ...SOURCE_KINDS.map((kind) => ['source kind', kind]),
    ...ARTICLE_TYPES.map((type) => ['article type', type]),
    ...CITATION_KINDS.map((kind) => ['citation kind', kind]),
  ])('%s `%s`', (_what, value) => {
    expect(docs).toContain(`\`${value}\``);
  });
});

describe('docs/report.md lists the warning codes of report/warning-codes.ts', () => {
  test('one row per code, no row for a code the rules do not know, each in its category', () => {
    const documented = documentedWarnings().map(({ code, category }) => [code, category]);
    const known = [...SOURCING_WARNING_CODES.map((code) => [code, 'sourcing']), ...PROVENANCE_WARNING_CODES.map((code) => [code, 'provenance'])];
    expect(documented.sort()).toEqual(known.sort());
  });
});

