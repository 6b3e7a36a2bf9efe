import type { Confidence } from '../../report/schema';

/**
 * One scale of trust for every provenance candidate (author, dates, title, site name):
 * how much one kind of statement says about this very article, highest first. Each
 * decision starts from its candidates' tiers; support from other kinds of source is
 * added on top (`SUPPORT_PER_KIND`), and a tier may be lowered by whole steps
 * (`TIER_STEP`) for a weaker placement of the same kind of statement (a later
 * JSON-LD node, a lower `<time>`).
 */
export const TIER = {
  /** The article's own structured field: JSON-LD Article `author`, `datePublished`; the visible `<h1>` the titles confirm. */
  articleOwn: 10,
  /** The site's declaration for the page: og:site_name, the JSON-LD publisher, article:published_time, og:title. */
  siteDeclared: 9,
  /** A standard metadata field: meta author, microdata author or date, the JSON-LD headline. */
  metadata: 8,
  /** A secondary metadata field: dc.creator, a twitter:data byline, a `<time>` the page labels, twitter:title. */
  secondaryMetadata: 7,
  /** A value labelled in view, or a lesser declaration: a byline by the headline, "Publié le …", application-name, rel=author. */
  labelled: 6,
  /** An element or a reading named for the value: a byline element, Readability's date, site name or title. */
  named: 5,
  /** A hint that repeats or guesses: Readability's byline, a date in the address, a body byline, a parent company. */
  hint: 4,
  /** A faint hint: a byline after the article, a short title suffix with nothing else, `<title>` itself. */
  faintHint: 3,
  /** What is left when nothing else names the value: a footer copyright holder. */
  lastResort: 2,
} as const;

/** One step down the scale: the same kind of statement in a weaker place. */
export const TIER_STEP = 1;

/** What each other kind of source naming the same value adds to a candidate's tier. */
export const SUPPORT_PER_KIND = 2;

/** From this tier a value stated alone is the page's metadata saying it: medium confidence. */
const STATED_ALONE = TIER.secondaryMetadata;

/** How a decided value stands among its candidates. */
export interface Standing {
  /** Kinds of source (JSON-LD, meta, visible text…) that give the chosen value. */
  agreeingKinds: number;
  /** The tier of the best candidate for the chosen value. */
  tier: number;
  /** Another candidate gives a different value. */
  conflict: boolean;
}

/**
 * The one confidence rule for author, dates and site name: sources that disagree make
 * a value uncertain; two kinds of source agreeing make it sure; a value stated alone is
 * as sure as its source is a statement of the page's metadata.
 */
export function confidenceOf(standing: Standing): Confidence {
  if (standing.conflict) return 'low';
  if (standing.agreeingKinds >= 2) return 'high';
  return standing.tier >= STATED_ALONE ? 'medium' : 'low';
}
