#!/usr/bin/env node
import { analyzeHtml } from './analyze-html';
import { parseCliArgs, USAGE } from './args';
import { CliError } from './cli-error';
import { loadPage } from './load-page';
import { renderMarkdown } from '../report/export-markdown';
import { runManifest } from './run-manifest';
import { summaryTranslator } from './summary-language';

/** The Sourcelight CLI: the extension's engine on files, URLs and batches. */
async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`sourcelight: ${error.message}\n${USAGE}\n`);
    return 2;
  }

  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  if (command.kind === 'manifest') {
    const showProgress = process.stderr.isTTY === true;
    const summary = await runManifest(
      command.manifest,
      (line) => process.stdout.write(`${line}\n`),
      (done, failed) => {
        if (showProgress) process.stderr.write(`\ranalysed ${done} pages, ${failed} failed`);
      },
    );
    if (showProgress) process.stderr.write('\n');
    else process.stderr.write(`analysed ${summary.pages} pages, ${summary.failed} failed\n`);
    return summary.failed > 0 ? 3 : 0;
  }

  const page = await loadPage(command.source, command.url);
  const report = analyzeHtml(page.html, page.url);
  process.stdout.write(command.format === 'markdown' ? renderMarkdown(report, summaryTranslator(command.lang)) : `${JSON.stringify(report, null, 2)}\n`);
  return 0;
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
