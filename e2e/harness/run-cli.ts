import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { assertReport, type Report } from '../../report/schema';
import { REPO_ROOT } from './paths';

const run = promisify(execFile);

/**
 * The CLI's JSON report for a saved page, run as a user runs it (a separate Node
 * process through tsx), on the same Node as the tests.
 */
export async function cliReport(file: string, url: string): Promise<Report> {
  return runCli([file, '--url', url]);
}

/** The CLI's JSON report for a page it fetches itself, as the address it ends at. */
export function cliReportFetched(url: string): Promise<Report> {
  return runCli([url]);
}

async function runCli(args: string[]): Promise<Report> {
  const { stdout } = await run(
    process.execPath,
    [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(REPO_ROOT, 'cli/main.ts'), ...args, '--format', 'json'],
    { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  return assertReport(JSON.parse(stdout));
}
