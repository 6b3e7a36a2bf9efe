/**
 * What the sourcing rules need to know about one language, as plain data. Every
 * phrase is written as a reader would type it; `compilePhrases` turns lists into
 * patterns once. Phrase syntax (see README.md): words separated by spaces, matched
 * case-insensitively on word boundaries; `'` matches both apostrophes; a trailing
 * `*` on a word matches any ending (`indiqu*` → indique, indiquent, indiquait).
 */
export interface Lexicon {
  /** Primary language subtag (`fr`, `en`). */
  lang: string;
  /** Very frequent function words: language detection, and telling a name from a capitalised common word. */
  stopWords: readonly string[];
  /** Abbreviations whose final dot does not end a sentence (without the dot). */
  abbreviations: readonly string[];
  /** Month and weekday names: a capitalised month is not a name, a number beside one is a date. */
  calendarWords: readonly string[];
  /** Words that introduce who made the text ("par", "by"): a credit line names someone right after one. */
  creditAgents: readonly string[];
  /** A sentence opening with one of these, then a capitalised name, is a byline or credit line. */
  creditLineStarts: readonly string[];
  /** A sentence opening with one of these is a date line or page furniture, never a claim. */
  furnitureLineStarts: readonly string[];
  /**
   * Unnamed groups: a determiner (optional) and a noun ("plusieurs" + "témoins", "some" +
   * "analysts"), or a pronoun-like subject ("certains", "many"). With `vagueVerbs` they
   * make a vague attribution ("des experts estiment"); after `vagueCues` too ("selon des
   * habitants", "according to some analysts").
   */
  vagueDeterminers: readonly string[];
  vagueNouns: readonly string[];
  /** Nouns vague even with no determiner ("Experts say", "Studies show"); others need one ("many people"). */
  bareVagueNouns: readonly string[];
  vaguePronouns: readonly string[];
  /** Words that start a new clause: a qualifier holding one is not part of the subject ("some country that we…"). */
  clauseBreakers: readonly string[];
  vagueVerbs: readonly string[];
  vagueCues: readonly string[];
  /** A qualifier opening with one of these points back at people already named ("many of them say"). */
  backReferences: readonly string[];
  /** Fixed vague phrases ("il semblerait que", "according to reports"). */
  vaguePhrases: readonly string[];
  /** Indefinite determiners and modifiers that introduce an unnamed speaker ("un haut …", "a senior …"). */
  anonymousDeterminers: readonly string[];
  anonymousModifiers: readonly string[];
  anonymousNouns: readonly string[];
  /** Phrases where an anonymous noun is not a person ("an official statement", "une source de revenus"). */
  anonymousExclusions: readonly string[];
  /** Words that make a bare plural subject definite ("the researchers" refers back to named ones). */
  definiteDeterminers: readonly string[];
  /** Articles a named source may follow after a cue ("selon un sondage Ifop", "according to a Gallup poll"). */
  indefiniteArticles: readonly string[];
  /** Kinds of document a named source publishes, which may stand between a cue and its name ("un sondage Ifop"). */
  sourceDocuments: readonly string[];
  /** Verbs and cues of reported speech ("a déclaré", "said", "selon"). */
  speechVerbs: readonly string[];
  /** Phrases by which the text explains why a source stays anonymous (lower severity). */
  anonymityJustified: readonly string[];
  /** What a placeholder attribution holds inside brackets or parentheses ("source officielle"). */
  placeholders: readonly string[];
  /** "[citation needed]"-style markers, without the brackets. */
  citationNeeded: readonly string[];
  /** Words of checking or rewriting ("vérifié", "recoupé", "fact-checked"). */
  verificationTerms: readonly string[];
  /** Subjects that make a verification word a claim about the text itself ("cet article", "we have"). */
  verificationSubjects: readonly string[];
  /** Official statements referred to as such ("des déclarations officielles"). */
  officialStatements: readonly string[];
  /** Unnamed official collectives ("les gouvernements") that, with `officialVerbs`, make an unnamed official statement. */
  officialSubjects: readonly string[];
  officialVerbs: readonly string[];
  /** Cues that introduce a source ("selon", "according to", "data from"). */
  attributionCues: readonly string[];
  /** Common nouns that identify one body in context ("la police", "the ministry"): a named source when definite. */
  identifiableBodies: readonly string[];
  /** Words a name may follow in an attribution ("le ministre", "the mayor"): titles and definite articles. */
  titleWords: readonly string[];
  /** Figures. */
  numberWords: readonly string[];
  magnitudes: readonly string[];
  percentWords: readonly string[];
  currencyWords: readonly string[];
  /** Quantities without digits that still state a figure ("des millions de", "thousands of"). */
  vagueQuantities: readonly string[];
  proportions: readonly string[];
  /** Units after a number that make it an age, a duration or a time, not a statistic. */
  nonFigureUnits: readonly string[];
  /** Words before a number that make it a label, not a quantity ("page 193", "ISBN …", "bug 1637059"). */
  numberLabels: readonly string[];
  /** First-person words: a figure the writer reports from their own work or count is sourced by the writer. */
  firstPerson: readonly string[];
}
