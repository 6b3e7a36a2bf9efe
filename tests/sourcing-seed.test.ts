import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { extractSnapshot } from '../extraction/extract-snapshot';
import { articleText } from '../snapshot/article-snapshot';
import { registrableDomain } from '../rules/domain';
import { analyzeSourcing } from '../rules/sourcing/analyze-sourcing';

/**
 * The seed's acceptance case: each rendition flags exactly the passages the seed
 * README lists under "Sourcing", and nothing else. The passages are read from the
 * README itself, so the test and the shared description cannot drift apart.
 */

const seed = new URL('../../shared/seed/', import.meta.url);
const present = existsSync(new URL('README.md', seed));
if (!present) console.warn('sourcing seed test skipped: ../shared/seed is absent (it exists only beside the project, not in a clone)');

/** What each README row is, in the order the README lists them. */
const EXPECTED_CODES = [
  'vague-attribution',
  'placeholder-attribution',
  'unsourced-figure',
  'unnamed-official-statement',
  'unsourced-verification-claim',
];

/** Parsing and Readability take a few seconds on a loaded CI machine the first time. */
const PARSE_TIMEOUT_MS = 30_000;

const SEED_URL = 'https://artia13.city/2025/07/10/lincapacite-des-nations-dasie-centrale-a-contrer-le-recrutement-de-leurs-citoyens-par-larmee-russe/';

/** The README's sourcing table: each passage as its fragments (a "…" in a row skips words). */
function readmePassages(): string[][] {
  const readme = readFileSync(new URL('README.md', seed), 'utf8');
  const section = readme.slice(readme.indexOf('Sourcing (both variants)'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('|')));
  return table
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(passage|-)/.test(line))
    .map((line) => (line.split('|')[1] ?? '').trim().replace(/^"|"$/g, ''))
    .map((cell) => cell.split('…').map((fragment) => fragment.trim()).filter((fragment) => fragment !== ''));
}

describe.skipIf(!present)('seed article sourcing', () => {
  test.each(['artia13-wordpress.html', 'artia13-textonly.html'])('%s flags exactly the README passages', (file) => {
    const passages = readmePassages();
    expect(passages).toHaveLength(EXPECTED_CODES.length);

    const snapshot = extractSnapshot(parseHtml(readFileSync(new URL(file, seed), 'utf8'), SEED_URL), SEED_URL);
    const text = articleText(snapshot);
    const { warnings, citations, sources } = analyzeSourcing(snapshot, {
      lang: snapshot.readability?.lang ?? snapshot.documentLang,
      pageDomain: registrableDomain(SEED_URL),
    });

    expect(citations.sourceCount).toBe(0);
    // The README: sourcing is absent, so the inventory names no source; only the vague "rapports" it leans on.
    expect(sources.filter((source) => source.kind !== 'vague')).toEqual([]);
    expect(sources.map((source) => source.description)).toEqual(['Des rapports']);
    // The README: its body links are the site's own app, home page, chatbot and author page.
    expect(citations.links.length).toBeGreaterThan(0);
    expect(citations.links.every((link) => link.kind === 'self-link' || link.kind === 'promotion')).toBe(true);
    expect(warnings).toHaveLength(passages.length);
    const matched = passages.map((fragments, index) => {
      for (const fragment of fragments) expect(text, 'the README passage is in the article text').toContain(fragment);
      const covering = warnings.filter((warning) => fragments.every((fragment) => warning.anchor?.exact.includes(fragment)));
      expect(covering.map((warning) => warning.code), fragments.join(' … ')).toEqual([EXPECTED_CODES[index]]);
      return covering[0];
    });
    expect(new Set(matched).size).toBe(warnings.length);
  }, PARSE_TIMEOUT_MS);
});
