import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROVENANCE_WARNING_CODES, SOURCING_WARNING_CODES } from '../report/warning-codes';
import { FINDING_KINDS, FINDING_PRIORITY } from '../rules/sourcing/finding-codes';
import { reservedWarningCodes } from './helpers/documented-warnings';

/**
 * Registries a new rule must join, checked the way refined-github checks its
 * features: each detector file's detectors are run by the sourcing analysis, each
 * passage code is ranked, and each code of the contract is emitted by some rule
 * (or documented as reserved). docs/report.md and the locales are checked by
 * tests/report-docs.test.ts and tests/locales.test.ts.
 */
const ROOT = join(import.meta.dirname, '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** The non-test sources of a rules folder, by file name. */
function sources(folder: string): Map<string, string> {
  const names = readdirSync(join(ROOT, folder)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
  return new Map(names.map((name) => [name, read(join(folder, name))]));
}

/** The source with its import statements removed, so a name counts only where it is used. */
const withoutImports = (source: string): string => source.replace(/^import[\s\S]*?from '[^']+';$/gmu, '');

const sourcing = sources('rules/sourcing');
const detectors = [...sourcing].flatMap(([file, source]) =>
  file.startsWith('find-') ? [...source.matchAll(/^export function (find\w+)\(/gmu)].map(([, name]) => [file, name!] as const) : [],
);

describe('every sourcing detector is run', () => {
  test('the detector files export detectors', () => {
    expect(detectors.length).toBeGreaterThanOrEqual(5);
  });

  test.each(detectors)('%s: %s is used by analyze-sourcing.ts', (_file, name) => {
    expect(withoutImports(sourcing.get('analyze-sourcing.ts') ?? '')).toMatch(new RegExp(`\\b${name}\\b`, 'u'));
  });
});

/** Codes of passage findings: every sourcing code but the page-wide cap. */
const PASSAGE_CODES = SOURCING_WARNING_CODES.filter((code) => code !== 'passages-capped');
const reserved = new Set(reservedWarningCodes());

describe('every passage code is ranked and explained', () => {
  test('FINDING_PRIORITY ranks each passage code, each at its own rank', () => {
    expect(Object.keys(FINDING_PRIORITY).sort()).toEqual([...PASSAGE_CODES].sort());
    expect(new Set(Object.values(FINDING_PRIORITY)).size).toBe(PASSAGE_CODES.length);
  });

  test('FINDING_KINDS gives each sourcing code a severity and a message', () => {
    expect(Object.keys(FINDING_KINDS).sort()).toEqual([...SOURCING_WARNING_CODES].sort());
  });
});

describe('every warning code of the contract is emitted by a rule, unless reserved', () => {
  const emitters = [...sourcing].filter(([file]) => file !== 'finding-codes.ts').map(([, source]) => withoutImports(source));
  const provenance = [...sources('rules/provenance').values()].map(withoutImports);

  // A detector names the code it emits as a literal (`code: '…'`, `sentenceFindings(block, '…', …)`).
  test.each(SOURCING_WARNING_CODES.map((code) => [code]))('sourcing: %s', (code) => {
    expect(emitters.some((source) => source.includes(`'${code}'`))).toBe(!reserved.has(code));
  });

  test.each(PROVENANCE_WARNING_CODES.map((code) => [code]))('provenance: %s', (code) => {
    expect(provenance.some((source) => source.includes(`warning('${code}'`))).toBe(!reserved.has(code));
  });
});
