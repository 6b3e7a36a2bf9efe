/**
 * The article snapshot: everything the rules need to know about a page, as plain,
 * serialisable data. The DOM code in `extraction/` produces it (in the browser or in
 * Node); the pure code in `rules/` consumes it. Nothing here may hold a DOM node, so a
 * snapshot can cross the message boundary and be saved as a test fixture.
 *
 * The extraction layer records raw candidates; it does not decide which author or
 * date is right. That choice belongs to the rules, where it is testable without a DOM.
 */

export const SNAPSHOT_VERSION = 1;

/** One `<meta>` element, as written in the page. */
export interface MetaTag {
  /** `name`, `property`, `itemprop` or `http-equiv`, whichever the tag carries, lower-cased. */
  key: string;
  content: string;
}

/** A `<link>` or `<a>` carrying a `rel` the rules care about (author, canonical, publisher…). */
export interface RelLink {
  rel: string;
  href: string;
  text: string;
}

/** One microdata or RDFa property (`itemprop` / `property`) with its resolved value. */
export interface MicrodataProp {
  /** The nearest enclosing `itemtype` / `typeof`, if any (e.g. `https://schema.org/NewsArticle`). */
  itemType: string | null;
  prop: string;
  value: string;
  /** The `href`/`url` of the property element or its author link, when there is one. */
  href: string | null;
}

/** A `<time>` element, or a microformat date (`<abbr class="published" title="…">`, its title as `datetime`). */
export interface TimeElement {
  datetime: string | null;
  text: string;
  /** class, id and itemprop of the element and its near ancestors: "published", "updated"… */
  hint: string;
}

/** An element whose class, id, itemprop or rel says it holds a byline. */
export interface BylineElement {
  text: string;
  /** The link inside it, which is often the author's profile page. */
  href: string | null;
  hint: string;
}

/**
 * A short line of visible text that may state provenance ("Par Jeanne Dupont",
 * "Publié le 14 novembre 2026", "Updated March 4, 2026", "avec AFP").
 */
export interface TextLine {
  text: string;
  /** Where the line sits: before the article body, inside it, or after it. */
  zone: 'header' | 'body' | 'footer';
  /** Links in the line (an author's profile, a policy page). */
  hrefs: string[];
}

/** A page-wide link whose text or URL may point to an about, contact or policy page. */
export interface PageLink {
  href: string;
  text: string;
}

/** An e-mail link with a title: a short text (initials, a handle) and the title the page gives it. */
export interface MailLink {
  text: string;
  title: string;
}

/** A link inside a body block. Offsets index into the block's `text`. */
export interface BlockLink {
  href: string;
  text: string;
  start: number;
  end: number;
  rel: string;
}

export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'quote'
  | 'list-item'
  | 'caption'
  | 'table-cell'
  | 'preformatted';

/** One block of the article body, as Readability kept it, with whitespace collapsed. */
export interface BodyBlock {
  kind: BlockKind;
  text: string;
  links: BlockLink[];
}

/** What Readability itself reported (its own metadata guesses are candidates too). */
export interface ReadabilityResult {
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}

export interface ArticleSnapshot {
  snapshotVersion: typeof SNAPSHOT_VERSION;
  /** The address of the page as the reader sees it (or as given to the CLI). */
  url: string;
  documentTitle: string;
  /** `<html lang>` or `content-language`, as written. */
  documentLang: string | null;
  /** Readability's `isProbablyReaderable` on the page. */
  readerable: boolean;
  meta: MetaTag[];
  /** Parsed JSON-LD blocks; blocks that do not parse are counted, not kept. */
  jsonLd: unknown[];
  jsonLdErrors: number;
  microdata: MicrodataProp[];
  relLinks: RelLink[];
  timeElements: TimeElement[];
  bylineElements: BylineElement[];
  textLines: TextLine[];
  /** The visible `<h1>` headings as shown, the article's own first (absent in older snapshots). */
  headings?: string[];
  /**
   * The text of the `<h1>`s that are the site's logo or name, not a headline (so marked by
   * their class or id, or linking to the site's home or a page above this one; absent in
   * older snapshots).
   */
  logoHeadings?: string[];
  /** Characters of visible text in lines that read as sentences (absent in older snapshots). */
  sentenceChars?: number;
  pageLinks: PageLink[];
  /**
   * The names the site's logo gives (an SVG's title, an image's alt text) in a link to
   * the site's home or a page above this one (absent in older snapshots).
   */
  logoNames?: string[];
  /** The alt text of the first user pictures ("avatar"): a poster's name where the page shows it by the headline (absent in older snapshots). */
  avatarNames?: string[];
  /** E-mail links with a title, where a newsroom signs with a writer's initials (absent in older snapshots). */
  mailLinks?: MailLink[];
  /** Null when Readability found no article. */
  readability: ReadabilityResult | null;
  /** The article body; empty when Readability found no article. */
  blocks: BodyBlock[];
  /**
   * Extraction steps that threw on this page (`body`, `readerable`, `json-ld`…), each
   * leaving its part of the snapshot empty; absent when every step ran.
   */
  failedSteps?: string[];
}

/** The name `failedSteps` gives the reading of the article body (Readability and the split into blocks). */
export const BODY_STEP = 'body';

/** Blocks are joined with this separator into the article text that anchors index. */
export const BLOCK_SEPARATOR = '\n\n';

/** The article's plain text, as the rules and the text-quote anchors see it. */
export function articleText(snapshot: Pick<ArticleSnapshot, 'blocks'>): string {
  return snapshot.blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
}
