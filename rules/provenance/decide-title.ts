import type { ArticleSnapshot } from '../../snapshot/article-snapshot';
import type { Evidence } from '../../report/schema';
import { TIER } from './evidence-tiers';
import { articleNodes, text, type JsonLdIndex } from './json-ld-nodes';
import { UNSPACED_SCRIPT } from './clean-author-name';
import { tidy } from './snapshot-lookup';
import { comparable, isSiteName, stripSiteName, titleAffixes, titleParts } from './title-parts';
import { looksLikeHeadline, visibleHeadline } from './visible-headline';

export interface TitleDecision {
  title: string | null;
  /** A part of the `<title>` that is neither the headline nor the site (often the section). */
  leftover: string | null;
  evidence: Evidence[];
}

interface TitleCandidate {
  title: string;
  /** How much this kind of source is trusted (`TIER`); higher wins, the first found among equals. */
  weight: number;
  evidence: Evidence;
}

/** Shorter header lines are labels ("Opinion", "World news"), not a headline. */
const MIN_HEADER_HEADLINE = 15;
/** Scripts written without spaces say a headline in fewer characters. */
const MIN_UNSPACED_HEADLINE = 6;
/** Steps of a breadcrumb trail: "Home > World > Headline", "Accueil › Monde". */
const BREADCRUMB_STEP = /\s[>›]\s/u;

/** The last step of a breadcrumb trail, or the line itself. */
function lastStep(line: string): string {
  const steps = line.split(BREADCRUMB_STEP);
  return steps.length >= 2 ? (steps[steps.length - 1] ?? line).trim() : line;
}

/**
 * Readability reads JSON-LD and `<title>` with care for hierarchy; when its title and
 * og:title are different headlines (not one the other plus a site name), the page's
 * JSON-LD usually named the article differently and Readability's reading is kept.
 */
function pick(found: readonly TitleCandidate[]): TitleCandidate | undefined {
  const ranked = [...found].sort((a, b) => b.weight - a.weight);
  const first = ranked[0];
  const readability = found.find((candidate) => candidate.evidence.origin === 'readability');
  if (first === undefined || readability === undefined || first.evidence.key !== 'og:title') return first;
  const a = comparable(first.title);
  const b = comparable(readability.title);
  return a.includes(b) || b.includes(a) ? first : readability;
}

/** A headline worded apart from the titles says this much at least: a label or a section says less. */
const MIN_UNCONFIRMED_HEADLINE_WORDS = 4;

/**
 * Whether the article's own first `<h1>` is shown as the last line of the header, right
 * above the article's text (the header zone ends at its first paragraph): a headline
 * in the place of one, whatever the titles say.
 */
function shownAboveArticle(snapshot: ArticleSnapshot, siteNames: readonly string[], domain: string | null): boolean {
  const heading = tidy(snapshot.headings?.[0] ?? '');
  const words = heading.split(/\s+/);
  if (words.length < MIN_UNCONFIRMED_HEADLINE_WORDS || isSiteName(heading, siteNames, domain)) return false;
  // A heading that names the site ("msn back to msn home news") is its logo or a link home.
  if (words.some((word) => isSiteName(word, siteNames, domain))) return false;
  const lines = snapshot.textLines;
  const at = lines.findIndex((line) => line.zone === 'header' && tidy(line.text) === heading);
  const next = lines.slice(at + 1).find((line) => line.zone !== 'header' || !isShortMeta(line.text));
  return at !== -1 && next !== undefined && next.zone === 'body';
}

/** A byline, a date or a share label between a headline and the text: a few words. */
function isShortMeta(text: string): boolean {
  return text.length <= 80;
}

/**
 * The headline: the visible `<h1>` the page's titles confirm (the wording the reader
 * sees), else the first source in an order of trust: the titles a publisher writes for
 * sharing (og:title, JSON-LD headline, twitter:title), then Readability's reading of
 * `<title>`, then a header line that `<title>` contains, then `<title>` itself; each
 * without the site's name.
 */
export function decideTitle(
  snapshot: ArticleSnapshot, index: JsonLdIndex, siteNames: readonly string[], domain: string | null, siteName: string | null = null,
): TitleDecision {
  const found: TitleCandidate[] = [];
  const add = (raw: string | null, weight: number, origin: Evidence['origin'], key: string): void => {
    if (raw === null) return;
    // Sharing titles carry the site's name as often as <title> does ("Headline - BBC News").
    const cleaned = stripSiteName(tidy(raw), siteNames, domain).title;
    if (cleaned === '' || cleaned.length > 400) return;
    found.push({ title: cleaned, weight, evidence: { origin, key, raw, value: cleaned } });
  };
  const article = articleNodes(index)[0];
  const fullTitle = comparable(snapshot.documentTitle);
  for (const tag of snapshot.meta) {
    if (tag.key === 'og:title') add(tag.content, TIER.siteDeclared, 'meta', tag.key);
    else if (tag.key === 'twitter:title') add(tag.content, TIER.secondaryMetadata, 'meta', tag.key);
    else if (/^(?:dc\.title|dcterms\.title|citation_title|parsely-title|sailthru\.title)$/.test(tag.key)) add(tag.content, TIER.labelled, 'meta', tag.key);
  }
  if (article !== undefined) {
    // When name and headline differ, the one <title> contains is the article's (the other is often a tagline).
    const names = [text(article['headline']), text(article['name'])].filter((value): value is string => value !== null);
    const inTitle = names.find((value) => fullTitle.includes(comparable(value)));
    add(inTitle ?? names[0] ?? null, TIER.metadata, 'json-ld', inTitle === names[1] && inTitle !== names[0] ? 'name' : 'headline');
  }
  // A microdata headline the <title> does not contain is often another item's (a
  // teaser, a "Blog" label): it then ranks after Readability and the visible header line.
  for (const prop of snapshot.microdata) {
    if (!/^headline$/i.test(prop.prop)) continue;
    const confirmed = fullTitle === '' || fullTitle.includes(comparable(prop.value));
    add(prop.value, confirmed ? TIER.labelled : TIER.faintHint, 'microdata', prop.prop);
  }
  add(snapshot.readability?.title ?? null, TIER.named, 'readability', 'title');
  // A header line that is a part of a longer <title> is the headline itself; it beats
  // Readability's title when Readability kept the whole <title> ("Section – Headline").
  // A breadcrumb trail ("Site > Section > Headline") is no headline: its last step names
  // the page, the steps before it the site and its sections.
  const headerLines = snapshot.textLines.filter((line) => line.zone === 'header');
  const trailSteps = new Set(headerLines.flatMap((line) => line.text.split(BREADCRUMB_STEP).slice(0, -1)).map(comparable));
  const shown = headerLines.map((line) => ({ ...line, text: lastStep(line.text) })).find((line) => {
    const key = comparable(line.text);
    const long = line.text.length >= MIN_HEADER_HEADLINE || (UNSPACED_SCRIPT.test(line.text) && line.text.length >= MIN_UNSPACED_HEADLINE);
    return long && key !== fullTitle && fullTitle.includes(key) && !trailSteps.has(key);
  });
  // Readability kept more of <title> than the headline: all of it, or the headline with a
  // section or a site's part still glued on ("Headline | Code").
  const readabilityTitle = snapshot.readability?.title ?? '';
  const readabilityParts = titleParts(readabilityTitle);
  const readabilityKeptMore = shown !== undefined && (comparable(readabilityTitle) === fullTitle ||
    (readabilityParts.length >= 2 && readabilityParts.some((part) => comparable(part) === comparable(shown.text))));
  // Found after the metadata titles, it loses to them at the same tier.
  if (shown !== undefined) add(shown.text, readabilityKeptMore ? TIER.labelled : TIER.hint, 'visible-text', 'headline in <title>');
  add(snapshot.documentTitle === '' ? null : snapshot.documentTitle, TIER.faintHint, 'document-title', 'title');
  // Only the page's titles confirm a heading: a header line proves nothing about itself.
  const titles = found.filter((candidate) => candidate.evidence.origin !== 'visible-text').map((candidate) => tidy(candidate.evidence.raw));
  // Readability's title is its own cut of <title> ("Headline : ce que l'on sait" → "Headline"): what it cut is no site name.
  const declared = found.filter((candidate) => candidate.evidence.origin !== 'visible-text' && candidate.evidence.origin !== 'readability').map((candidate) => tidy(candidate.evidence.raw));
  const affixes = titleAffixes(tidy(snapshot.documentTitle), declared);
  const shownHeadline = visibleHeadline(snapshot.headings ?? [], titles, [...siteNames, ...affixes], domain);
  if (shownHeadline !== null) {
    found.push({ title: shownHeadline.headline, weight: TIER.articleOwn, evidence: { origin: 'visible-text', key: 'h1', raw: shownHeadline.heading, value: shownHeadline.headline } });
  } else if (shownAboveArticle(snapshot, siteNames, domain)) {
    // The titles are an SEO wording no heading matches: the article's own <h1>, shown right
    // above the article's text, is the headline the reader sees.
    const heading = tidy(snapshot.headings?.[0] ?? '');
    found.push({ title: heading, weight: TIER.articleOwn, evidence: { origin: 'visible-text', key: 'h1 above the article', raw: heading, value: heading } });
  } else if (found.length > 0 && found.every((candidate) => isSiteName(candidate.title, siteName === null ? [] : [siteName], domain))) {
    // Every title is the site's name alone ("Golem.de"), as the site is named or its domain
    // reads (not any name candidate: some pages put the headline in application-name):
    // the article's main heading is the headline.
    const heading = tidy(snapshot.headings?.[0] ?? '');
    if (looksLikeHeadline(heading) && !isSiteName(heading, siteNames, domain)) {
      found.push({ title: heading, weight: TIER.articleOwn, evidence: { origin: 'visible-text', key: 'h1 under a site-name title', raw: heading, value: heading } });
    }
  }
  const evidence = found.map((candidate) => candidate.evidence);
  const best = pick(found);
  if (best === undefined) return { title: null, leftover: null, evidence };
  // A <title> like "Section – Headline" leaves the section once headline and site are known.
  const headline = comparable(best.title);
  const leftovers = titleParts(stripSiteName(snapshot.documentTitle, siteNames, domain).title).filter(
    (part) => !headline.includes(comparable(part)),
  );
  const leftover = leftovers.length === 1 && titleParts(snapshot.documentTitle).length >= 2 ? (leftovers[0] ?? null) : null;
  return { title: best.title, leftover, evidence };
}
