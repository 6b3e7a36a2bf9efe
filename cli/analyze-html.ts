import { extractSnapshot } from '../extraction/extract-snapshot';
import { assertReport, type Report } from '../report/schema';
import { analyze } from '../rules/analyze';
import { parseHtml } from './parse-html';
import { packageVersion } from './package-version';

/**
 * The whole pipeline in Node: parse, extract, analyse, and check the result against
 * the schema before anyone reads it.
 */
export function analyzeHtml(html: string, url: string, retrievedAt = new Date().toISOString()): Report {
  const doc = parseHtml(html, url);
  // The parsed file is this function's own: Readability may consume it.
  const snapshot = extractSnapshot(doc, url, { consumeDocument: true });
  return assertReport(analyze(snapshot, { retrievedAt, generatorVersion: packageVersion() }));
}
