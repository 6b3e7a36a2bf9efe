import { parseArgs } from 'node:util';
import { CliError } from './cli-error';
import { isHttpUrl } from './http-url';
import { SUMMARY_LANGUAGES, type SummaryLanguage } from './summary-language';

export const USAGE = `usage: sourcelight <file-or-url> [--url <page-url>] [--format json|markdown] [--lang en|fr]
       sourcelight --manifest <pages.jsonl> [--format jsonl]

  <file-or-url>      an HTML file (.html or .html.gz) or an http(s) URL to analyse
  --url <page-url>   the address to analyse the file as (default: the address the
                     page declares, canonical or og:url, else the file's own URL)
  --format <f>       json (default) or markdown for one page; jsonl for a manifest
  --lang <l>         the language of the Markdown summary: en (default) or fr
  --manifest <file>  one JSON object a line, {"id","path","url"}; prints one line
                     {"id","report"} or {"id","error"} a page, in order
  -h, --help         this text

Exit status: 0 done; 1 the input could not be analysed; 2 bad arguments;
3 manifest finished but some pages failed (their lines say why).`;

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'page'; source: string; url: string | undefined; format: 'json' | 'markdown'; lang: SummaryLanguage }
  | { kind: 'manifest'; manifest: string };

export function parseCliArgs(argv: string[]): CliCommand {
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
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };

  if (values.manifest !== undefined) {
    if (positionals.length > 0) throw new CliError('--manifest takes no other file or URL');
    if (values.format !== undefined && values.format !== 'jsonl') throw new CliError('--manifest prints jsonl: use --format jsonl or leave --format out');
    if (values.url !== undefined) throw new CliError('--url goes in each manifest line, not on the command line');
    if (values.lang !== undefined) throw new CliError('--lang goes with --format markdown: a manifest prints JSON reports, which have no language');
    return { kind: 'manifest', manifest: values.manifest };
  }

  if (positionals.length !== 1) throw new CliError(positionals.length === 0 ? 'missing <file-or-url>' : 'one <file-or-url> at a time (use --manifest for many)');
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'markdown') throw new CliError(`--format ${format}: use json or markdown (jsonl goes with --manifest)`);
  if (values.url !== undefined && !isHttpUrl(values.url)) throw new CliError(`--url ${values.url}: not an http(s) URL`);
  const lang = values.lang ?? 'en';
  if (!isSummaryLanguage(lang)) throw new CliError(`--lang ${lang}: use ${SUMMARY_LANGUAGES.join(' or ')}`);
  if (values.lang !== undefined && format !== 'markdown') throw new CliError('--lang goes with --format markdown: the JSON report has no language');
  return { kind: 'page', source: positionals[0] as string, url: values.url, format, lang };
}

function isSummaryLanguage(value: string): value is SummaryLanguage {
  return (SUMMARY_LANGUAGES as readonly string[]).includes(value);
}
