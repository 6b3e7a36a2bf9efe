/**
 * The Sourcelight report, schema v1: the one contract between the rules, the
 * extension, the CLI and the tools that read their output. Field names here are
 * documented in docs/report.md; renaming one is a breaking change (bump
 * `SCHEMA_VERSION`).
 *
 * The schema is written once, in valibot, and the TypeScript types are inferred
 * from it, so the runtime check at the boundaries (CLI output, messages) and the
 * compile-time types cannot drift apart.
 */
import * as v from 'valibot';

export const SCHEMA_VERSION = 1;

const Text = v.string();
const NullableText = v.nullable(v.string());
const IsoInstant = v.pipe(v.string(), v.isoTimestamp());
const Sha256Hex = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));

/** Where a value was read in the page. */
export const EVIDENCE_ORIGINS = [
  'json-ld',
  'meta',
  'microdata',
  'rdfa',
  'rel-author',
  'byline-element',
  'readability',
  'time-element',
  'url',
  'visible-text',
  'document-title',
  'link-rel',
] as const;
export type EvidenceOrigin = (typeof EVIDENCE_ORIGINS)[number];

export const EvidenceSchema = v.strictObject({
  origin: v.picklist(EVIDENCE_ORIGINS),
  /** Which property, tag or pattern: `article:published_time`, `NewsArticle.author`, `Par …`. */
  key: Text,
  /** The value exactly as the page wrote it. */
  raw: Text,
  /** The value after cleaning (an ISO date, a name without "By"), or null if unusable. */
  value: NullableText,
});
export type Evidence = v.InferOutput<typeof EvidenceSchema>;

export const CONFIDENCES = ['high', 'medium', 'low', 'none'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** A W3C Web Annotation TextQuoteSelector, without its `type`. */
export const TextQuoteSchema = v.strictObject({
  exact: v.pipe(v.string(), v.minLength(1)),
  prefix: Text,
  suffix: Text,
});
export type TextQuote = v.InferOutput<typeof TextQuoteSchema>;

export const SEVERITIES = ['info', 'low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const WARNING_CATEGORIES = ['sourcing', 'provenance'] as const;

export const WarningSchema = v.strictObject({
  /** Stable, kebab-case; the UI translates by code. See docs/report.md for the list. */
  code: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  severity: v.picklist(SEVERITIES),
  category: v.picklist(WARNING_CATEGORIES),
  /** A short English explanation for a reader; the UI may show a translation instead. */
  message: Text,
  /** The passage the warning is about; null for page-level warnings (no date, old story…). */
  anchor: v.nullable(TextQuoteSchema),
  /** Passage warnings: the words inside `anchor.exact` that made the rule fire ("Experts say", "a senior official"). */
  trigger: v.optional(v.pipe(v.string(), v.minLength(1))),
  /** Set by the extension in its exports when the reader dismissed this flag on this page; the rules never set it. */
  dismissed: v.optional(v.boolean()),
});
export type Warning = v.InferOutput<typeof WarningSchema>;

export const AUTHOR_KINDS = ['person', 'organisation', 'generic', 'none'] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];

const AuthorSchema = v.strictObject({
  names: v.array(Text),
  kind: v.picklist(AUTHOR_KINDS),
  profileUrl: NullableText,
  confidence: v.picklist(CONFIDENCES),
  /** True when candidates name different people. */
  conflict: v.boolean(),
  evidence: v.array(EvidenceSchema),
});

const DateFieldSchema = v.strictObject({
  /** ISO 8601; an offset only when the page states one, else a local date-time or a date. */
  value: NullableText,
  timeZoneStated: v.boolean(),
  confidence: v.picklist(CONFIDENCES),
  conflict: v.boolean(),
  evidence: v.array(EvidenceSchema),
});

export const POLICY_KINDS = [
  'corrections',
  'ethics',
  'masthead',
  'unnamed-sources',
  'ownership',
  'diversity',
  'fact-checking',
  'actionable-feedback',
  'about',
  'contact',
] as const;

const PublisherSchema = v.strictObject({
  name: NullableText,
  /** Registrable domain of the page (public suffix list), e.g. `lemonde.fr`. */
  domain: NullableText,
  canonicalUrl: NullableText,
  /** The canonical URL is on another registrable domain: the page is a copy or a syndication. */
  syndicated: v.boolean(),
  /** Wire services credited ("AFP", "Reuters"). */
  wireServices: v.array(Text),
  sponsored: v.boolean(),
  /** Correction and editor's notes the article carries, as written ("Correction: an earlier version…"). */
  corrections: v.array(Text),
  policies: v.array(v.strictObject({ kind: v.picklist(POLICY_KINDS), href: Text })),
  confidence: v.picklist(CONFIDENCES),
  conflict: v.boolean(),
  evidence: v.array(EvidenceSchema),
});

export const CITATION_KINDS = [
  'primary-document',
  'study',
  'news-outlet',
  'wire-service',
  'press-release',
  'social-media',
  'video',
  'archive',
  'reference',
  'self-link',
  'promotion',
  'other',
] as const;
export type CitationKind = (typeof CITATION_KINDS)[number];

/** Kinds that never count as a source. */
export const NON_SOURCE_KINDS: readonly CitationKind[] = ['self-link', 'promotion'];

const CitationLinkSchema = v.strictObject({
  href: Text,
  text: Text,
  kind: v.picklist(CITATION_KINDS),
  /** Registrable domain of the link, or null for a non-web link (mailto:, tel:). */
  domain: NullableText,
});

/** What a source is; `anonymous` and `vague` sources have no name. */
export const SOURCE_KINDS = ['person', 'organisation', 'document', 'media', 'anonymous', 'vague'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One source the article stands on, however many times and names it is cited by. */
export const SourceSchema = v.strictObject({
  kind: v.picklist(SOURCE_KINDS),
  /** The name as the article gives it in full ("Jerome Powell", "Insee"); null for anonymous and vague sources. */
  name: NullableText,
  /** How the article words an unnamed source ("a senior law enforcement official", "une source diplomatique"). */
  description: NullableText,
  /** The role the article gives ("Fed chair", « porte-parole du Kremlin »), or null. */
  role: NullableText,
  /** Anonymous sources only: the article says why the source is not named. */
  justified: v.boolean(),
  /** Addresses of the links that back this source. */
  links: v.array(Text),
  /** Where the article cites it, first passage first. */
  passages: v.array(TextQuoteSchema),
});
export type Source = v.InferOutput<typeof SourceSchema>;

/** What kind of article a page is; see docs/report.md for how each is read. */
export const ARTICLE_TYPES = ['news', 'opinion', 'analysis', 'live', 'wire', 'press-release', 'sponsored', 'other'] as const;
export type ArticleType = (typeof ARTICLE_TYPES)[number];

export const ReportSchema = v.strictObject({
  schemaVersion: v.literal(SCHEMA_VERSION),
  generator: v.strictObject({ name: v.literal('sourcelight'), version: Text }),
  url: Text,
  retrievedAt: IsoInstant,
  article: v.strictObject({
    title: NullableText,
    /** Every title the page gives (og:title, JSON-LD headline, `<title>`, the visible headline), each with where it was read. */
    titleEvidence: v.array(EvidenceSchema),
    /** BCP 47 primary tag as found in the page (`fr`, `en-GB`), or null. */
    lang: NullableText,
    excerpt: NullableText,
    wordCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
    /** SHA-256 of the article text (blocks joined by a blank line), hex. */
    textSha256: Sha256Hex,
    readerable: v.boolean(),
    section: NullableText,
    type: v.picklist(ARTICLE_TYPES),
    /** What the type was read from (JSON-LD `@type`, the section, the address, a headline label, credits); empty for `other`. */
    typeEvidence: v.array(EvidenceSchema),
    /** The readable text is only an excerpt (a paywall). */
    truncated: v.boolean(),
    truncatedEvidence: v.array(EvidenceSchema),
  }),
  author: AuthorSchema,
  published: v.strictObject({
    ...DateFieldSchema.entries,
    /** Whole days between publication and `retrievedAt`, or null. */
    ageDays: v.nullable(v.pipe(v.number(), v.integer())),
  }),
  modified: DateFieldSchema,
  publisher: PublisherSchema,
  citations: v.strictObject({
    links: v.array(CitationLinkSchema),
    /** Links that count as sources: all but self-links and promotion. */
    sourceCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  /** What the article stands on: every source it cites, in order of first citation. */
  sources: v.array(SourceSchema),
  warnings: v.array(WarningSchema),
});
export type Report = v.InferOutput<typeof ReportSchema>;
export type CitationLink = Report['citations']['links'][number];
export type DateField = Report['modified'];
export type PublishedField = Report['published'];
export type AuthorField = Report['author'];
export type PublisherField = Report['publisher'];
export type PolicyKind = (typeof POLICY_KINDS)[number];

/** Thrown when data that claims to be a report is not one. */
export class InvalidReportError extends Error {
  constructor(readonly issues: string) {
    super(`not a valid schema-v${SCHEMA_VERSION} report: ${issues}`);
    this.name = 'InvalidReportError';
  }
}

/** Checks a value at a boundary (CLI output, a message) and returns it typed. */
export function assertReport(value: unknown): Report {
  const result = v.safeParse(ReportSchema, value);
  if (!result.success) throw new InvalidReportError(v.summarize(result.issues));
  return result.output;
}
