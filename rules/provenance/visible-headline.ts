import { UNSPACED_SCRIPT } from './clean-author-name';
import { tidy } from './snapshot-lookup';
import { comparable, isSiteName, stripSiteName, titleParts } from './title-parts';

/** Below this share of a title's headline (site name removed), a heading is a label or a kicker, not the headline. */
const MIN_COVERAGE = 0.4;
/** Worded differently, a heading is the same headline when most words of each are in the other. */
const MIN_SHARED_OF_HEADING = 0.6;
const MIN_SHARED_OF_TITLE = 0.5;
/** Anchor marks some sites append to headings (a permalink "¶", "#"). */
const TRAILING_MARKS = /[\s¶#§]+$/u;

/** Fewer words than this, and a heading that is one part of a title is a label ("Opinion", "World news"). */
const MIN_HEADLINE_WORDS = 3;
/** Scripts written without spaces say a headline in few "words": count characters there. */
const MIN_UNSPACED_HEADLINE = 6;

export function looksLikeHeadline(text: string): boolean {
  const count = words(text).size;
  return count >= MIN_HEADLINE_WORDS || (count > 0 && UNSPACED_SCRIPT.test(text) && text.length >= MIN_UNSPACED_HEADLINE);
}

function words(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== ''),
  );
}

/**
 * How much of a title's headline a heading is: the share of its letters when the
 * title contains the heading, the share of its words when the two are worded
 * differently ("hands-on: the…" / "is the…"), 0 when they are different texts.
 */
function coverage(heading: string, title: string, siteNames: readonly string[], domain: string | null): number {
  const headline = stripSiteName(title, siteNames, domain).title;
  const key = comparable(heading);
  const target = comparable(headline);
  if (key === '' || target === '') return 0;
  if (target.includes(key)) return key.length / target.length;
  const mine = words(heading);
  const theirs = words(headline);
  const shared = [...mine].filter((word) => theirs.has(word)).length;
  const ofHeading = shared / mine.size;
  const ofTitle = shared / theirs.size;
  return ofHeading >= MIN_SHARED_OF_HEADING && ofTitle >= MIN_SHARED_OF_TITLE ? ofTitle : 0;
}

/**
 * The headline as the page shows it: the visible `<h1>` that the page's titles
 * (`<title>`, og:title, twitter:title, JSON-LD…) name, as a part or in most of their
 * words. The titles confirm which heading is the article's (not the logo, a section
 * label or a teaser); the heading gives the wording the reader sees, without the
 * site's name, section or date that titles carry. Null when no heading is confirmed.
 */
export function visibleHeadline(
  headings: readonly string[], titles: readonly string[], siteNames: readonly string[], domain: string | null,
): { headline: string; heading: string } | null {
  let best: { headline: string; heading: string; score: number } | null = null;
  for (const [index, heading] of headings.entries()) {
    const shown = tidy(heading.replace(/\p{Cf}/gu, '')).replace(TRAILING_MARKS, '');
    if (shown === '' || isSiteName(shown, siteNames, domain)) continue;
    let score = Math.max(0, ...titles.map((title) => coverage(shown, tidy(title), siteNames, domain)));
    // The article's main heading that is a whole part of a title ("Blog name - Headline")
    // is the headline, however long the site's part beside it.
    if (index === 0 && looksLikeHeadline(shown)) {
      const parts = titles.map((title) => titleParts(tidy(title))).filter((split) => split.length >= 2).flat();
      if (parts.some((part) => comparable(part) === comparable(shown))) score = Math.max(score, MIN_COVERAGE);
      // Worded differently from the one part of a title that is the headline ("Firefox — Customize
      // and make it your own — The most flexible browser" over "Make your Firefox your own").
      score = Math.max(score, ...parts.map((part) => coverage(shown, part, siteNames, domain)));
    }
    if (score >= MIN_COVERAGE && (best === null || score > best.score)) best = { headline: shown, heading, score };
  }
  return best === null ? null : { headline: best.headline, heading: best.heading };
}
