import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { CliError } from './cli-error';
import { isHttpUrl } from './http-url';
import { SUMMARY_LANGUAGES, type SummaryLanguage } from './summary-language';

export const USAGE = `usage: sourcelight <file-or-url> [--url <page-url>] [--format json|markdown] [--lang en|fr]
       sourcelight <folder> [--jobs <n>] [--format jsonl]
       sourcelight --manifest <pages.jsonl> [--jobs <n>] [--format jsonl]

  <file-or-url>      an HTML file (.html or .html.gz) or an http(s) URL to analyse
  <folder>           every HTML file (.html, .htm, .xhtml, plain or .gz) in a folder
                     and its subfolders, in path order; prints one line
                     {"id","report"} or {"id","error"} a file, its id the path
                     relative to the folder
  --url <page-url>   the address to analyse the file as (default: the address the
                     page declares, canonical or og:url, else the file's own URL)
  --format <f>       json (default) or markdown for one page; jsonl for a folder or
                     a manifest
  --lang <l>         the language of the Markdown summary: en (default) or fr
  --manifest <file>  one JSON object a line, {"id","path","url"}; prints one line
                     {"id","report"} or {"id","error"} a page, in order
  --jobs <n>         pages analysed at once in a folder or a manifest, each in its
                     own worker thread (default: the number of cores); the output
                     is the same, in the same order, whatever the number
  --retrieved-at <instant>
                     the ISO instant the reports say the pages were read at (ages
                     and future dates are measured from it); default: now
  -h, --help         this text

A folder or a manifest shows its progress on stderr when stderr is a terminal.
Exit status: 0 done; 1 the input could not be analysed; 2 bad arguments;
3 folder or manifest finished but some pages failed (their lines say why).`;

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'page'; source: string; url: string | undefined; format: 'json' | 'markdown'; lang: SummaryLanguage; retrievedAt: string | undefined }
  | { kind: 'manifest'; manifest: string; jobs: number; retrievedAt: string | undefined }
  | { kind: 'folder'; folder: string; jobs: number; retrievedAt: string | undefined };

/** Whether a path names a folder; the CLI asks the file system, tests say. */
export type IsFolder = (path: string) => boolean;

function folderOnDisk(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function parseCliArgs(argv: string[], isFolder: IsFolder = folderOnDisk): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string' },
        lang: { type: 'string' },
        manifest: { type: 'string' },
        jobs: { type: 'string' },
        'retrieved-at': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const retrievedAt = parseRetrievedAt(values['retrieved-at']);

  const source = positionals.length === 1 ? (positionals[0] as string) : undefined;
  if (values.manifest !== undefined || (source !== undefined && !isHttpUrl(source) && isFolder(source))) {
    const what = values.manifest !== undefined ? 'a manifest' : 'a folder';
    if (values.manifest !== undefined && positionals.length > 0) throw new CliError('--manifest takes no other file or URL');
    if (values.format !== undefined && values.format !== 'jsonl') throw new CliError(`${values.manifest !== undefined ? '--manifest' : 'a folder'} prints jsonl: use --format jsonl or leave --format out`);
    if (values.url !== undefined) throw new CliError(values.manifest !== undefined ? '--url goes in each manifest line, not on the command line' : '--url goes with one file: each file of a folder is analysed as the address it declares');
    if (values.lang !== undefined) throw new CliError(`--lang goes with --format markdown: ${what} prints JSON reports, which have no language`);
    const jobs = parseJobs(values.jobs);
    if (values.manifest !== undefined) return { kind: 'manifest', manifest: values.manifest, jobs, retrievedAt };
    return { kind: 'folder', folder: source as string, jobs, retrievedAt };
  }

  if (source === undefined) throw new CliError(positionals.length === 0 ? 'missing <file-or-url>' : 'one <file-or-url> at a time (use a folder or --manifest for many)');
  if (values.jobs !== undefined) throw new CliError('--jobs goes with a folder or --manifest: one page is analysed in one thread');
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'markdown') throw new CliError(`--format ${format}: use json or markdown (jsonl goes with a folder or --manifest)`);
  if (values.url !== undefined && !isHttpUrl(values.url)) throw new CliError(`--url ${values.url}: not an http(s) URL`);
  const lang = values.lang ?? 'en';
  if (!isSummaryLanguage(lang)) throw new CliError(`--lang ${lang}: use ${SUMMARY_LANGUAGES.join(' or ')}`);
  if (values.lang !== undefined && format !== 'markdown') throw new CliError('--lang goes with --format markdown: the JSON report has no language');
  return { kind: 'page', source, url: values.url, format, lang, retrievedAt };
}

/** Each worker holds a Node heap of its own: more than this would exhaust memory before it saved time. */
const MAX_JOBS = 256;

/** `--jobs`: a whole number of worker threads; by default one per core. */
function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const jobs = /^\d{1,4}$/.test(value) ? Number(value) : 0;
  if (jobs < 1 || jobs > MAX_JOBS) throw new CliError(`--jobs ${value}: use a whole number from 1 to ${MAX_JOBS}`);
  return jobs;
}

/** `--retrieved-at`: an ISO instant with its time zone, as the report's `retrievedAt` is written. */
function parseRetrievedAt(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new CliError(`--retrieved-at ${value}: use an ISO instant such as 2026-11-30T12:00:00Z`);
  return new Date(time).toISOString();
}

function isSummaryLanguage(value: string): value is SummaryLanguage {
  return (SUMMARY_LANGUAGES as readonly string[]).includes(value);
}
