import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DocumentedWarning {
  code: string;
  category: string;
  meaning: string;
}

/** The rows of the warnings table of docs/report.md: each code with its category and meaning. */
export function documentedWarnings(): DocumentedWarning[] {
  const docs = readFileSync(join(import.meta.dirname, '../../docs/report.md'), 'utf8');
  const start = docs.indexOf('## `warnings`');
  const section = docs.slice(start, docs.indexOf('\n## ', start + 1));
  return [...section.matchAll(/^\| `([a-z-]+)` \| (\w+) \| (.+) \|$/gmu)].map(([, code, category, meaning]) => ({ code: code!, category: category!, meaning: meaning! }));
}

/** Codes the docs mark reserved: kept in the contract, emitted by no rule today. */
export function reservedWarningCodes(): string[] {
  return documentedWarnings()
    .filter(({ meaning }) => meaning.startsWith('reserved'))
    .map(({ code }) => code);
}
