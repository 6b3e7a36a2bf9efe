/**
 * Speed benchmark: prints figures against the targets of issue 6, then, as its last
 * line, one JSON object with those figures for tools to read.
 *
 *   npm run bench -- <corpus-dir> [--repeats=N] [--no-build]
 *
 * - Readability alone vs the whole analysis (extraction + rules), same process, same
 *   parsed DOM, each page parsed once; median, p95 and the ratio of the medians.
 * - Time to reject a non-article page (see speed/non-article-pages.ts for the set).
 * - 50 marks anchored and drawn in headless Chromium (page/marks-controller.ts
 *   bundled on its own and injected in a served article).
 * - Gzip sizes of the content script and the popup from `wxt build`.
 * - CLI pages per second over the corpus, one process and two side by side.
 * - Where the time goes: each extraction and rule step timed on its own.
 */
import { resolve } from 'node:path';
import { CorpusError, readGold } from './accuracy/corpus';
import { timeAnalysis } from './speed/analysis-timing';
import { buildChrome } from './speed/build-extension';
import { contentScriptSize, popupSize, type BundleSize } from './speed/bundle-sizes';
import { timeCli } from './speed/cli-throughput';
import { loadCorpus } from './speed/corpus-pages';
import { timeMarksInChromium } from './speed/marks-in-chromium';
import { nonArticlePages } from './speed/non-article-pages';
import { timeRejects } from './speed/reject-timing';
import { profileSteps } from './speed/step-profile';
import { median, percentile, round } from './speed/stats';
import { formatTable, verdict, type Row } from './speed/table';

const TARGETS = { ratio: 1.3, rejectMs: 5, marks50Ms: 16, contentScriptGzipBytes: 40 * 1024, cliPagesPerSecond: 20 };
const MARKS = 50;
const MARK_RUNS = 21;

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function ms(value: number): string {
  return `${round(value, 2)} ms`;
}

function kb(size: BundleSize): string {
  return `${round(size.gzipBytes / 1024, 1)} KB gzip (${round(size.rawBytes / 1024, 1)} KB raw, ${size.files.length} file${size.files.length === 1 ? '' : 's'})`;
}

async function main(): Promise<void> {
  const corpusArg = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  if (corpusArg === undefined) throw new CorpusError('usage: npm run bench -- <corpus-dir> [--repeats=N] [--no-build]');
  const corpusDir = resolve(corpusArg);
  const repeats = Math.max(1, Number(option('repeats') ?? '1'));
  const log = (line: string): void => void process.stderr.write(`${line}\n`);

  log(`loading ${corpusDir}…`);
  const corpus = loadCorpus(corpusDir);
  log(`timing Readability and the analysis on ${corpus.length} pages (${repeats} run${repeats === 1 ? '' : 's'} each)…`);
  const timings = timeAnalysis(corpus, repeats);
  const readabilityMedianMs = median(timings.map((t) => t.readabilityMs));
  const analysisMedianMs = median(timings.map((t) => t.analysisMs));
  const analysisP95Ms = percentile(timings.map((t) => t.analysisMs), 95);
  const ratio = analysisMedianMs / readabilityMedianMs;

  log('timing each extraction and rule step on its own…');
  const steps = profileSteps(corpus);

  const nonArticles = nonArticlePages(corpus);
  log(`timing rejects on ${nonArticles.length} non-article pages…`);
  const rejects = timeRejects(nonArticles);
  const rejectMedianMs = median(rejects.rejectedMs);

  log(`anchoring and drawing ${MARKS} marks in Chromium, ${MARK_RUNS} runs…`);
  const marks = await timeMarksInChromium(MARKS, MARK_RUNS);
  const marks50Ms = typeof marks === 'string' ? null : median(marks.samples);

  let content: BundleSize | null = null;
  let popup: BundleSize | null = null;
  if (!process.argv.includes('--no-build')) {
    log('building the Chrome extension…');
    const output = buildChrome();
    content = contentScriptSize(output);
    popup = popupSize(output);
  }

  const gold = readGold(corpusDir).pages;
  log(`running the CLI over ${gold.length} pages, 1 process then 2…`);
  const cli1 = await timeCli(corpusDir, gold, 1);
  const cli2 = await timeCli(corpusDir, gold, 2);

  const rows: Row[] = [
    ['pages', String(timings.length), '', ''],
    ['Readability alone, median', ms(readabilityMedianMs), '', ''],
    ['Readability alone, p95', ms(percentile(timings.map((t) => t.readabilityMs), 95)), '', ''],
    ['analysis (extract + rules), median', ms(analysisMedianMs), '', ''],
    ['  of which extraction, median', ms(median(timings.map((t) => t.extractMs))), '', ''],
    ['  of which rules, median', ms(median(timings.map((t) => t.rulesMs))), '', ''],
    ['analysis, p95', ms(analysisP95Ms), '', ''],
    ['ratio analysis / Readability (medians)', `${round(ratio, 2)}×`, `≤ ${TARGETS.ratio}×`, verdict(ratio <= TARGETS.ratio)],
    [`reject a non-article page, median (${rejects.rejectedMs.length} rejected of ${nonArticles.length})`, ms(rejectMedianMs), `≤ ${TARGETS.rejectMs} ms`, verdict(rejectMedianMs <= TARGETS.rejectMs)],
    ['reject, p95', ms(percentile(rejects.rejectedMs, 95)), '', ''],
    ['  projection: metadata + isProbablyReaderable only, median', ms(median(rejects.preCheckMs)), `≤ ${TARGETS.rejectMs} ms`, verdict(median(rejects.preCheckMs) <= TARGETS.rejectMs)],
    [
      `anchor + draw ${MARKS} marks in Chromium, median of ${MARK_RUNS}`,
      typeof marks === 'string' ? `skipped: ${marks}` : `${ms(marks50Ms ?? Number.NaN)} (${marks.anchored} anchored, first run ${ms(marks.samples[0] ?? Number.NaN)})`,
      `≤ ${TARGETS.marks50Ms} ms`,
      verdict(marks50Ms === null ? null : marks50Ms <= TARGETS.marks50Ms),
    ],
    ['content script', content ? kb(content) : 'skipped (--no-build)', '≤ 40 KB gzip', verdict(content ? content.gzipBytes <= TARGETS.contentScriptGzipBytes : null)],
    ['popup (html + chunks + css)', popup ? kb(popup) : 'skipped (--no-build)', '', ''],
    [`CLI, 1 process (${cli1.failed} failed)`, `${round(cli1.pagesPerSecond, 1)} pages/s (${ms(cli1.wallMs)} wall)`, `≥ ${TARGETS.cliPagesPerSecond} pages/s`, verdict(cli1.pagesPerSecond >= TARGETS.cliPagesPerSecond)],
    [`CLI, 2 processes side by side (${cli2.failed} failed)`, `${round(cli2.pagesPerSecond, 1)} pages/s (${ms(cli2.wallMs)} wall)`, `≥ ${TARGETS.cliPagesPerSecond} pages/s`, verdict(cli2.pagesPerSecond >= TARGETS.cliPagesPerSecond)],
  ];
  const slowest = [...timings].sort((a, b) => b.analysisMs - a.analysisMs).slice(0, 5);
  console.log(formatTable(rows));
  console.log(`\nslowest analyses: ${slowest.map((t) => `${t.id} ${ms(t.analysisMs)} (extract ${ms(t.extractMs)}, rules ${ms(t.rulesMs)}, Readability ${ms(t.readabilityMs)})`).join('; ')}`);
  console.log('\nwhere the time goes (each step on its own, median per page and total over the corpus):');
  for (const step of steps) console.log(`  ${step.step.padEnd(48)} ${ms(step.medianMs).padStart(10)}  ${round(step.totalMs / 1000, 2)} s`);
  if (rejects.accepted.length > 0) console.log(`non-article pages judged articles (not timed): ${rejects.accepted.length}, e.g. ${rejects.accepted.slice(0, 8).join(', ')}`);
  console.log(
    JSON.stringify({
      pages: timings.length,
      readabilityMedianMs: round(readabilityMedianMs),
      analysisMedianMs: round(analysisMedianMs),
      ratio: round(ratio, 3),
      analysisP95Ms: round(analysisP95Ms),
      rejectMedianMs: round(rejectMedianMs),
      marks50Ms: marks50Ms === null ? null : round(marks50Ms),
      contentScriptGzipBytes: content?.gzipBytes ?? null,
      popupGzipBytes: popup?.gzipBytes ?? null,
      cliPagesPerSecond: round(cli1.pagesPerSecond, 1),
    }),
  );
}

main().catch((error: unknown) => {
  if (error instanceof CorpusError) {
    process.stderr.write(`bench: ${error.message}\n`);
    process.exitCode = 1;
    return;
  }
  throw error;
});
