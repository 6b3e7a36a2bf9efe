/**
 * What the extension knows about one language, as data. Every group is optional: a
 * pack declares what it knows, and `languages/packs.test.ts` checks that every list
 * it declares holds words written the way the rules read them. Words follow the phrase syntax of the sourcing
 * lexicons (languages/README.md): words apart by spaces, case-insensitive, whole
 * words, `'` for either apostrophe, a trailing `*` for any ending. Accents are optional
 * when matching: "publié" also matches "publie".
 *
 * The rules read every pack at once (a French site may show an English byline), so a
 * word must not mean something else in another language's text where it is used.
 */
export interface LanguagePack {
  /** Primary language subtag (`fr`, `de`); `mul` holds scraps of languages with no pack yet. */
  lang: string;
  /**
   * The language writes every noun with a capital (German): a capitalised word is no
   * sign of a name, so a role ("Korrespondentin") counts whatever its case.
   */
  capitalisedNouns?: boolean;
  /**
   * The ~50 most frequent function words, for language detection. A language with a
   * sourcing lexicon counts the lexicon's stop words instead.
   */
  stopWords?: readonly string[];
  bylines?: BylineWords;
  authorKinds?: AuthorKindWords;
  dates?: DateWords;
  numbers?: NumberFormat;
  credits?: CreditWords;
  policies?: PolicyWords;
  copyright?: CopyrightWords;
  articleTypes?: ArticleTypeWords;
  classHints?: ClassHintWords;
}

/**
 * Words pages write in their class names and ids, where words are glued or hyphenated
 * ("article-byline", "datemodif", "mise-a-jour"): matched anywhere inside a name, a
 * space also matching a hyphen or nothing.
 */
export interface ClassHintWords {
  /** An element holding a byline or an author's name ("byline", "author", "auteur"). */
  byline?: readonly string[];
  /** A readers' comments section ("comments", "commentaires"). */
  comments?: readonly string[];
  /** A date that is a later update ("updat", "modif", "mise a jour"). */
  updated?: readonly string[];
  /** Names that say a date is the publication ("publish", "pubdate"). */
  published?: readonly string[];
  /** Places that usually hold the publication date, without naming it ("dateline", "entry-date"). */
  publicationPlaces?: readonly string[];
  /** Whole words of a class naming another item than the article: a comment, a teaser, a related story ("related", "card"). */
  otherItems?: readonly string[];
  /** An element holding the place a story was filed from, inside or beside a byline ("location", "dateline"): no name. */
  places?: readonly string[];
  /** Words that hold a byline word without being about a byline ("authority" holds "author"). */
  notBylines?: readonly string[];
  /** A site's menu or navigation bar ("globalnav", "menu"): a byline word there names a section of the site, not a credit. */
  menus?: readonly string[];
  /** A user's picture ("avatar", "userpic"): its alt text names the user. */
  avatars?: readonly string[];
  /** A reader's reply in a thread of posts ("reply-byline"): a name there is a commenter's, as in `comments`. */
  replies?: readonly string[];
}

export interface BylineWords {
  /** Words right before an author's name: "by", "par", "von". */
  agents?: readonly string[];
  /** Words that open a byline before its agent: "written" (by), "propos recueillis" (par). */
  agentOpeners?: readonly string[];
  /** Words that open a credit before its agent but do not make a line a byline: "edited" (by), "published" (by). */
  creditOpeners?: readonly string[];
  /** Words before an agent that credit an editor, not a writer: "edited" (by), "édité" (par), "bearbeitet" (von). */
  editorOpeners?: readonly string[];
  /** Labels before a colon naming an editor, not a writer: "editor", "责任编辑" (responsible editor). */
  editorLabels?: readonly string[];
  /** Labels followed by a colon, then the name: "author", "auteur", "Autor". */
  labels?: readonly string[];
  /** Words of a picture credit ("photo", "illustration"): it names who took the picture. */
  pictureCredits?: readonly string[];
  /** A site's makers credited in a footer ("developed" by, "réalisé" par): they did not write the article. */
  siteCredits?: readonly string[];
  /** Jobs in a newsroom: a part of a byline holding one is a role, not a person ("business correspondent"). */
  roles?: readonly string[];
  /** Adjectives that open a role, not a name ("senior", "chief"). */
  roleOpeners?: readonly string[];
  /** Prepositions after a name that introduce a place or an outlet ("in" Kyiv, "for" The Guardian, "à" Lyon). */
  placeWords?: readonly string[];
  /** Words between two names of a list ("and", "et", "und"). */
  joiners?: readonly string[];
  /** Words that open a byline naming the outlet's own reporter by role before the name: « de notre » correspondante à Londres, X; "from our" correspondent, X. */
  ownReporters?: readonly string[];
  /** Words that add co-authors or an agency to a byline ("with", "avec"). */
  withWords?: readonly string[];
  /** Words between "with" and an agency's name ("avec l'agence Reuters"). */
  agencyLeads?: readonly string[];
  /** Lines of page furniture that are never a name ("share", "lire la suite"), and articles alone. */
  notNames?: readonly string[];
  /** Articles a person's name never opens with ("the"): "Spencer Hsu, The Washington Post" adds the outlet. */
  outletArticles?: readonly string[];
  /** Words that introduce a name only before a capital ("de", "from"): "De Niro" keeps its particle. */
  lowerAgents?: readonly string[];
  /** Lower-case particles a surname may open with ("de", "van", "ibn"). */
  nameParticles?: readonly string[];
  /** Titles written before a name ("Dr", « Pr », « docteure »): part of it as the page writes it, but an article before one is not (« par le Dr X »). */
  honorifics?: readonly string[];
  /** Degrees and licences written after a name ("md", "phd"), without their dots: no part of the name, and no second author. */
  credentials?: readonly string[];
  /** Words before a date inside a byline ("on", "le", "am"): "By Ann Lee on March 4". */
  dateOpeners?: readonly string[];
  /** Labels of a "written by" field in `twitter:labelN` meta tags. */
  metaLabels?: readonly string[];
}

export interface AuthorKindWords {
  /** Articles a generic byline or a team may open with ("the", "la", "l'"). */
  articles?: readonly string[];
  /** Bylines naming a role or a team, not a person ("admin", "Rédaction", "Redaktion"). */
  genericBylines?: readonly string[];
  /** Words naming a team ("staff", "équipe"): with an outlet's name they make a generic byline. */
  teamWords?: readonly string[];
  /** Words that join a team to its outlet ("of", "de"). */
  teamJoiners?: readonly string[];
  /** Words that make a name an organisation ("news", "agence", "Verlag"). */
  organisationWords?: readonly string[];
  /** Legal forms that end a company's name ("inc", "gmbh", "sarl"): the company behind a site, not the name it shows. */
  legalForms?: readonly string[];
}

export interface DateWords {
  /** Labels of a publication date ("published", "publié le", "veröffentlicht am"). */
  published?: readonly string[];
  /** Labels of a later update ("updated", "mis à jour le", "aktualisiert am"). */
  modified?: readonly string[];
  /** Words of a relative time ("il y a", "vor"): a byline stops before them. */
  relative?: readonly string[];
  /** Month names, January first, each with its abbreviations and inflected forms. */
  months?: readonly (readonly string[])[];
  /**
   * Month names of the Solar Hijri calendar (Iran, Afghanistan), Farvardin (Hamal) first:
   * a date written with them ("2 تیر 1399") is the Gregorian day it falls on.
   */
  solarHijriMonths?: readonly (readonly string[])[];
  /** Weekday names, Monday first, each with its abbreviations. */
  weekdays?: readonly (readonly string[])[];
  /** Time-zone abbreviations with their fixed offsets ("MEZ": "+01:00"). */
  timeZones?: Readonly<Record<string, string>>;
  /** Words between a date and its clock ("à", "at", "um"). */
  clockOpeners?: readonly string[];
  /** Words after a clock that say it is one ("Uhr"). */
  clockClosers?: readonly string[];
}

export interface NumberFormat {
  /** "," in French and German, "." in English. */
  decimal: string;
  /** Separators between groups of thousands: " " and the narrow no-break space in French, "." in German. */
  thousands: readonly string[];
}

export interface CreditWords {
  /** Labels of a sponsored article ("Sponsored", "Contenu sponsorisé", "Anzeige"). */
  sponsored?: readonly string[];
  /** Words that end a sponsored label before the sponsor's name ("by", "par", "von"). */
  sponsorAgents?: readonly string[];
  /** Words that make a sponsored label an advertising module ("links", "stories"). */
  adModules?: readonly string[];
  /** Words in a page's tags or content tier that mark it sponsored. */
  sponsoredTags?: readonly string[];
  /** Labels a correction note opens with, before a colon or dash ("Correction", "Rectificatif"). */
  correctionLabels?: readonly string[];
  /** Sentences that open a note about this very article ("an earlier version of this article"). */
  correctionSentences?: readonly string[];
  /** Words before a source named in a line ("Source", "Quelle"). */
  sourceLabels?: readonly string[];
  /** The credit line of an embedded social post ("a post shared by"): its date is the post's. */
  embeddedPosts?: readonly string[];
}

/** The kinds of policy page a site links to, in the order a link is tried (the first that matches wins). */
export const POLICY_KEYS = [
  'corrections', 'unnamed-sources', 'fact-checking', 'ethics', 'masthead', 'ownership', 'diversity', 'actionable-feedback', 'about', 'contact',
] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

/** Link texts and address words naming each kind of policy page. */
export interface PolicyWords {
  /**
   * Found anywhere in a link's text or its address's last segment, since slugs run
   * words together ("ethic" in "ethics-policy"); a space also matches a hyphen or nothing.
   */
  anywhere: Partial<Record<PolicyKey, readonly string[]>>;
  /** Name the page only as a link's whole text ("Standards", « L'ours »): in a sentence they mean something else. */
  whole: Partial<Record<PolicyKey, readonly string[]>>;
}

export interface CopyrightWords {
  /** Words that open a copyright line ("copyright"). */
  marks?: readonly string[];
  /** Phrases that end the holder's name ("all rights reserved", "tous droits réservés"). */
  rightsReserved?: readonly string[];
}

/** The kinds of article a page's own words can declare. */
export type DeclaredArticleType = 'opinion' | 'analysis' | 'live' | 'press-release' | 'sponsored';

/** Compared in lower case with accents removed, as whole words. */
export interface ArticleTypeWords {
  /** Names of the sections (and of the address's folders) that hold one kind of article. */
  sections?: Partial<Record<DeclaredArticleType, readonly string[]>>;
  /** Labels a headline or page title opens with ("Opinion: …", « EN DIRECT – … »). */
  headlineLabels?: Partial<Record<DeclaredArticleType, readonly string[]>>;
  /** Sentences that say the rest of the text is for subscribers only. */
  paywallNotices?: readonly string[];
}
