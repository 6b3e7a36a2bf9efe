/**
 * One cold analysis, in a process of its own (bench/speed/cold-start.ts spawns it):
 * loads the pipeline, then times the first extraction and the first rules on one
 * page, then the same page again until warm. Prints one JSON line (the fields of ColdStart
 * in cold-start.ts but lang and id).
 *
 *   node --import tsx bench/speed/cold-start-child.ts <html-file> <url> <warm-runs>
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const OPTIONS = { retrievedAt: '2026-11-23T12:00:00.000Z', generatorVersion: 'bench' };

const [file, url, warmRuns = '5'] = process.argv.slice(2);
if (file === undefined || url === undefined) throw new Error('usage: cold-start-child.ts <html-file> <url> <warm-runs>');
const html = readFileSync(file, 'utf8');
const loadStart = performance.now();
const { parseHtml } = await import('../../cli/parse-html');
const { extractSnapshot } = await import('../../extraction/extract-snapshot');
const { analyze } = await import('../../rules/analyze');
const loadMs = performance.now() - loadStart;

function once(): { extractMs: number; rulesMs: number } {
  const doc = parseHtml(html, url ?? '');
  const start = performance.now();
  const snapshot = extractSnapshot(doc, url ?? '', { consumeDocument: true });
  const extracted = performance.now();
  analyze(snapshot, OPTIONS);
  return { extractMs: extracted - start, rulesMs: performance.now() - extracted };
}

const first = once();
const warm = Array.from({ length: Number(warmRuns) }, once);
const fastest = (key: 'extractMs' | 'rulesMs'): number => Math.min(...warm.map((run) => run[key]));
console.log(JSON.stringify({ loadMs, firstExtractMs: first.extractMs, firstRulesMs: first.rulesMs, warmExtractMs: fastest('extractMs'), warmRulesMs: fastest('rulesMs') }));
