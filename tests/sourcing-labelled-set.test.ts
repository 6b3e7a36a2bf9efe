import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { extractSnapshot } from '../extraction/extract-snapshot';
import { articleText } from '../snapshot/article-snapshot';
import type { Warning } from '../report/schema';
import { registrableDomain } from '../rules/domain';
import { analyzeSourcing } from '../rules/sourcing/analyze-sourcing';

/**
 * Unit fixtures for the sourcing rules: pages written for this test
 * (tests/fixtures/sourcing), each with the passages the analysis must flag (and with
 * which code) and the clean passages it must leave alone. They were written alongside
 * the rules, so they are no yardstick of accuracy (real pages are: `npm run
 * bench:sourcing -- ../shared/sourcing-set`); they pin the behaviour each rule was
 * built for. `unsourced-figure` is expected only on pages that credit no document,
 * body or outlet: elsewhere the rule defers to the article's sources by design.
 */

interface PageLabels {
  file: string;
  url: string;
  lang: string;
  flag: { code: string; text: string }[];
  clean: string[];
}

interface Range {
  start: number;
  end: number;
}

const fixtures = new URL('./fixtures/sourcing/', import.meta.url);
const { pages } = JSON.parse(readFileSync(new URL('labels.json', fixtures), 'utf8')) as { pages: PageLabels[] };

function locate(text: string, passage: string, what: string): Range {
  const start = text.indexOf(passage);
  if (start === -1) throw new Error(`${what}: passage not in the article text: "${passage}"`);
  return { start, end: start + passage.length };
}

function warningRange(text: string, warning: Warning): Range {
  const anchor = warning.anchor;
  if (anchor === null) throw new Error(`${warning.code} has no anchor`);
  const at = text.indexOf(anchor.prefix + anchor.exact + anchor.suffix);
  if (at === -1) throw new Error(`${warning.code}: anchor not found in the text`);
  return { start: at + anchor.prefix.length, end: at + anchor.prefix.length + anchor.exact.length };
}

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;

interface PageScore {
  lang: string;
  flagged: number;
  found: number;
  wrongCode: string[];
  missed: string[];
  cleanFlagged: string[];
  unlabelled: string[];
}

function score(page: PageLabels): PageScore {
  const html = readFileSync(new URL(page.file, fixtures), 'utf8');
  const snapshot = extractSnapshot(parseHtml(html, page.url), page.url);
  const text = articleText(snapshot);
  const lang = snapshot.readability?.lang ?? snapshot.documentLang;
  const { warnings, sources } = analyzeSourcing(snapshot, { lang, pageDomain: registrableDomain(page.url) });
  const standsOnRecords = sources.some((source) => source.kind === 'document' || source.kind === 'organisation' || source.kind === 'media');
  const placed = warnings.map((warning) => ({ warning, range: warningRange(text, warning) }));

  const result: PageScore = { lang: page.lang, flagged: page.flag.length, found: 0, wrongCode: [], missed: [], cleanFlagged: [], unlabelled: [] };
  const labelled: Range[] = [];
  for (const label of page.flag) {
    const range = locate(text, label.text, page.file);
    labelled.push(range);
    if (label.code === 'unsourced-figure' && standsOnRecords) {
      result.flagged--;
      continue;
    }
    const hits = placed.filter((p) => overlaps(p.range, range));
    if (hits.some((p) => p.warning.code === label.code)) result.found++;
    else if (hits.length > 0) result.wrongCode.push(`${label.code} ≠ ${hits.map((h) => h.warning.code).join('+')}: ${label.text}`);
    else result.missed.push(`${label.code}: ${label.text}`);
  }
  for (const passage of page.clean) {
    const range = locate(text, passage, page.file);
    labelled.push(range);
    for (const p of placed.filter((q) => overlaps(q.range, range))) result.cleanFlagged.push(`${p.warning.code}: ${passage}`);
  }
  for (const p of placed) {
    if (!labelled.some((range) => overlaps(range, p.range))) result.unlabelled.push(`${p.warning.code}: ${p.warning.anchor?.exact ?? ''}`);
  }
  return result;
}

const scores = pages.map((page) => ({ page, score: score(page) }));
const languages = [...new Set(pages.map((page) => page.lang))];

describe('labelled sourcing set', () => {
  test('is the size the project asked for: ≥ 12 pages, half in each language, ≥ 60 labelled passages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages.filter((page) => page.lang === 'fr').length).toBe(pages.filter((page) => page.lang === 'en').length);
    const labelledPassages = pages.reduce((sum, page) => sum + page.flag.length + page.clean.length, 0);
    expect(labelledPassages).toBeGreaterThanOrEqual(60);
  });

  test.each(languages)('%s: recall ≥ 90 %, no clean passage flagged', (lang) => {
    const ofLang = scores.filter(({ score: s }) => s.lang === lang);
    const flagged = ofLang.reduce((sum, { score: s }) => sum + s.flagged, 0);
    const found = ofLang.reduce((sum, { score: s }) => sum + s.found, 0);
    const clean = ofLang.reduce((sum, { page }) => sum + page.clean.length, 0);
    const cleanFlagged = ofLang.flatMap(({ score: s }) => s.cleanFlagged);
    const detail = ofLang.flatMap(({ page, score: s }) => [
      ...s.missed.map((m) => `  ${page.file} missed ${m}`),
      ...s.wrongCode.map((m) => `  ${page.file} wrong code ${m}`),
      ...s.cleanFlagged.map((m) => `  ${page.file} FALSE FLAG ${m}`),
      ...s.unlabelled.map((m) => `  ${page.file} unlabelled flag ${m}`),
    ]);
    const unlabelled = ofLang.reduce((sum, { score: s }) => sum + s.unlabelled.length, 0);
    console.log(
      `[sourcing ${lang}] pages ${ofLang.length}, recall ${found}/${flagged} = ${((100 * found) / flagged).toFixed(1)} %, ` +
        `clean passages flagged ${cleanFlagged.length}/${clean}, unlabelled flags ${unlabelled}\n${detail.join('\n')}`,
    );
    expect(found / flagged).toBeGreaterThanOrEqual(0.9);
    expect(cleanFlagged).toEqual([]);
  });
});
