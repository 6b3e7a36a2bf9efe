import { attemptStep } from '../../snapshot/attempt-step';
import type { ArticleSnapshot } from '../../snapshot/article-snapshot';
import type { AuthorField, DateField, Evidence, PublishedField, PublisherField, Warning } from '../../report/schema';
import { registrableDomain } from '../domain';
import { authorCandidates, type AuthorCandidate } from './author-candidates';
import { decideCanonical, type CanonicalDecision } from './canonical-url';
import { BYLINE_CREDIT, findCredits, type CreditFindings } from './credits';
import { dateCandidates, type DateCandidate } from './date-candidates';
import { decideAuthor } from './decide-author';
import { ageInDays, decideDate, type DateDecision } from './decide-dates';
import { decideSection } from './decide-section';
import { decideSiteName, publisherNode, siteNameCandidates, type SiteNameCandidate, type SiteNameDecision } from './decide-site-name';
import { decideTitle, type TitleDecision } from './decide-title';
import { TIER } from './evidence-tiers';
import { indexJsonLd, type JsonLdIndex } from './json-ld-nodes';
import { policyLinks, type Policy } from './policy-links';
import { provenanceWarnings, stepWarnings } from './provenance-warnings';
import { isWireService, wireServicesIn } from './wire-services';

export interface ProvenanceDecision {
  title: string | null;
  titleEvidence: Evidence[];
  section: string | null;
  author: AuthorField;
  published: PublishedField;
  modified: DateField;
  publisher: PublisherField;
  /** Page-level provenance warnings (anchor null, category 'provenance'). */
  warnings: Warning[];
}

const NO_SITE: SiteNameDecision = { name: null, confidence: 'none', conflict: false, evidence: [] };
const NO_TITLE: TitleDecision = { title: null, leftover: null, evidence: [] };
const NO_CREDITS: CreditFindings = { wireServices: [], sponsored: false, corrections: [], evidence: [] };

/** Words of the page's short lines, for the last-resort site name (a word spelled like the domain). */
function visibleWords(snapshot: ArticleSnapshot): string[] {
  const source = [snapshot.documentTitle, ...snapshot.textLines.map((line) => line.text)].join(' ');
  return source.split(/[^\p{L}\p{N}.-]+/u).map((word) => word.replace(/[.-]+$/, '')).filter((word) => word.length >= 3);
}

/** A name as compared: case, accents' composition and punctuation aside. */
function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '');
}

/**
 * The raw bylines of the candidates that name the chosen author (the article's own
 * byline, as each source writes it) and of those that credit an agency alone (a byline's
 * source line, "Reuters").
 */
function ownBylines(candidates: readonly AuthorCandidate[], names: readonly string[]): string[] {
  const chosen = names.map(nameKey).filter((key) => key !== '');
  const namesChosen = (name: string): boolean => chosen.some((key) => nameKey(name).includes(key) || key.includes(nameKey(name)));
  return candidates
    .filter((candidate) => candidate.names.some(namesChosen) || (candidate.names.length > 0 && candidate.names.every(isWireService)))
    .map((candidate) => candidate.evidence.raw);
}

/**
 * A wire service the byline credits beside a person ("Par Louise Petit avec AFP", "Von
 * Anna Schmidt, dpa") wrote the article with them: it is named as a co-author, as well
 * as listed in the publisher's wire services.
 */
function withWireCoAuthors(author: AuthorField, credits: CreditFindings): AuthorField {
  if (author.kind !== 'person') return author;
  const inByline = credits.evidence.filter((evidence) => evidence.key === BYLINE_CREDIT).flatMap((evidence) => (evidence.value ?? '').split(', '));
  const added = [...new Set(inByline)].filter((service) => service !== '' && !author.names.some((name) => wireServicesIn(name).includes(service)));
  return added.length === 0 ? author : { ...author, names: [...author.names, ...added] };
}

/**
 * Who wrote the page, when, and for whom, each value with the candidates it came
 * from. Pure: reads the snapshot only, so it runs the same in the browser and in Node.
 */
export function decideProvenance(
  snapshot: ArticleSnapshot,
  options: { retrievedAt: string; pageDomain: string | null },
): ProvenanceDecision {
  // Each decision fails alone (its value stays empty and the step is named in a
  // warning): a page that trips one rule keeps the others' answers.
  const failed: string[] = [];
  const index = attemptStep<JsonLdIndex>('json-ld-index', failed, indexJsonLd([]), () => indexJsonLd(snapshot.jsonLd));
  const domain = options.pageDomain ?? registrableDomain(snapshot.url);

  const siteCandidates = attemptStep<SiteNameCandidate[]>('site-candidates', failed, [], () => siteNameCandidates(snapshot, index, domain));
  const site = attemptStep<SiteNameDecision>('site-name', failed, NO_SITE, () => decideSiteName(siteCandidates, () => visibleWords(snapshot), domain));
  const siteNames = [...new Set([...siteCandidates.map((candidate) => candidate.name), ...(site.name === null ? [] : [site.name])])];

  const title = attemptStep<TitleDecision>('title', failed, NO_TITLE, () => decideTitle(snapshot, index, siteNames, domain, site.name));
  const section = attemptStep<string | null>('section', failed, null, () => decideSection(snapshot, index, title.leftover));

  const authors = attemptStep<AuthorCandidate[]>('author-candidates', failed, [], () => authorCandidates(snapshot, index));
  // A footer's copyright holder owns the text: on a writer's own site it is the writer, whose byline is no site's.
  const declaredSiteNames = siteNames.filter((name) => siteCandidates.some((candidate) => candidate.name === name && candidate.weight > TIER.lastResort));
  const author = attemptStep<AuthorField>('author', failed, decideAuthor([], []), () => decideAuthor(authors, declaredSiteNames, domain));

  const dates = attemptStep<DateCandidate[]>('date-candidates', failed, [], () => dateCandidates(snapshot, index));
  const publishedDecision = attemptStep<DateDecision>('published', failed, decideDate([], 'published'), () => decideDate(dates, 'published'));
  const modifiedDecision = attemptStep<DateDecision>('modified', failed, decideDate([], 'modified'), () => decideDate(dates, 'modified'));
  const published: PublishedField = {
    ...publishedDecision.field,
    ageDays: publishedDecision.field.value === null ? null : ageInDays(publishedDecision.field.value, options.retrievedAt),
  };

  const canonical = attemptStep<CanonicalDecision>('canonical', failed, { canonicalUrl: null, syndicated: false, evidence: [] }, () => decideCanonical(snapshot, domain));
  // Only the article's own byline credits a wire service: a teaser's "Par X avec AFP" credits another story.
  const credits = attemptStep<CreditFindings>('credits', failed, NO_CREDITS, () =>
    findCredits(snapshot, ownBylines(authors, author.names), title.title),
  );
  const credited = attemptStep<AuthorField>('wire-co-authors', failed, author, () => withWireCoAuthors(author, credits));
  const policies = attemptStep<Policy[]>('policies', failed, [], () => policyLinks(snapshot, publisherNode(index), domain));
  const publisher: PublisherField = {
    name: site.name,
    domain,
    canonicalUrl: canonical.canonicalUrl,
    syndicated: canonical.syndicated,
    wireServices: credits.wireServices,
    sponsored: credits.sponsored,
    corrections: credits.corrections,
    policies,
    confidence: site.confidence,
    conflict: site.conflict,
    evidence: [...site.evidence, ...canonical.evidence, ...credits.evidence],
  };

  const warnings = attemptStep<Warning[]>('warnings', failed, [], () =>
    provenanceWarnings({
      author: credited,
      published,
      modified: modifiedDecision.field,
      publisher,
      datesDisagree: publishedDecision.structuredVsVisible,
      retrievedAt: options.retrievedAt,
    }),
  );
  return {
    title: title.title,
    titleEvidence: title.evidence,
    section,
    author: credited,
    published,
    modified: modifiedDecision.field,
    publisher,
    warnings: [...stepWarnings(snapshot.failedSteps ?? [], failed), ...warnings],
  };
}
