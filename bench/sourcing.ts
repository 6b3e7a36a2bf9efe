/**
 * Sourcing benchmark on a labelled set in the format of ../shared/sourcing-set
 * (labels.json, pages/<id>.html.gz, score.mjs):
 *
 *   npm run bench:sourcing -- <set-dir> [--list] [--out <dir>]
 *
 * Runs the real pipeline (parse, extract, analyse) on every labelled page, writes one
 * report per page, and lets the set's own scorer judge them: weak-passage recall and
 * precision per language, kind and finding code, and named-source recall and precision.
 * `--list` passes through to the scorer (every miss, trap hit and unlabelled finding);
 * `--out` keeps the reports in that folder instead of a temporary one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyzeHtml } from '../cli/analyze-html';
import { declaredUrl } from '../cli/declared-url';
import { CorpusError } from './accuracy/corpus';

interface LabelledPage {
  id: string;
  url: string | null;
  html: string;
}

const RETRIEVED_AT = new Date().toISOString();

function readLabels(setDir: string): { labelsPath: string; pages: LabelledPage[] } {
  const labelsPath = join(setDir, 'labels.json');
  if (!existsSync(labelsPath)) throw new CorpusError(`no labelled set at ${setDir}: ${labelsPath} is missing`);
  const parsed = JSON.parse(readFileSync(labelsPath, 'utf8')) as { pages: LabelledPage[] } | LabelledPage[];
  return { labelsPath, pages: Array.isArray(parsed) ? parsed : parsed.pages };
}

function pageHtml(setDir: string, page: LabelledPage): string {
  const bytes = readFileSync(join(setDir, page.html));
  return (page.html.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

function main(): void {
  const args = process.argv.slice(2);
  const out = option(args, '--out');
  const setArg = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--out');
  if (setArg === undefined) throw new CorpusError('usage: npm run bench:sourcing -- <set-dir> [--list] [--out <dir>]');
  const setDir = resolve(setArg);
  const { labelsPath, pages } = readLabels(setDir);
  const scorer = join(setDir, 'score.mjs');
  if (!existsSync(scorer)) throw new CorpusError(`no scorer at ${scorer}`);

  const reportsDir = out === undefined ? mkdtempSync(join(tmpdir(), 'sourcelight-sourcing-')) : resolve(out);
  mkdirSync(reportsDir, { recursive: true });
  let failures = 0;
  for (const page of pages) {
    const html = pageHtml(setDir, page);
    const url = page.url ?? declaredUrl(html) ?? `https://example.invalid/${encodeURIComponent(page.id)}`;
    try {
      writeFileSync(join(reportsDir, `${page.id}.json`), JSON.stringify(analyzeHtml(html, url, RETRIEVED_AT), null, 2));
    } catch (error) {
      failures++;
      console.error(`${page.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const extra = args.includes('--list') ? ['--list'] : [];
  process.stdout.write(execFileSync(process.execPath, [scorer, labelsPath, reportsDir, ...extra], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  console.log(`pages=${pages.length} failures=${failures} reports=${reportsDir}`);
}

try {
  main();
} catch (error) {
  if (error instanceof CorpusError) {
    console.error(`bench:sourcing: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
