/**
 * Speed benchmark: prints figures against the targets of issues 6 and 15, then, as
 * its last line, one JSON object with those figures for tools to read.
 *
 *   npm run bench -- <corpus-dir> [--repeats=N] [--no-build] [--rss-pages=N] [--chromium-pages=N]
 *
 * - Readability alone vs the whole analysis (extraction + rules) in Node (linkedom),
 *   same process, parsing never timed; median, p95 and the ratio of the medians.
 * - The same ratio where readers run it: in headless Chromium, on each corpus page
 *   served locally, the content script's extraction vs Readability alone on a clone
 *   of the same live page.
 * - Time to reject a non-article page (see speed/non-article-pages.ts for the set).
 * - 50 marks anchored and drawn in headless Chromium (page/marks-controller.ts
 *   bundled on its own and injected in a served article).
 * - Gzip sizes of the content script and the popup from `wxt build`.
 * - CLI pages per second over the corpus with `--jobs 1` and `--jobs 2`, and its
 *   peak memory over 10,000 pages (the corpus repeated; `--rss-pages=N` for a
 *   quicker run).
 * - Where the time goes: each extraction and rule step timed on its own.
 * - Cold start: per language, the first analysis in a new Node process and in a new
 *   Chromium renderer (patterns compiled, code not yet optimised) against the same page warm.
 */
import { resolve } from 'node:path';
import { CorpusError, readGold } from './accuracy/corpus';
import { timeAnalysis } from './speed/analysis-timing';
import { buildChrome } from './speed/build-extension';
import { contentScriptSize, popupSize, type BundleSize } from './speed/bundle-sizes';
import { timeCli } from './speed/cli-throughput';
import { languagePages, timeColdStartChromium, timeColdStartNode, type ColdStart } from './speed/cold-start';
import { timeExtractionInChromium } from './speed/extraction-in-chromium';
import { loadCorpus } from './speed/corpus-pages';
import { timeMarksInChromium } from './speed/marks-in-chromium';
import { nonArticlePages } from './speed/non-article-pages';
import { timeRejects } from './speed/reject-timing';
import { profileSteps } from './speed/step-profile';
import { median, percentile, round } from './speed/stats';
import { formatTable, verdict, type Row } from './speed/table';

const TARGETS = { ratio: 1.3, rejectMs: 5, marks50Ms: 16, contentScriptGzipBytes: 40 * 1024, cliPagesPerSecond: 20, cliJobs2PagesPerSecond: 35, peakRssMb: 500, coldContentScriptMs: 50, coldRulesMs: 250 };
const RSS_PAGES = 10_000;
const MARKS = 50;
const MARK_RUNS = 21;

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function ms(value: number): string {
  return `${round(value, 2)} ms`;
}

/** The slowest language's figure: a target holds only if it holds for every language. */
function worst(cold: readonly ColdStart[], pick: (figure: ColdStart) => number): number | null {
  return cold.length === 0 ? null : Math.max(...cold.map(pick));
}

function coldRows(where: string, cold: readonly ColdStart[] | string): Row[] {
  if (typeof cold === 'string') return [[`${where}: first analysis of a language`, `skipped: ${cold}`, '', '']];
  const extract = worst(cold, (figure) => figure.firstExtractMs);
  const rules = worst(cold, (figure) => figure.firstRulesMs);
  return [
    ...cold.map((figure): Row => [
      `${where}, ${figure.lang} (${figure.id}): first extraction + rules (warm)`,
      `${ms(figure.firstExtractMs)} + ${ms(figure.firstRulesMs)} (${ms(figure.warmExtractMs)} + ${ms(figure.warmRulesMs)}; code loaded in ${ms(figure.loadMs)})`,
      '',
      '',
    ]),
    [`${where}: first extraction, slowest language`, extract === null ? 'no page' : ms(extract), `≤ ${TARGETS.coldContentScriptMs} ms`, verdict(extract === null ? null : extract <= TARGETS.coldContentScriptMs)],
    [`${where}: first rules, slowest language`, rules === null ? 'no page' : ms(rules), `≤ ${TARGETS.coldRulesMs} ms`, verdict(rules === null ? null : rules <= TARGETS.coldRulesMs)],
  ];
}

function kb(size: BundleSize): string {
  return `${round(size.gzipBytes / 1024, 1)} KB gzip (${round(size.rawBytes / 1024, 1)} KB raw, ${size.files.length} file${size.files.length === 1 ? '' : 's'})`;
}

async function main(): Promise<void> {
  const corpusArg = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  if (corpusArg === undefined) throw new CorpusError('usage: npm run bench -- <corpus-dir> [--repeats=N] [--no-build] [--rss-pages=N] [--chromium-pages=N]');
  const corpusDir = resolve(corpusArg);
  const repeats = Math.max(1, Number(option('repeats') ?? '1'));
  const rssPages = Math.max(1, Number(option('rss-pages') ?? RSS_PAGES));
  const log = (line: string): void => void process.stderr.write(`${line}\n`);

  log(`loading ${corpusDir}…`);
  const corpus = loadCorpus(corpusDir);
  log(`timing Readability and the analysis on ${corpus.length} pages (${repeats} run${repeats === 1 ? '' : 's'} each)…`);
  const timings = timeAnalysis(corpus, repeats);
  const readabilityMedianMs = median(timings.map((t) => t.readabilityMs));
  const analysisMedianMs = median(timings.map((t) => t.analysisMs));
  const analysisP95Ms = percentile(timings.map((t) => t.analysisMs), 95);
  const ratio = analysisMedianMs / readabilityMedianMs;
  const readabilityNoCloneMedianMs = median(timings.map((t) => t.readabilityNoCloneMs));

  const chromiumPages = corpus.slice(0, Math.max(1, Number(option('chromium-pages') ?? corpus.length)));
  log(`timing the content script's extraction and Readability alone in Chromium on ${chromiumPages.length} served pages…`);
  const chromium = await timeExtractionInChromium(chromiumPages);
  const chromiumExtractionMs = typeof chromium === 'string' ? null : median(chromium.pages.map((t) => t.extractionMs));
  const chromiumReadabilityMs = typeof chromium === 'string' ? null : median(chromium.pages.map((t) => t.readabilityMs));
  const chromiumRatio = chromiumExtractionMs === null || chromiumReadabilityMs === null ? null : chromiumExtractionMs / chromiumReadabilityMs;

  log('timing each extraction and rule step on its own…');
  const steps = profileSteps(corpus);

  const languages = languagePages(corpus);
  log(`timing the first analysis of ${languages.map((entry) => entry.lang).join(', ')} in new Node processes and new Chromium renderers…`);
  const coldNode = await timeColdStartNode(languages);
  const coldChromium = await timeColdStartChromium(languages);

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
  log(`running the CLI over ${gold.length} pages, --jobs 1 then --jobs 2…`);
  const cli1 = await timeCli(corpusDir, gold, 1);
  const cli2 = await timeCli(corpusDir, gold, 2);
  log(`running the CLI over ${rssPages} pages (the corpus repeated), --jobs 2, watching its memory…`);
  const long = await timeCli(corpusDir, gold, 2, rssPages);
  const peakRssMb = long.peakRssBytes === null ? null : long.peakRssBytes / 1024 ** 2;

  const rows: Row[] = [
    ['pages', String(timings.length), '', ''],
    ['Readability alone, median', ms(readabilityMedianMs), '', ''],
    ['Readability alone, p95', ms(percentile(timings.map((t) => t.readabilityMs), 95)), '', ''],
    ['Readability alone on its own parse (no clone), median', ms(readabilityNoCloneMedianMs), '', ''],
    ['analysis (extract + rules), median', ms(analysisMedianMs), '', ''],
    ['  of which extraction, median', ms(median(timings.map((t) => t.extractMs))), '', ''],
    ['  of which rules, median', ms(median(timings.map((t) => t.rulesMs))), '', ''],
    ['analysis, p95', ms(analysisP95Ms), '', ''],
    ['ratio analysis / Readability (medians), linkedom', `${round(ratio, 2)}×`, `≤ ${TARGETS.ratio}×`, verdict(ratio <= TARGETS.ratio)],
    ['  same, against Readability with no clone', `${round(analysisMedianMs / readabilityNoCloneMedianMs, 2)}×`, '', ''],
    [
      `Chromium: content-script extraction, median of ${typeof chromium === 'string' ? 0 : chromium.pages.length} pages`,
      typeof chromium === 'string' ? `skipped: ${chromium}` : `${ms(chromiumExtractionMs ?? Number.NaN)} (${chromium.skipped.length} pages did not load)`,
      '',
      '',
    ],
    ['Chromium: Readability alone on a clone of the live page, median', chromiumReadabilityMs === null ? 'skipped' : ms(chromiumReadabilityMs), '', ''],
    ['ratio extraction / Readability (medians), Chromium', chromiumRatio === null ? 'skipped' : `${round(chromiumRatio, 2)}×`, `≤ ${TARGETS.ratio}×`, verdict(chromiumRatio === null ? null : chromiumRatio <= TARGETS.ratio)],
    ...coldRows('Node', coldNode),
    ...coldRows('Chromium', coldChromium),
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
    [`CLI --jobs 1 (${cli1.failed} failed)`, `${round(cli1.pagesPerSecond, 1)} pages/s (${ms(cli1.wallMs)} wall)`, `≥ ${TARGETS.cliPagesPerSecond} pages/s`, verdict(cli1.pagesPerSecond >= TARGETS.cliPagesPerSecond)],
    [`CLI --jobs 2 (${cli2.failed} failed)`, `${round(cli2.pagesPerSecond, 1)} pages/s (${ms(cli2.wallMs)} wall)`, `≥ ${TARGETS.cliJobs2PagesPerSecond} pages/s`, verdict(cli2.pagesPerSecond >= TARGETS.cliJobs2PagesPerSecond)],
    [
      `CLI --jobs 2, peak RSS over ${long.pages} pages (${long.failed} failed)`,
      peakRssMb === null ? 'skipped: no /proc' : `${round(peakRssMb, 0)} MB (${round(long.pagesPerSecond, 1)} pages/s)`,
      `≤ ${TARGETS.peakRssMb} MB${rssPages < RSS_PAGES ? ` over ${RSS_PAGES}` : ''}`,
      verdict(peakRssMb === null ? null : peakRssMb <= TARGETS.peakRssMb),
    ],
  ];
  const slowest = [...timings].sort((a, b) => b.analysisMs - a.analysisMs).slice(0, 5);
  console.log(formatTable(rows));
  console.log(`\nslowest analyses: ${slowest.map((t) => `${t.id} ${ms(t.analysisMs)} (extract ${ms(t.extractMs)}, rules ${ms(t.rulesMs)}, Readability ${ms(t.readabilityMs)})`).join('; ')}`);
  console.log('\nwhere the time goes (each step on its own, median per page and total over the corpus):');
  for (const step of steps) console.log(`  ${step.step.padEnd(48)} ${ms(step.medianMs).padStart(10)}  ${round(step.totalMs / 1000, 2)} s`);
  if (typeof chromium !== 'string' && chromium.pages.length > 0) {
    console.log(`\nwhere the time goes in Chromium (each extraction step on its own, median per page over ${chromium.pages.length} pages):`);
    for (const step of Object.keys(chromium.pages[0]?.steps ?? {})) {
      const samples = chromium.pages.flatMap((page) => (page.steps[step] === undefined ? [] : [page.steps[step]]));
      console.log(`  ${step.padEnd(48)} ${ms(median(samples)).padStart(10)}  (${samples.length} pages)`);
    }
  }
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
      readabilityNoCloneMedianMs: round(readabilityNoCloneMedianMs),
      chromiumPages: typeof chromium === 'string' ? 0 : chromium.pages.length,
      chromiumExtractionMedianMs: chromiumExtractionMs === null ? null : round(chromiumExtractionMs),
      chromiumReadabilityMedianMs: chromiumReadabilityMs === null ? null : round(chromiumReadabilityMs),
      chromiumRatio: chromiumRatio === null ? null : round(chromiumRatio, 3),
      cliJobs2PagesPerSecond: round(cli2.pagesPerSecond, 1),
      rssPages: long.pages,
      peakRssMb: peakRssMb === null ? null : round(peakRssMb, 0),
      coldNode: coldNode.map(coldFigures),
      coldChromium: typeof coldChromium === 'string' ? null : coldChromium.map(coldFigures),
    }),
  );
}

function coldFigures(figure: ColdStart): Record<string, string | number> {
  return {
    lang: figure.lang,
    loadMs: round(figure.loadMs),
    firstExtractMs: round(figure.firstExtractMs),
    firstRulesMs: round(figure.firstRulesMs),
    warmExtractMs: round(figure.warmExtractMs),
    warmRulesMs: round(figure.warmRulesMs),
  };
}

main().catch((error: unknown) => {
  if (error instanceof CorpusError) {
    process.stderr.write(`bench: ${error.message}\n`);
    process.exitCode = 1;
    return;
  }
  throw error;
});
