#!/usr/bin/env node
import { parseCliArgs, USAGE } from './args';
import type { BatchTask } from './batch-task';
import { CliError } from './cli-error';
import { folderTasks } from './folder-tasks';
import { manifestTasks } from './manifest-tasks';
import { progressText, terminalProgress } from './progress-line';
import { runBatch } from './run-batch';
import { rerunSingleThreaded, wantsSingleThreadedV8 } from './single-threaded-v8';

/** Runs a folder or a manifest: JSONL on stdout; progress on stderr when it is a terminal, else one closing line. */
async function runBatchCommand(tasks: AsyncIterable<BatchTask>, jobs: number, retrievedAt: string | undefined): Promise<number> {
  if (wantsSingleThreadedV8(jobs)) return rerunSingleThreaded();
  const start = performance.now();
  const progress = process.stderr.isTTY === true ? terminalProgress((text) => process.stderr.write(text)) : null;
  const summary = await runBatch(
    tasks,
    { jobs, retrievedAt },
    (line) => process.stdout.write(`${line}\n`),
    (done, failed) => progress?.update(done, failed),
  );
  if (progress !== null) progress.end(summary.pages, summary.failed);
  else process.stderr.write(`${progressText(summary.pages, summary.failed, performance.now() - start)}\n`);
  return summary.failed > 0 ? 3 : 0;
}

/** The Sourcelight CLI: the extension's engine on files, URLs, folders and batches. */
async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`sourcelight: ${error.message}\n${USAGE}\n`);
    return 2;
  }

  switch (command.kind) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'manifest':
      return runBatchCommand(manifestTasks(command.manifest), command.jobs, command.retrievedAt);
    case 'folder':
      return runBatchCommand(folderTasks(command.folder), command.jobs, command.retrievedAt);
    case 'page': {
      // Loaded here only: with worker threads, the main thread never runs the pipeline and stays small.
      const [{ analyzeHtml }, { loadPage }, { renderMarkdown }, { summaryTranslator }] = await Promise.all([
        import('./analyze-html'),
        import('./load-page'),
        import('../report/export-markdown'),
        import('./summary-language'),
      ]);
      const page = await loadPage(command.source, command.url);
      const report = analyzeHtml(page.html, page.url, command.retrievedAt);
      process.stdout.write(command.format === 'markdown' ? renderMarkdown(report, summaryTranslator(command.lang)) : `${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`sourcelight: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  },
);
