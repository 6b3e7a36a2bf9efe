import { performance } from 'node:perf_hooks';
import { parseHtml } from '../../cli/parse-html';
import { extractSnapshot } from '../../extraction/extract-snapshot';
import type { ArticleSnapshot } from '../../snapshot/article-snapshot';
import { assertReport, type Report } from '../../report/schema';
import { analyze } from '../../rules/analyze';

export interface PipelineRun {
  snapshot: ArticleSnapshot;
  report: Report;
  elapsedMs: number;
}

const OPTIONS = { retrievedAt: '2026-11-23T12:00:00.000Z', generatorVersion: 'fuzz' };

/** The extension's pipeline as the CLI runs it, with the report checked against the schema. */
export function runPipeline(html: string, url: string): PipelineRun {
  const start = performance.now();
  const doc = parseHtml(html, url);
  const snapshot = extractSnapshot(doc, url);
  const report = assertReport(analyze(snapshot, OPTIONS));
  return { snapshot, report, elapsedMs: performance.now() - start };
}
