import { wordsOfAllPacks } from '../../languages/registry';
import { wordsPattern } from '../../languages/words-pattern';
/**
 * Separators sites put between a headline and their name in `<title>` or `og:title`; the
 * full-width colon and bar of Chinese and Japanese titles need no spaces ("見出し：朝日新聞デジタル").
 */
const SEPARATOR = /\s+[|–—·•»:@]\s+|\s+-{1,2}\s+|\s+::\s+|\s+\/\s+|\s*[：｜]\s*/;

/** The pieces of a title split at its separators ("Headline | Site" → ["Headline", "Site"]). */
export function titleParts(title: string): string[] {
  return title.split(SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');
}

/**
 * The page's titles, names and short lines are compared with one another over and over
 * while provenance is decided: each is made comparable once. Bounded, since a process
 * reads page after page; long texts are not kept.
 */
const comparableOf = new Map<string, string>();
const REMEMBERED = 2000;
const REMEMBERED_LENGTH = 300;

/** Lower-case, letters and digits only: how titles and names are compared. */
export function comparable(text: string): string {
  const known = comparableOf.get(text);
  if (known !== undefined) return known;
  const key = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  if (text.length <= REMEMBERED_LENGTH) {
    if (comparableOf.size >= REMEMBERED) comparableOf.clear();
    comparableOf.set(text, key);
  }
  return key;
}

/** The ending of a name spelled as a domain ("Aktuálně.cz", "Factorio.com"). */
const DOMAIN_ENDING = /\.[a-z]{2,6}$/i;

/** Words that make a name an outlet's ("News", "Media", "Zeitung"): the packs' organisation words. */
const OUTLET_WORD = new RegExp(`^${wordsPattern(wordsOfAllPacks((pack) => pack.authorKinds?.organisationWords))}$`, 'iu');

/** "CBC News" for a site that calls itself "CBC": its name and one outlet word. */
function nameWithOutletWord(part: string, siteNames: readonly string[]): boolean {
  const words = part.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (words.length < 2 || !OUTLET_WORD.test(last)) return false;
  const rest = comparable(words.slice(0, -1).join(' '));
  return rest !== '' && siteNames.some((name) => comparable(name) === rest);
}

/** True when `part` is the site's name or its domain ("Le Monde", "lemonde.fr", "LeMonde"). */
export function isSiteName(part: string, siteNames: readonly string[], domain: string | null): boolean {
  const key = comparable(part);
  if (key === '') return false;
  // "Factorio.com" names the site "Factorio" writes in its titles.
  if (siteNames.some((name) => comparable(name) === key || comparable(name.replace(DOMAIN_ENDING, '')) === key)) return true;
  if (nameWithOutletWord(part, siteNames)) return true;
  if (domain === null) return false;
  const label = comparable(domain.split('.')[0] ?? '');
  // A short word before the domain's name is an article ("The Boston Globe" for bostonglobe.com).
  return label !== '' && (key === label || key === comparable(domain) || (key.length >= 4 && label.startsWith(key)) ||
    (label.length >= 4 && (key.startsWith(label) || key.endsWith(label)) && key.length - label.length <= (key.startsWith(label) ? 4 : 3)));
}

/**
 * Removes the site name from a title at a separator, on either side
 * ("Headline - Artia13" → "Headline"). Returns the title unchanged when no part is the site.
 */
export function stripSiteName(title: string, siteNames: readonly string[], domain: string | null): { title: string; removed: string[] } {
  const parts = titleParts(title);
  if (parts.length < 2) return { title, removed: [] };
  const removed: string[] = [];
  let start = 0;
  let end = parts.length;
  // "Headline @ Blog :: Platform": the short parts after the site's name are its own framing.
  const siteAt = parts.findIndex((part, at) => at >= 1 && at < parts.length - 1 && isSiteName(part, siteNames, domain));
  if (siteAt !== -1 && parts.slice(siteAt + 1).join('').length < parts.slice(0, siteAt).join('').length) {
    while (end > siteAt + 1) removed.push(parts[--end] ?? '');
  }
  while (end - start > 1 && isSiteName(parts[end - 1] ?? '', siteNames, domain)) removed.push(parts[--end] ?? '');
  while (end - start > 1 && isSiteName(parts[start] ?? '', siteNames, domain)) removed.push(parts[start++] ?? '');
  if (removed.length === 0) return { title, removed };
  // Cut the original string, so separators inside the headline survive.
  let rest = title;
  for (const piece of removed) {
    const at = rest.lastIndexOf(piece);
    if (at === -1) continue;
    const before = rest.slice(0, at).replace(/\s*(?:[|–—·•»:@：｜]|-{1,2}|::|\/)\s*$/, '');
    const after = rest.slice(at + piece.length).replace(/^\s*(?:[|–—·•»:@：｜]|-{1,2}|::|\/)\s*/, '');
    rest = `${before}${before !== '' && after !== '' ? ' ' : ''}${after}`.trim();
  }
  return { title: rest, removed };
}

/** Punctuation and spaces left where an affix met the headline ("Blog name: ", " | "). */
const AFFIX_EDGE = /^[\s|–—·•»:/：｜-]+|[\s|–—·•»:/：｜-]+$/g;

/**
 * What `<title>` adds around a sharing title it contains: "Blog: Headline" with
 * og:title "Headline" gives "Blog". Learned from the page itself, these are its
 * site's name or section, wherever they sit and whatever separates them.
 */
export function titleAffixes(documentTitle: string, titles: readonly string[]): string[] {
  const whole = documentTitle.toLowerCase();
  const affixes = new Set<string>();
  for (const title of titles) {
    const part = title.toLowerCase();
    if (part.length < 3 || part === whole) continue;
    const at = whole.indexOf(part);
    if (at === -1) continue;
    for (const piece of [documentTitle.slice(0, at), documentTitle.slice(at + part.length)]) {
      const affix = piece.replace(AFFIX_EDGE, '').trim();
      // An affix is shorter than the headline it frames; a longer rest means the title was the site's name.
      if (affix !== '' && affix.length < part.length) affixes.add(affix);
    }
  }
  return [...affixes];
}
