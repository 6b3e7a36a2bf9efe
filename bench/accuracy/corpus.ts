import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

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

const CANONICAL = /<link\b[^>]*\brel=["']?canonical\b[^>]*>/i;
const OG_URL = /<meta\b[^>]*\bproperty=["']?og:url\b[^>]*>/i;

/**
 * The address to analyse a page as: the gold's own, else the page's canonical or
 * og:url (as the corpus README says), else a placeholder on a reserved domain.
 */
export function pageUrl(html: string, page: GoldPage): string {
  if (page.url !== null && /^https?:\/\//i.test(page.url)) return page.url;
  for (const pattern of [CANONICAL, OG_URL]) {
    const tag = pattern.exec(html)?.[0];
    const value = tag === undefined ? undefined : /\b(?:href|content)=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (value !== undefined && /^https?:\/\//i.test(value)) return value;
  }
  return `https://example.invalid/${encodeURIComponent(page.id)}`;
}
