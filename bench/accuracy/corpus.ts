import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { declaredUrl } from '../../cli/declared-url';

/** One line of a corpus's gold.jsonl (only the fields the bench reads). */
export interface GoldPage {
  id: string;
  url: string | null;
  html_path: string;
  source?: string;
}

/** Why the bench cannot run on a folder, in one line. */
export class CorpusError extends Error {}

export function readGold(corpusDir: string): { goldPath: string; pages: GoldPage[] } {
  const goldPath = join(corpusDir, 'gold.jsonl');
  if (!existsSync(goldPath)) throw new CorpusError(`no corpus at ${corpusDir}: ${goldPath} is missing`);
  const pages = readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldPage);
  return { goldPath, pages };
}

export function readPageHtml(corpusDir: string, page: GoldPage): string {
  const bytes = readFileSync(join(corpusDir, page.html_path));
  return (page.html_path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/**
 * The address to analyse a page as: the gold's own, else the page's canonical or
 * og:url (as the corpus README says), else a placeholder on a reserved domain.
 */
export function pageUrl(html: string, page: GoldPage): string {
  if (page.url !== null && /^https?:\/\//i.test(page.url)) return page.url;
  return declaredUrl(html) ?? `https://example.invalid/${encodeURIComponent(page.id)}`;
}
