import type { ArticleSnapshot } from '../../snapshot/article-snapshot';
import type { Confidence, Evidence } from '../../report/schema';
import { wordsOfAllPacks } from '../../languages/registry';
import { wordsPattern } from '../../languages/words-pattern';
import { registrableDomain } from '../domain';
import { confidenceOf, TIER } from './evidence-tiers';
import { articleNodes, asArray, isObject, resolve, text, typesOf, type JsonLdIndex } from './json-ld-nodes';
import { tidy } from './snapshot-lookup';
import { comparable, isSiteName, titleParts } from './title-parts';

export interface SiteNameCandidate {
  name: string;
  weight: number;
  evidence: Evidence;
}

export interface SiteNameDecision {
  name: string | null;
  confidence: Confidence;
  conflict: boolean;
  evidence: Evidence[];
}

/** The registrable domain of a node's `url`, or null when it gives none. */
function nodeDomain(node: Record<string, unknown>): string | null {
  const url = text(node['url']);
  return url === null || !/^https?:\/\//i.test(url) ? null : registrableDomain(url);
}

/**
 * The publisher node the page's article names: of several, the one whose address is on
 * the page's own domain (a page may also name its sister site's publisher).
 */
function articlePublisherNode(index: JsonLdIndex, domain: string | null = null): Record<string, unknown> | null {
  const nodes = articleNodes(index)
    .flatMap((article) => asArray(article['publisher']).map((entry) => resolve(index, entry)))
    .filter(isObject);
  return nodes.find((node) => domain !== null && nodeDomain(node) === domain) ?? nodes[0] ?? null;
}

/** A news organisation or organisation the page describes, without saying it publishes the page. */
function organizationNode(index: JsonLdIndex): Record<string, unknown> | null {
  return index.nodes.find((node) => typesOf(node).some((type) => /newsmediaorganization|^organization$/i.test(type))) ?? null;
}

/** The publisher node of the page's article, or the site's own Organization node. */
export function publisherNode(index: JsonLdIndex): Record<string, unknown> | null {
  return articlePublisherNode(index) ?? organizationNode(index);
}

/** The weight of og:site_name and the JSON-LD publisher: the site declaring its own name. */
const DECLARED_NAME_WEIGHT = TIER.siteDeclared;
/** The weight of a parent company: the organisation behind the site, not the name the site shows. */
const COMPANY_WEIGHT = TIER.hint;

/** "Wikimedia Foundation, Inc.", "Axel Springer SE": a company's registered name. */
const LEGAL_FORM = new RegExp(String.raw`\S.*[\s,]\s*${wordsPattern(wordsOfAllPacks((pack) => pack.authorKinds?.legalForms))}\.?$`, 'iu');

const COPYRIGHT_WORD = wordsPattern(wordsOfAllPacks((pack) => pack.copyright?.marks));
const COPYRIGHT_MARK = new RegExp(String.raw`^(?:${COPYRIGHT_WORD}\s*)?(?:©|\(c\)|${COPYRIGHT_WORD})\s*`, 'iu');
const YEARS = /(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?/g;
const END_OF_NAME = new RegExp(String.raw`\s*(?:[.|,–—]|\s-\s|${wordsPattern(wordsOfAllPacks((pack) => pack.copyright?.rightsReserved))}).*$`, 'iu');

/**
 * "© 2024 Harbour Media Group. All rights reserved." → "Harbour Media Group". The
 * holder is often a parent company, so it is only a last resort.
 */
export function copyrightHolder(line: string): string | null {
  const mark = COPYRIGHT_MARK.exec(line.trim());
  if (mark === null) return null;
  const holder = line.trim().slice(mark[0].length).replace(YEARS, ' ').replace(/^[\s,]+/, '').replace(END_OF_NAME, '').trim();
  if (holder.length < 2 || holder.split(/\s+/).length > 6 || !/\p{L}/u.test(holder)) return null;
  return holder;
}

function push(found: SiteNameCandidate[], raw: string | null, weight: number, origin: Evidence['origin'], key: string): void {
  if (raw === null) return;
  // An aside in brackets is no part of the name: "X (formerly Twitter)" → "X".
  const name = tidy(raw).replace(/\s+\([^)]*\)$/, '');
  if (name === '' || name.length > 80 || /^https?:\/\//i.test(name)) return;
  found.push({ name, weight, evidence: { origin, key, raw, value: name } });
}

/** Names the page gives itself, from metadata, JSON-LD and the `<title>`. */
export function siteNameCandidates(snapshot: ArticleSnapshot, index: JsonLdIndex, domain: string | null): SiteNameCandidate[] {
  const found: SiteNameCandidate[] = [];
  // The section the page files the article under ("U.S.", "Politique") names no publisher,
  // unless the page's own declaration of its name says it (sites file stories under their name).
  const sections = new Set(sectionNames(snapshot, index).map(comparable));
  return collectSiteNames(snapshot, index, domain, found).filter(
    (candidate) => candidate.weight >= DECLARED_NAME_WEIGHT || !sections.has(comparable(candidate.name)),
  );
}

/** The article's sections as the page declares them (article:section, JSON-LD articleSection). */
function sectionNames(snapshot: ArticleSnapshot, index: JsonLdIndex): string[] {
  const fromMeta = snapshot.meta.filter((tag) => tag.key === 'article:section').map((tag) => tag.content);
  const fromJsonLd = articleNodes(index).flatMap((node) => asArray(node['articleSection']).map(text)).filter((value): value is string => value !== null);
  return [...fromMeta, ...fromJsonLd].filter((name) => name.trim() !== '');
}

function collectSiteNames(snapshot: ArticleSnapshot, index: JsonLdIndex, domain: string | null, found: SiteNameCandidate[]): SiteNameCandidate[] {
  const publisher = articlePublisherNode(index, domain);
  // A publisher whose own address is on another domain is another site (a sister site, the
  // group's flagship): it names the site only as a parent company would.
  const publisherDomain = publisher === null ? null : nodeDomain(publisher);
  const elsewhere = domain !== null && publisherDomain !== null && publisherDomain !== domain;
  if (publisher !== null) push(found, text(publisher['name']), elsewhere ? COMPANY_WEIGHT : DECLARED_NAME_WEIGHT, 'json-ld', `${typesOf(publisher)[0] ?? 'publisher'}.name`);
  // An organisation not named as the publisher may be the page's subject (a company
  // profile), so it weighs less than the site's name in the `<title>`.
  const organization = publisher === null ? organizationNode(index) : null;
  if (organization !== null) push(found, text(organization['name']), COMPANY_WEIGHT, 'json-ld', `${typesOf(organization)[0] ?? 'Organization'}.name`);
  const website = index.nodes.find((node) => typesOf(node).some((type) => /^website$/i.test(type)));
  if (website !== undefined) push(found, text(website['name']), TIER.labelled, 'json-ld', 'WebSite.name');
  for (const tag of snapshot.meta) {
    if (tag.key === 'og:site_name') push(found, tag.content, DECLARED_NAME_WEIGHT, 'meta', tag.key);
    else if (tag.key === 'application-name' || tag.key === 'apple-mobile-web-app-title') push(found, tag.content, TIER.labelled, 'meta', tag.key);
    else if (tag.key === 'publisher' || tag.key === 'dc.publisher' || tag.key === 'citation_publisher') push(found, tag.content, TIER.labelled, 'meta', tag.key);
  }
  for (const prop of snapshot.microdata) {
    if (/^publisher$/i.test(prop.prop)) push(found, prop.value, TIER.labelled, 'microdata', prop.prop);
    // The organisation behind the source is often the parent company, not the title's name.
    else if (/^sourceorganization$/i.test(prop.prop)) push(found, prop.value, COMPANY_WEIGHT, 'microdata', prop.prop);
  }
  const siteName = snapshot.readability?.siteName ?? null;
  push(found, siteName, TIER.named, 'readability', 'siteName');
  // The logo's name, where it is the domain's ("VICE" on vice.com, "Financial Times" on ft.com):
  // a logo linking home may also be a partner's or the group's.
  for (const name of snapshot.logoNames ?? []) {
    if (namesDomain(name, domain)) push(found, name, TIER.labelled, 'visible-text', LOGO_KEY);
  }

  // The part of the <title> that is the site: it names a known candidate or the domain.
  const parts = titleParts(snapshot.documentTitle);
  if (parts.length >= 2) {
    const known = found.map((candidate) => candidate.name);
    for (const part of [parts[parts.length - 1], parts[0]]) {
      if (part !== undefined && isSiteName(part, known, domain)) {
        push(found, part, TIER.named, 'document-title', 'title suffix');
        break;
      }
    }
    const hosted = hostedPublication(parts, known, domain, snapshot.logoNames ?? []);
    if (hosted !== null) push(found, hosted, TIER.named, 'document-title', HOSTED_KEY);
    // With nothing else, a short last part of "Headline | Name" is most likely the site's name,
    // unless the page shows it as its headline ("Blog name - Headline") or as part of one
    // ("Fermeture de l'usine : ce que l'on sait" over the article).
    const last = parts[parts.length - 1] ?? '';
    const rest = parts.slice(0, -1).join(' ');
    const shownAsHeadline = (snapshot.headings ?? []).some((heading) => comparable(heading) === comparable(last) || comparable(heading) === comparable(snapshot.documentTitle));
    if (found.length === 0 && !shownAsHeadline && !BYLINE_OPENING.test(last) && last.split(' ').length <= 5 && last.length <= 40 && rest.length > last.length) {
      push(found, last, TIER.faintHint, 'document-title', 'title suffix');
    }
    // "Blog name - Headline" over the headline it shows: the other part of the title is the
    // blog's name, unless the page shows it above the headline as its kicker ("Flash Monde – …", a section).
    const first = parts[0] ?? '';
    const shownLast = (snapshot.headings ?? [])[0] !== undefined && comparable(snapshot.headings?.[0] ?? '') === comparable(last);
    const kicker = snapshot.textLines.some((line) => line.zone === 'header' && comparable(line.text) === comparable(first));
    if (found.length === 0 && parts.length === 2 && shownLast && !kicker && first.split(' ').length <= 6 && first.length <= 50) {
      push(found, first, TIER.faintHint, 'document-title', 'title prefix');
    }
  }
  // With nothing else, a heading the page marks as its logo ("navbar-title", a link home) is
  // the site's name in words; a blog's may be a greeting ("Hi, I'm Nicolas."), so it comes last.
  if (found.length === 0) {
    const heading = (snapshot.logoHeadings ?? []).find((name) => name.length <= MAX_LOGO_HEADING);
    if (heading !== undefined) push(found, heading, TIER.faintHint, 'visible-text', LOGO_KEY);
  }
  if (found.length === 0) {
    const footer = snapshot.textLines.filter((line) => line.zone === 'footer');
    for (const line of footer) {
      const holder = copyrightHolder(line.text);
      if (holder !== null) {
        push(found, holder, TIER.lastResort, 'visible-text', 'copyright holder');
        break;
      }
    }
  }
  return found;
}

/** The evidence key of a publication a platform hosts, named in the `<title>`. */
const HOSTED_KEY = 'hosted publication';

/** A publication's name is short: a longer part is a headline's subtitle. */
const MAX_PUBLICATION_WORDS = 6;

/**
 * "Headline | by Ann Lee | Harbour Engineering | Platform": on a platform that hosts
 * publications, the `<title>` names the publication between its writer's byline and the
 * platform's own name, and the page shows the publication's logo linking to its front
 * (a section in that place of a title has no logo of its own). The publication is the
 * site the reader is on, the platform its host.
 */
function hostedPublication(parts: readonly string[], known: readonly string[], domain: string | null, logoNames: readonly string[]): string | null {
  if (parts.length < 4) return null;
  const byline = parts.length - 3;
  const publication = parts[byline + 1] ?? '';
  const platform = parts[byline + 2] ?? '';
  if (!BYLINE_OPENING.test(parts[byline] ?? '') || !isSiteName(platform, known, domain)) return null;
  if (isSiteName(publication, known, domain) || publication.split(/\s+/).length > MAX_PUBLICATION_WORDS) return null;
  return logoNames.some((name) => comparable(name) === comparable(publication)) ? publication : null;
}

/** A logo heading longer than this is a headline a site wrapped in a link home. */
const MAX_LOGO_HEADING = 60;

/** The evidence key of a name the site's logo gives. */
const LOGO_KEY = 'logo';

/** "Financial Times" → "ft": the first letters of a name of several words. */
function initials(name: string): string {
  const words = name.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  return words.length >= 2 ? comparable(words.map((word) => word.slice(0, 1)).join('')) : '';
}

/** How many letters an article before a name takes ("The", "Le", "Die"). */
const ARTICLE_LETTERS = 3;

/**
 * A name that is the domain's, whole: spelled out, after a short article, or as its
 * initials ("VICE" for vice.com, "The Boston Globe" for bostonglobe.com, "Financial
 * Times" for ft.com). Words after it ("Listín Diario Logo") describe the image.
 */
function namesDomain(name: string, domain: string | null): boolean {
  if (domain === null) return false;
  const key = comparable(name);
  const label = comparable(domain.split('.')[0] ?? '');
  if (label === '' || key === '') return false;
  return key === label || key === comparable(domain) || (key.endsWith(label) && key.length - label.length <= ARTICLE_LETTERS) || initials(name) === label;
}

/** "Headline - by Simon Sarris": a title part that opens with a byline's agent credits the writer, not the site. */
const BYLINE_OPENING = new RegExp(String.raw`^${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.agents))}\s+\p{Lu}`, 'iu');

/** What a site glues after its name in og:site_name: a tagline after a separator ("Aktuálně.cz - Víte, co se právě děje"). */
const TAGLINE = /^\s+[-–—|:·]\s+\S/u;

/**
 * The name without what is glued after it, where another source gives it bare: "NPR"
 * for "NPR.org" on npr.org, "Aktuálně.cz" for "Aktuálně.cz - Víte, co se právě děje".
 * The site's name as it presents itself is the bare one its `<title>` shows.
 */
function bareName(name: string, candidates: readonly SiteNameCandidate[], domain: string | null): SiteNameCandidate | null {
  const lower = name.toLowerCase();
  for (const candidate of candidates) {
    if (candidate.evidence.origin !== 'document-title') continue;
    const bare = candidate.name.toLowerCase();
    if (bare.length < 2 || bare.length >= lower.length || !lower.startsWith(bare)) continue;
    const rest = lower.slice(bare.length);
    const ending = /^\.[a-z]{2,6}/.exec(rest)?.[0] ?? '';
    if (ending !== '' && (domain === null || !domain.endsWith(ending))) continue;
    const tail = rest.slice(ending.length);
    if (tail === '' ? ending !== '' : TAGLINE.test(tail)) return candidate;
  }
  return null;
}

/**
 * A name that is the domain written out ("BostonGlobe.com" on bostonglobe.com) is an
 * address, not how the site calls itself: the name in words that the page shows for
 * that domain (its logo, its `<title>`: "The Boston Globe") is.
 */
function inWords(chosen: SiteNameCandidate, candidates: readonly SiteNameCandidate[], domain: string | null): SiteNameCandidate {
  if (domain === null || comparable(chosen.name) !== comparable(domain)) return chosen;
  const shown = candidates
    .filter((candidate) => candidate.evidence.origin === 'visible-text' || candidate.evidence.origin === 'document-title')
    .filter((candidate) => candidate.name.includes(' ') && !DOMAIN_SPELLING.test(candidate.name) && namesDomain(candidate.name, domain));
  return shown[0] ?? chosen;
}

/** A name with a domain's ending ("Libération.fr"). */
const DOMAIN_SPELLING = /\.[a-z]{2,6}$/i;

/**
 * The site's name: the name most sources agree on, metadata first. With no source,
 * a word of the page spelled like the domain ("Artia13" for artia13.city) is a weak guess
 * (the page's words are gathered only then: most pages never need them).
 */
export function decideSiteName(candidates: readonly SiteNameCandidate[], fallbackWords: () => readonly string[], domain: string | null): SiteNameDecision {
  const evidence = candidates.map((candidate) => candidate.evidence);
  if (candidates.length === 0) {
    const label = comparable(domain?.split('.')[0] ?? '');
    const word = label.length >= 3 && /\p{L}/u.test(label) ? fallbackWords().find((candidate) => comparable(candidate) === label) : undefined;
    if (word === undefined) return { name: null, confidence: 'none', conflict: false, evidence };
    return {
      name: word,
      confidence: 'low',
      conflict: false,
      evidence: [{ origin: 'visible-text', key: 'domain name in text', raw: word, value: word }],
    };
  }
  // A company's registered name ("Wikimedia Foundation, Inc.") is the organisation behind
  // the site: it names the site only when nothing else does.
  const shown = candidates.filter((candidate) => !LEGAL_FORM.test(candidate.name));
  const pool = shown.length > 0 ? shown : candidates;
  const votes = new Map<string, number>();
  for (const candidate of pool) {
    const key = comparable(candidate.name);
    votes.set(key, (votes.get(key) ?? 0) + candidate.weight);
  }
  const winner = [...pool].sort(
    (a, b) => (votes.get(comparable(b.name)) ?? 0) - (votes.get(comparable(a.name)) ?? 0) || b.weight - a.weight,
  )[0] as SiteNameCandidate;
  // Of the spellings of the winning name, the one most sources write ("Città" over "Citta").
  // A logo's alt text is a caption of the image ("Mac Rumors" for MacRumors): it votes, it does not spell.
  const written = pool.filter((candidate) => candidate.evidence.key !== LOGO_KEY);
  const spellings = (written.length > 0 ? written : pool).filter((candidate) => comparable(candidate.name) === comparable(winner.name));
  const count = (name: string): number => spellings.filter((candidate) => candidate.name === name).length;
  // A name glued together ("HeraldSun") is a handle's or a logo's spelling: the spaced one is how it is written.
  const words = (name: string): number => name.split(/\s+/).length;
  const spelled = [...spellings].sort((a, b) => words(b.name) - words(a.name) || count(b.name) - count(a.name) || b.weight - a.weight)[0] ?? winner;
  // A publication hosted on a platform is the site the reader is on, however many sources name the platform.
  const hosted = pool.find((candidate) => candidate.evidence.key === HOSTED_KEY);
  const best = hosted ?? bareName(spelled.name, pool, domain) ?? inWords(spelled, pool, domain);
  const conflict = candidates.some((candidate) => {
    const a = comparable(candidate.name);
    const b = comparable(best.name);
    return !a.includes(b) && !b.includes(a);
  });
  const agreeingKinds = new Set(candidates.filter((candidate) => comparable(candidate.name) === comparable(best.name)).map((candidate) => candidate.evidence.origin)).size;
  return { name: best.name, confidence: confidenceOf({ agreeingKinds, tier: best.weight, conflict }), conflict, evidence };
}
