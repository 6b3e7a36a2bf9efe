/**
 * Accuracy benchmark of the provenance rules on a corpus in the format of
 * ../shared/corpus (gold.jsonl, gzipped pages, score.mjs):
 *
 *   npm run bench:accuracy -- <corpus-dir> [--strip-jsonld | --strip-structured]
 *
 * `--strip-jsonld` removes every `<script type="application/ld+json">` from each page
 * before the pipeline runs (how issue 11 measured unseen pages: the byline, date and
 * headline must then come from the visible page and the meta tags);
 * `--strip-structured` also removes microdata (`itemprop`, `itemscope`, `itemtype`)
 * and the `article:*` and `citation_*` meta tags. The scorer's figures are the same.
 *
 * Runs the real pipeline on each page (parse, extract, analyse), writes predictions,
 * and lets the corpus's own scorer judge them: per-field accuracy, a per-source
 * breakdown, and the pages each field got wrong. Also prints how much the analysis
 * costs next to Readability alone.
 */
import { Readability } from '@mozilla/readability';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHtml } from '../cli/parse-html';
import { extractSnapshot } from '../extraction/extract-snapshot';
import { analyze } from '../rules/analyze';
import { looksLikeArticle } from '../rules/article-verdict';
import { nonArticlePages } from './speed/non-article-pages';
import { CorpusError, pageUrl, readGold, readPageHtml } from './accuracy/corpus';
import { missNote, pageStatements, type PageStatements } from './accuracy/miss-analysis';
import { stripFromArgs, stripStructuredData, type StructuredDataStrip } from './accuracy/strip-structured';

const RETRIEVED_AT = new Date().toISOString();
const FIELDS_TO_LIST = ['author', 'date_published', 'title', 'site'] as const;

/** CPU time of this process: steadier than wall time on a shared machine. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function main(): void {
  const corpusArg = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  if (corpusArg === undefined) throw new CorpusError('usage: npm run bench:accuracy -- <corpus-dir>');
  const corpusDir = resolve(corpusArg);
  const strip = stripFromArgs(process.argv.slice(2));
  const { goldPath, pages } = readGold(corpusDir);
  const scorer = join(corpusDir, 'score.mjs');
  if (!existsSync(scorer)) throw new CorpusError(`no scorer at ${scorer}`);

  const predictions: string[] = [];
  const homePages: { id: string; url: string; html: string }[] = [];
  const statements = new Map<string, PageStatements>();
  let analysisMs = 0;
  let readabilityMs = 0;
  let failures = 0;
  let judgedArticles = 0;
  for (const page of pages) {
    const html = readPageHtml(corpusDir, page);
    const url = pageUrl(html, page);
    homePages.push({ id: page.id, url, html });
    try {
      const started = cpuMs();
      const snapshot = extractSnapshot(stripStructuredData(parseHtml(html, url), strip), url);
      const report = analyze(snapshot, { retrievedAt: RETRIEVED_AT, generatorVersion: 'bench' });
      analysisMs += cpuMs() - started;
      const baseline = cpuMs();
      new Readability(stripStructuredData(parseHtml(html, url), strip)).parse();
      readabilityMs += cpuMs() - baseline;
      statements.set(page.id, pageStatements(snapshot, report));
      if (looksLikeArticle(report)) judgedArticles++;
      predictions.push(JSON.stringify({
        id: page.id,
        // An empty list is a value to the scorer: no author is null, as the gold writes it.
        author: report.author.names.length > 0 ? report.author.names : null,
        date_published: report.published.value,
        title: report.article.title,
        site_name: report.publisher.name,
      }));
    } catch (error) {
      failures++;
      console.error(`${page.id}: ${error instanceof Error ? error.message : String(error)}`);
      predictions.push(JSON.stringify({ id: page.id, author: [], date_published: null, title: null, site_name: null }));
    }
  }
  const predictionPath = join(mkdtempSync(join(tmpdir(), 'sourcelight-bench-')), 'predictions.jsonl');
  writeFileSync(predictionPath, predictions.join('\n') + '\n');

  const score = (...extra: string[]): string =>
    execFileSync(process.execPath, [scorer, goldPath, predictionPath, '--exclude-flagged', ...extra], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
      maxBuffer: 64 * 1024 * 1024,
    });
  console.log(score('--by-source'));
  for (const field of FIELDS_TO_LIST) {
    const errors = score(`--list-errors=${field}`).split('\n').filter((line) => line.startsWith('{'));
    console.log(`--- ${field}: ${errors.length} wrong (strict) ---`);
    for (const line of errors) console.log(line);
    console.log(missNote(field, errors, statements));
  }
  console.log(inventedNote(score('--json')));
  console.log(`--- corpus pages judged articles: ${judgedArticles} of ${pages.length} ---`);
  console.log(homePageNote(homePages, strip));
  console.log(
    `strip=${strip} pages=${pages.length} failures=${failures} cpu: analysis=${(analysisMs / 1000).toFixed(1)}s ` +
      `readability-alone=${(readabilityMs / 1000).toFixed(1)}s ratio=${(analysisMs / readabilityMs).toFixed(2)}x ` +
      `predictions=${predictionPath}`,
  );
}

/** The pages whose gold asserts a field has no value and that got one anyway. */
function inventedNote(scoreJson: string): string {
  const parsed = JSON.parse(scoreJson) as { results: Record<string, Record<string, { asserted_null?: number; fp_on_asserted_null?: number }>> };
  const all = parsed.results['ALL'] ?? {};
  const lines = Object.entries(all)
    .filter(([, field]) => field.asserted_null !== undefined)
    .map(([name, field]) => `${name}: ${field.fp_on_asserted_null ?? 0} invented on ${field.asserted_null ?? 0} pages asserted to have none`);
  return `--- invented values ---\n${lines.join('\n')}`;
}

/**
 * The non-article variants of the corpus (each page turned into its site's home page,
 * plus search, category, shop and other synthetic pages): how many are still judged articles.
 */
function homePageNote(corpus: readonly { id: string; url: string; html: string }[], strip: StructuredDataStrip): string {
  const variants = nonArticlePages(corpus);
  const accepted: string[] = [];
  for (const variant of variants) {
    try {
      const report = analyze(extractSnapshot(stripStructuredData(parseHtml(variant.html, variant.url), strip), variant.url), { retrievedAt: RETRIEVED_AT, generatorVersion: 'bench' });
      if (looksLikeArticle(report)) accepted.push(variant.id);
    } catch (error) {
      accepted.push(`${variant.id} (failed: ${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return `--- non-article pages judged articles: ${accepted.length} of ${variants.length} ---\n${accepted.join('\n')}`;
}

try {
  main();
} catch (error) {
  if (error instanceof CorpusError) {
    console.error(`bench:accuracy: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
