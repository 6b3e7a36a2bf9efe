import type { AuthorField, AuthorKind, Evidence } from '../../report/schema';
import type { AuthorCandidate } from './author-candidates';
import { classifyAuthor } from './classify-author';
import { confidenceOf, SUPPORT_PER_KIND, TIER, TIER_STEP } from './evidence-tiers';
import { UNSPACED_SCRIPT } from './clean-author-name';
import { dayOf, parseTextDate } from './parse-date';
import { isSiteName } from './title-parts';

const keys = new Map<string, string>();

/** A name as compared: case, accents' composition and punctuation aside (memoised: pages repeat bylines). */
function key(name: string): string {
  let known = keys.get(name);
  if (known === undefined) {
    known = name.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
    if (keys.size > 10_000) keys.clear();
    keys.set(name, known);
  }
  return known;
}

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const mine = a.map(key);
  return b.some((name) => {
    const other = key(name);
    return mine.some((known) => known === other || known.includes(other) || other.includes(known));
  });
}

function kindOf(candidate: AuthorCandidate, siteNames: readonly string[]): AuthorKind {
  if (candidate.names.length === 0) return 'none';
  if (candidate.organisation) return 'organisation';
  const kinds = candidate.names.map((name) => classifyAuthor(name, siteNames));
  if (kinds.includes('person')) return 'person';
  return kinds.includes('organisation') ? 'organisation' : 'generic';
}

/**
 * A name another source gives without extra words glued on ("Ben Silverman" for
 * "Ben Silverman Games Editor", "Kelly Sheridan" for "Kelly SheridanNews") is the name.
 */
function shortestForm(name: string, candidates: readonly AuthorCandidate[]): string {
  let best = name;
  for (const candidate of candidates) {
    for (const other of candidate.names) {
      // A one-word prefix ("Ben") is too little to trust, unless the script writes names without spaces;
      // nor is one that ends on a particle ("Michiel de" from "Jong, Michiel de" split at its comma).
      const wholeName = (other.includes(' ') && !/\s\p{Ll}+$/u.test(other)) || (other.length >= 2 && UNSPACED_SCRIPT.test(other));
      if (other.length < best.length && wholeName && name.toLowerCase().startsWith(other.toLowerCase())) best = other;
    }
  }
  return best;
}

/** Sources that describe the page itself, not whatever bylines its body shows. */
const PAGE_LEVEL_ORIGINS: ReadonlySet<Evidence['origin']> = new Set(['json-ld', 'meta', 'microdata', 'rdfa']);
/** Sources that repeat another (Readability's byline) or read any line of the page: they confirm no byline. */
const ECHO_ORIGINS: ReadonlySet<Evidence['origin']> = new Set(['readability', 'visible-text']);
/** This many different people under one kind of byline element make it a list of teasers. */
const TEASER_GROUP_PEOPLE = 4;
/** This many different days under one kind of byline element make it a list of stories, whoever wrote them. */
const TEASER_GROUP_DAYS = 4;

/** Candidates of one kind of byline: the same source and the same element class or label. */
function groupOf(candidate: AuthorCandidate): string {
  return `${candidate.evidence.origin}\u0000${candidate.evidence.key}`;
}

/**
 * The names of teaser bylines: one kind of byline (the same element class, the same
 * visible label) naming many different people, or dated on many different days (a tag
 * archive of two writers' stories), is a list of other stories (a home page, a section
 * front, "related stories" under an article).
 */
function teaserNames(candidates: readonly AuthorCandidate[]): { names: Set<string>; groups: Set<string> } {
  const byGroup = new Map<string, { people: Set<string>; days: Set<string> }>();
  for (const candidate of candidates) {
    if (PAGE_LEVEL_ORIGINS.has(candidate.evidence.origin) || candidate.evidence.origin === 'readability') continue;
    const group = groupOf(candidate);
    const seen = byGroup.get(group) ?? { people: new Set<string>(), days: new Set<string>() };
    candidate.names.forEach((name) => seen.people.add(key(name)));
    const dated = parseTextDate(candidate.evidence.raw);
    if (dated !== null) seen.days.add(dayOf(dated));
    byGroup.set(group, seen);
  }
  const names = new Set<string>();
  const groups = new Set<string>();
  for (const [group, { people, days }] of byGroup) {
    if (people.size < TEASER_GROUP_PEOPLE && days.size < TEASER_GROUP_DAYS) continue;
    groups.add(group);
    people.forEach((name) => names.add(name));
  }
  return { names, groups };
}

/** Whether a candidate is one of a list's bylines: of its kind, or a part nested inside one ("td-post-author-name" in "td-author-date"). */
function inTeaserList(candidate: AuthorCandidate, groups: ReadonlySet<string>): boolean {
  if (groups.has(groupOf(candidate))) return true;
  const origin = candidate.evidence.origin;
  return (candidate.classes ?? []).some((name) => groups.has(`${origin}\u0000${name}`));
}

function sameNames(a: AuthorCandidate, b: AuthorCandidate): boolean {
  return a.names.length === b.names.length && a.names.every((name) => b.names.some((other) => key(other) === key(name)));
}

/**
 * The one byline of its kind that stands before the article's end while all the others
 * follow it ("By Ann Lee" under the headline, then "By …" on every related story below):
 * the list is below the article, and the byline above it is the article's own.
 */
function leadsItsList(candidate: AuthorCandidate, candidates: readonly AuthorCandidate[]): boolean {
  if (candidate.withArticle !== true) return false;
  const kin = candidates.filter((other) => groupOf(other) === groupOf(candidate));
  const before = kin.filter((other) => other.afterArticle !== true);
  return before.length < kin.length && before.every((other) => sameNames(other, candidate));
}

/**
 * Drops the bylines of teasers: a name that a list of teasers shows is the page's own
 * author only when the page's metadata, or a byline element or author link outside
 * that list, names it too (the author of the article also writes other stories), or
 * when it alone of its list stands above the article's end.
 */
function withoutTeasers(candidates: readonly AuthorCandidate[]): AuthorCandidate[] {
  const teasers = teaserNames(candidates);
  if (teasers.groups.size === 0) return [...candidates];
  const confirmed = new Set<string>();
  for (const candidate of candidates) {
    const lead = inTeaserList(candidate, teasers.groups) && leadsItsList(candidate, candidates);
    if (!lead && (inTeaserList(candidate, teasers.groups) || ECHO_ORIGINS.has(candidate.evidence.origin))) continue;
    candidate.names.forEach((name) => confirmed.add(key(name)));
  }
  return candidates.filter((candidate) => {
    if (PAGE_LEVEL_ORIGINS.has(candidate.evidence.origin)) return true;
    if (inTeaserList(candidate, teasers.groups) && !candidate.names.some((name) => confirmed.has(key(name)))) return false;
    return candidate.names.every((name) => !teasers.names.has(key(name)) || confirmed.has(key(name)));
  });
}

/**
 * The site's own name as author ("Deutsche Welle", "mdr.de") credits the outlet, not the
 * writer: it stands only when no person is credited.
 */
function withoutSiteByline(candidates: readonly AuthorCandidate[], siteNames: readonly string[], domain: string | null): AuthorCandidate[] {
  // The domain names the site too: "Google" on googleblog.com, whatever the blog calls itself.
  const isSite = (name: string): boolean => isSiteName(name, siteNames, domain);
  const ofTheSite = (candidate: AuthorCandidate): boolean => candidate.names.every(isSite);
  // A byline that holds the site's name with words glued on ("Blog name posted at Platform") is the site's too.
  const person = candidates.some((candidate) => !ofTheSite(candidate) && !overlaps(candidate.names, siteNames) && kindOf(candidate, siteNames) === 'person');
  return person ? candidates.filter((candidate) => !ofTheSite(candidate)) : [...candidates];
}

/**
 * A desk or an account ("Online News Editor", "admin", "Redaktion") stands for whoever
 * posted the page: it stands only when no person is credited with the article, by its
 * metadata, an author link or a byline line by the headline (a bio box or Readability's
 * guess, a form's "enter your name" among them, is not enough).
 */
function withoutGenericByline(candidates: readonly AuthorCandidate[], siteNames: readonly string[]): AuthorCandidate[] {
  const person = candidates.some((candidate) => candidate.weight >= TIER.labelled && kindOf(candidate, siteNames) === 'person');
  return person ? candidates.filter((candidate) => kindOf(candidate, siteNames) !== 'generic') : [...candidates];
}

/**
 * The chosen byline with its co-authors: a candidate naming the same people and more,
 * each of them confirmed by a source of another kind (two author links and a byline box
 * naming both), credits them all.
 */
function completed(best: AuthorCandidate, usable: readonly AuthorCandidate[]): AuthorCandidate {
  const named = (candidate: AuthorCandidate, name: string): boolean => candidate.names.some((other) => key(other) === key(name));
  // Confirmed apart from the chosen names: a source crediting that person without them.
  const confirmed = (candidate: AuthorCandidate, name: string): boolean =>
    best.names.some((known) => key(known) === key(name)) ||
    usable.some((other) => other.evidence.origin !== candidate.evidence.origin && named(other, name) && !best.names.some((known) => named(other, known)));
  const fuller = usable.find((candidate) =>
    candidate.names.length > best.names.length &&
    best.names.every((name) => named(candidate, name)) &&
    candidate.names.every((name) => confirmed(candidate, name)));
  if (fuller === undefined) return best;
  const names = fuller.names.filter((name, at) => fuller.names.findIndex((other) => key(other) === key(name)) === at);
  return { ...best, names };
}

/** A person's byline outranks an organisation's or a generic one by this much: three steps. */
const PERSON_BONUS = 3 * TIER_STEP;

/**
 * Chooses the byline: the best-supported candidate, where support is the tier of its
 * source plus `SUPPORT_PER_KIND` for each other kind of source naming the same people.
 * A person beats a generic or institutional byline, which is reported as such.
 */
export function decideAuthor(candidates: readonly AuthorCandidate[], siteNames: readonly string[], domain: string | null = null): AuthorField {
  const evidence = candidates.map((candidate) => candidate.evidence);
  const usable = withoutGenericByline(withoutSiteByline(withoutTeasers(candidates.filter((candidate) => candidate.names.length > 0)), siteNames, domain), siteNames);
  if (usable.length === 0) {
    return { names: [], kind: 'none', profileUrl: null, confidence: 'none', conflict: false, evidence };
  }
  const score = (candidate: AuthorCandidate): number => {
    const agreeing = usable.filter((other) => other !== candidate && other.afterArticle !== true && overlaps(candidate.names, other.names));
    // Support comes from other kinds of source: two nested byline elements are one byline.
    const origins = new Set(agreeing.map((other) => other.evidence.origin).filter((origin) => origin !== candidate.evidence.origin));
    const kindBonus = kindOf(candidate, siteNames) === 'person' ? PERSON_BONUS : 0;
    return candidate.weight + SUPPORT_PER_KIND * origins.size + kindBonus;
  };
  const scores = new Map(usable.map((candidate) => [candidate, score(candidate)]));
  const ranked = [...usable].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
  const best = completed(ranked[0] as AuthorCandidate, usable);
  const kind = kindOf(best, siteNames);
  const names = kind === 'person'
    ? best.names.filter((name) => best.organisation || classifyAuthor(name, siteNames) === 'person')
    : best.names;
  // The page's metadata gives the name without glued words even where it was set aside as the site's own byline.
  const trimmed = names.map((name) => shortestForm(name, [...usable, ...candidates.filter((candidate) => PAGE_LEVEL_ORIGINS.has(candidate.evidence.origin))]));
  const people = usable.filter((candidate) => kindOf(candidate, siteNames) === 'person');
  const conflict = people.some((candidate) => !overlaps(candidate.names, best.names));
  const profileUrl =
    [best, ...ranked].find((candidate) => candidate.profileUrl !== null && overlaps(candidate.names, best.names))?.profileUrl ?? null;
  const origins = new Set(usable.filter((candidate) => overlaps(candidate.names, best.names)).map((candidate) => candidate.evidence.origin));
  const confidence = confidenceOf({ agreeingKinds: origins.size, tier: best.weight, conflict });
  return { names: trimmed, kind, profileUrl, confidence, conflict, evidence };
}
