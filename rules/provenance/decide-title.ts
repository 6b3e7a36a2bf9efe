import type { ArticleSnapshot } from '../../extraction/snapshot';
import type { Evidence } from '../../report/schema';
import { articleNodes, text, type JsonLdIndex } from './json-ld-nodes';
import { tidy } from './snapshot-lookup';
import { comparable, stripSiteName, titleParts } from './title-parts';

export interface TitleDecision {
  title: string | null;
  /** A part of the `<title>` that is neither the headline nor the site (often the section). */
  leftover: string | null;
  evidence: Evidence[];
}

interface TitleCandidate {
  title: string;
  weight: number;
  evidence: Evidence;
}

/**
 * The headline: the title most sources agree on once the site's name is cut off.
 * Metadata titles (og:title, JSON-LD headline) are written for sharing and usually
 * carry the bare headline; `<title>` usually carries the site's name too.
 */
export function decideTitle(
  snapshot: ArticleSnapshot, index: JsonLdIndex, siteNames: readonly string[], domain: string | null,
): TitleDecision {
  const found: TitleCandidate[] = [];
  const add = (raw: string | null, weight: number, origin: Evidence['origin'], key: string): void => {
    if (raw === null) return;
    const cleaned = stripSiteName(tidy(raw), siteNames, domain).title;
    if (cleaned === '' || cleaned.length > 400) return;
    found.push({ title: cleaned, weight, evidence: { origin, key, raw, value: cleaned } });
  };
  const article = articleNodes(index)[0];
  if (article !== undefined) add(text(article['headline']) ?? text(article['name']), 7, 'json-ld', 'headline');
  for (const tag of snapshot.meta) {
    if (tag.key === 'og:title') add(tag.content, 8, 'meta', tag.key);
    else if (tag.key === 'twitter:title') add(tag.content, 6, 'meta', tag.key);
    else if (tag.key === 'dc.title' || tag.key === 'citation_title' || tag.key === 'parsely-title' || tag.key === 'sailthru.title') add(tag.content, 6, 'meta', tag.key);
  }
  for (const prop of snapshot.microdata) {
    if (/^(?:headline|name)$/i.test(prop.prop) && prop.itemType !== null && /article|posting/i.test(prop.itemType)) add(prop.value, 6, 'microdata', prop.prop);
  }
  add(snapshot.documentTitle === '' ? null : snapshot.documentTitle, 6, 'document-title', 'title');
  // A header line that is a part of a longer <title> is the headline itself.
  const fullTitle = comparable(snapshot.documentTitle);
  const shown = snapshot.textLines.find((line) => {
    const key = comparable(line.text);
    return line.zone === 'header' && line.text.length >= 15 && key !== fullTitle && fullTitle.includes(key);
  });
  if (shown !== undefined) add(shown.text, 7, 'visible-text', 'headline in <title>');
  add(snapshot.readability?.title ?? null, 5, 'readability', 'title');
  const evidence = found.map((candidate) => candidate.evidence);
  if (found.length === 0) return { title: null, leftover: null, evidence };
  const votes = new Map<string, number>();
  for (const candidate of found) votes.set(comparable(candidate.title), (votes.get(comparable(candidate.title)) ?? 0) + candidate.weight);
  const best = [...found].sort(
    (a, b) => (votes.get(comparable(b.title)) ?? 0) - (votes.get(comparable(a.title)) ?? 0) || b.weight - a.weight,
  )[0] as TitleCandidate;
  // A <title> like "Section – Headline" leaves the section once headline and site are known.
  const headline = comparable(best.title);
  const leftovers = titleParts(stripSiteName(snapshot.documentTitle, siteNames, domain).title).filter(
    (part) => !headline.includes(comparable(part)),
  );
  const leftover = leftovers.length === 1 && titleParts(snapshot.documentTitle).length >= 2 ? (leftovers[0] ?? null) : null;
  return { title: best.title, leftover, evidence };
}
