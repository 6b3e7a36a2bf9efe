import type { ArticleSnapshot } from '../../extraction/snapshot';
import type { AuthorField, DateField, Evidence, PublishedField, PublisherField, Warning } from '../../report/schema';
import { registrableDomain } from '../domain';
import { authorCandidates } from './author-candidates';
import { decideCanonical } from './canonical-url';
import { findCredits } from './credits';
import { dateCandidates } from './date-candidates';
import { decideAuthor } from './decide-author';
import { ageInDays, decideDate } from './decide-dates';
import { decideSection } from './decide-section';
import { decideSiteName, publisherNode, siteNameCandidates } from './decide-site-name';
import { decideTitle } from './decide-title';
import { indexJsonLd } from './json-ld-nodes';
import { policyLinks } from './policy-links';
import { provenanceWarnings } from './provenance-warnings';

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

/** Words of the page's short lines, for the last-resort site name (a word spelled like the domain). */
function visibleWords(snapshot: ArticleSnapshot): string[] {
  const source = [snapshot.documentTitle, ...snapshot.textLines.map((line) => line.text)].join(' ');
  return source.split(/[^\p{L}\p{N}.-]+/u).map((word) => word.replace(/[.-]+$/, '')).filter((word) => word.length >= 3);
}

/**
 * Who wrote the page, when, and for whom, each value with the candidates it came
 * from. Pure: reads the snapshot only, so it runs the same in the browser and in Node.
 */
export function decideProvenance(
  snapshot: ArticleSnapshot,
  options: { retrievedAt: string; pageDomain: string | null },
): ProvenanceDecision {
  const index = indexJsonLd(snapshot.jsonLd);
  const domain = options.pageDomain ?? registrableDomain(snapshot.url);

  const siteCandidates = siteNameCandidates(snapshot, index, domain);
  const site = decideSiteName(siteCandidates, visibleWords(snapshot), domain);
  const siteNames = [...new Set([...siteCandidates.map((candidate) => candidate.name), ...(site.name === null ? [] : [site.name])])];

  const title = decideTitle(snapshot, index, siteNames, domain);
  const section = decideSection(snapshot, index, title.leftover);

  const authors = authorCandidates(snapshot, index);
  const author = decideAuthor(authors, siteNames);

  const dates = dateCandidates(snapshot, index);
  const publishedDecision = decideDate(dates, 'published');
  const modifiedDecision = decideDate(dates, 'modified');
  const published: PublishedField = {
    ...publishedDecision.field,
    ageDays: publishedDecision.field.value === null ? null : ageInDays(publishedDecision.field.value, options.retrievedAt),
  };

  const canonical = decideCanonical(snapshot, domain);
  const credits = findCredits(snapshot, authors.map((candidate) => candidate.evidence.raw), title.title);
  const publisher: PublisherField = {
    name: site.name,
    domain,
    canonicalUrl: canonical.canonicalUrl,
    syndicated: canonical.syndicated,
    wireServices: credits.wireServices,
    sponsored: credits.sponsored,
    corrections: credits.corrections,
    policies: policyLinks(snapshot, publisherNode(index)),
    confidence: site.confidence,
    conflict: site.conflict,
    evidence: [...site.evidence, ...canonical.evidence, ...credits.evidence],
  };

  const warnings = provenanceWarnings({
    author,
    published,
    modified: modifiedDecision.field,
    publisher,
    datesDisagree: publishedDecision.structuredVsVisible,
    retrievedAt: options.retrievedAt,
  });
  return { title: title.title, titleEvidence: title.evidence, section, author, published, modified: modifiedDecision.field, publisher, warnings };
}
