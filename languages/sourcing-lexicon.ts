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
  /** Words that open a reported clause right after its verb ("said that", « a dit que »): a speaker after one is reported, not a source. */
  complementizers: readonly string[];
  vagueVerbs: readonly string[];
  /**
   * Verbs of a reaction felt by the group that is their object (« hérisse », "has alarmed"): with
   * `expertNouns` after them they credit a judgement to experts no one names ("Voilà qui hérisse
   * les scientifiques", "the plan has alarmed economists").
   */
  reactionVerbs: readonly string[];
  /** Kinds of experts whose collective judgement is claimed: "scientists", « les économistes ». */
  expertNouns: readonly string[];
  /** Determiners before `expertNouns` that make them a whole kind of people, besides `vagueDeterminers` (« les »). */
  genericDeterminers: readonly string[];
  vagueCues: readonly string[];
  /**
   * Prepositions that credit an opinion to a group only as an aside closed by a comma
   * (« pour d'autres professionnels de santé, … », "in the eyes of many economists, …"): alone they
   * mean "for" (« un guide pour des parents »).
   */
  opinionCues: readonly string[];
  /** A qualifier opening with one of these points back at people already named ("many of them say"). */
  backReferences: readonly string[];
  /** Fixed vague phrases ("il semblerait que", "according to reports"). */
  vaguePhrases: readonly string[];
  /** Indefinite determiners and modifiers that introduce an unnamed speaker ("un haut …", "a senior …"). */
  anonymousDeterminers: readonly string[];
  anonymousModifiers: readonly string[];
  anonymousNouns: readonly string[];
  /** Whether adjectives may follow the noun they describe (« une source policière », « un responsable américain »): they belong to an unnamed source's description. */
  adjectivesFollowNouns: boolean;
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
  /** What names the source a check was made against ("checked against", « vérifié auprès de »), before its capitalised name. */
  checkedAgainst: readonly string[];
  /** The word a placeholder uses for "source" ("[source officielle]"): an aside without it credits nothing. */
  sourceWords: readonly string[];
  /** Words that negate a conditional without changing what it reports (« n'aurait guère apprécié »). */
  conditionalAdverbs: readonly string[];
  /** Words after which a name qualifies a group ("experts of the WHO", « des experts de l'OMS », "analysts polled by Reuters", "economists, including Jane Smith"). */
  sourceQualifiers: readonly string[];
  /** The preposition of a share ("2% of people", « 38 % des salariés »). */
  partitives: readonly string[];
  /** Words that deny or suspend what follows (« non vérifiée », "if verified"): no claim of checking. */
  negations: readonly string[];
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
  /** Words that make a name an adjective after a hyphen ("Paris-based", "Republican-controlled"); a hyphenated name ("Yong-hyun") is still a name. */
  hyphenatedAdjectiveEndings: readonly string[];
  /**
   * Those of `identifiableBodies` that name no body by themselves ("the company",
   * « l'agence »): alone after their article they point back at the body named before,
   * so they credit it instead of making a source called "company".
   */
  backReferenceBodies: readonly string[];
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
  /**
   * Attribution: who the article credits, sentence by sentence (`rules/sourcing/attributions.ts`).
   * Words before a person's name that are no part of it ("Mr", "Judge", "M.", "Mme").
   */
  personTitles: readonly string[];
  /** The `personTitles` that only address someone ("Mr", « Mme »): they say nothing of a role. */
  honorifics: readonly string[];
  /** Relatives and close ones ("mother", « épouse »): a name they describe is a person's. */
  kinNouns: readonly string[];
  /** What may follow a person's age between commas (« Marie Dupont, 34 ans, raconte »); a bare number is an age too ("Jane Doe, 34, said"). */
  ageUnits: readonly string[];
  /** Possessive determiners ("his", « sa »): a role before a name starts after one ("accepted the resignation of his defense minister Kim" → "defense minister"). */
  possessiveDeterminers: readonly string[];
  /** Words of a street's name ("Downing Street", « place Beauvau »): a seat of power speaks as a body, no one's name is one. */
  thoroughfareWords: readonly string[];
  /** Words that make a capitalised name an organisation ("University", "Police", "Office", "Ville"). */
  organisationWords: readonly string[];
  /** Words that make a name an outlet ("newspaper", "magazine", "quotidien", "hebdomadaire"). */
  mediaWords: readonly string[];
  /** Media words that name any body's own pages ("website", « site »): after a name with an organisation word, the body speaks ("the Social Security Administration website"), not an outlet. */
  ownPagesWords: readonly string[];
  /** Pieces an outlet publishes ("portrait", "op-ed"): with `mediaWorkLinks` they credit the outlet after them (« dans un portrait du Parisien »). */
  mediaWorks: readonly string[];
  /** What joins a piece to its outlet, article included so a person cannot follow (« du », « de la », "in the", "for"). */
  mediaWorkLinks: readonly string[];
  /** Social platforms: "a Facebook post" names where something was said, not who said it. */
  platforms: readonly string[];
  /** What is published on a platform ("post", "video", « publication »). */
  platformPosts: readonly string[];
  /** Outlets and wire services named without a media word ("AFP", "Reuters", "BBC"): international names, not a list of sites. */
  mediaNames: readonly string[];
  /** Kinds of document a source may be ("study", "report", "data", "étude", "rapport", "communiqué"). */
  documentWords: readonly string[];
  /** Lower-case words that may stand inside an organisation's or a document's name ("of", "de la"). */
  nameConnectors: readonly string[];
  /** Lower-case particles of family names ("de Miranda", "van Gogh"), read as part of a name where a clause opens on them; never articles. */
  nameParticles: readonly string[];
  /** Subject pronouns that carry the last speaker forward ("he said", « a-t-elle ajouté »). */
  speakerPronouns: readonly string[];
  /** Subject pronouns that stand only for a person ("he", "she", "I", « je »): what they carry goes to the last person named, never to a body. French « il », « elle » and German « er », « sie » also stand for bodies (« l'agence… a-t-elle précisé »). */
  personPronouns: readonly string[];
  /** Pronouns that stand alone after a cue ("according to him", « selon elle »): the cue credits the speaker named before. */
  objectPronouns: readonly string[];
  /** Subject pronouns that stand for several ("they", « ils »): what they carry never goes to one person. */
  pluralPronouns: readonly string[];
  /** Verbs and phrases of reporting, in the forms a newspaper uses them ("said", "told", "a déclaré", "estime"). */
  reportingVerbs: readonly string[];
  /**
   * Verbs that give words only in a quotation's incise (« Nous allons gagner », a lancé Marie
   * Dupont; "“We'll win,” joked Smith"): elsewhere they mean something else (« a lancé une
   * enquête », "asked for help").
   */
  quoteVerbs: readonly string[];
  /** Verbs of saying only a person does (« raconte », « confie », "joked", "sighed"): a one-word speaker of one is a person, not a body. */
  personVerbs: readonly string[];
  /**
   * Given names common among the people this language's press quotes, none of them also a brand, a place or a
   * month: a speaker named by one word from this list is a person ("Brian said", « explique Philippe »), where any
   * other lone word may be a body ("Skoda said").
   */
  givenNames: readonly string[];
  /**
   * Reporting verbs whose object follows them ("urged lawmakers to act", « exhorte le
   * gouvernement à agir »): a name right after one is who is addressed, the subject only
   * where the clause ends on it ("“Act now,” urged the union.").
   */
  addresseeVerbs: readonly string[];
  /** Words before an outlet that say the information came from it ("told", "in an interview with", « a confié à »). */
  mediaCues: readonly string[];
  /**
   * Verbs by which a subject gives something a name of its own words (« l'a classé « cancérogène
   * probable » », "called the inquiry a 'witch hunt'"): with a quotation right after, the subject
   * is the source of the quoted words.
   */
  namingVerbs: readonly string[];
  /**
   * Words that end a cue where the name after it is where the words were published or read
   * (« peut-on lire dans », « on lit sur », "published in", "wrote in"): an outlet, unless the
   * name says it is a body or a document.
   */
  publicationCues: readonly string[];
  /** Bare plurals that are anonymous sources when no body is named ("officials", "sources"). */
  anonymousPlurals: readonly string[];
  /** Roles that speak for a body, so "a spokesperson for the hospital" is the hospital, not an anonymous source. */
  spokespersonNouns: readonly string[];
  /** Words saying the writer was told something by nobody named ("we're told", « a-t-on appris »). */
  unnamedHearsay: readonly string[];
  /** "The Associated Press has learned": an outlet credits what unnamed people told it. */
  learnedVerbs: readonly string[];
  /** What opens the news an outlet learned ("has learned that", « a appris que »); "has learned to live" is no news. */
  learnedOpeners: readonly string[];
  /** Words after a verb of learning that say whom it was learned from: « a-t-on appris auprès du parquet », "has learned from the ministry". */
  learnedFrom: readonly string[];
  /** Words that open a clause, after which a pronoun is a subject ("and many believe"). */
  conjunctions: readonly string[];
  /** Passive or hedged attribution with no agent ("is expected to", "has been linked with", « serait »). */
  agentlessAttributions: readonly string[];
  /** Plural nouns of people in a case or a story, who are identifiable in context, not vague ("prosecutors", « enquêteurs »). */
  identifiableGroups: readonly string[];
  /** A finding's boilerplate: lines no passage rule should read (paywall teasers, subscription offers). */
  boilerplate: readonly string[];
  /** Words that may follow a speaker placed after its verb ("said Powell on Monday", « précise l'OFAG dans un communiqué »); any other word means the name opens a new clause. */
  wordsAfterInvertedSpeaker: readonly string[];
  /** Pronouns glued to a verb in an incise (« a-t-il ajouté », « explique-t-elle »): the last speaker goes on. */
  invertedPronouns: readonly string[];
  /** An impersonal pronoun glued to a verb in an incise (« assure-t-on », « dit-on »): people the article does not name, unless a body is named where they are (« à Matignon »). */
  impersonalPronouns: readonly string[];
  /** Words after an unnamed source that describe it without naming it ("sources close to Real", « un proche de »). */
  anonymousQualifiers: readonly string[];
  /** Relative pronouns that stand for the speaker named before them (« qui », "who"). */
  relativePronouns: readonly string[];
  /** Relative pronouns that stand only for a person ("who"): a one-word name before one is a person, not a body. */
  personRelativePronouns: readonly string[];
  /** Words that open an aside on what someone was doing or how they were ("speaking to reporters", "asked about the delay", « interrogé par l'AFP »): it is no role. */
  asideOpeners: readonly string[];
  /** Words that may stand between a speaker and the verb ("Ceballos yesterday ruled", « l'OFAG a aussi précisé »). */
  speechAdverbs: readonly string[];
  /**
   * Adverbs written inside a cue of several words, right after its first word (« a également
   * déclaré », « cité notamment par »): the cue is read as if they were not there.
   */
  interposedAdverbs: readonly string[];
  /** Words of verbs that go on with the last speaker's words ("he added", « a-t-il poursuivi »): a pronoun with one stays with that speaker. */
  continuingVerbs: readonly string[];
  /**
   * Endings of plural nouns for kinds of people ("recruiters", "economists", « consultants »):
   * an unknown plural after a cue is an unnamed group only when it names people ("according
   * to tech recruiters"), not things ("data from databases", ", say five hundred pages").
   */
  peopleEndings: readonly string[];
  /** Adverbs and interjections that open a sentence with a capital and name no one ("Meanwhile, a health official said", "Yeah", « Pourtant »). */
  sentenceOpeners: readonly string[];
  /** Words before a verb after which its subject follows it (« comme le rappelle l'OMS »). */
  inversionOpeners: readonly string[];
  /** Who a statistic counts ("people", « travailleurs »): a count of them is a claim about the world. */
  populationNouns: readonly string[];
  /** Economic aggregates ("GDP", « chômage ») whose figures are claims about the world. */
  aggregateNouns: readonly string[];
  /** Conditional forms that report an unconfirmed claim (« l'Élysée aurait mis à pied »), when a participle follows. */
  reportedConditionals: readonly string[];
  /** Endings of past participles, which tell a reported conditional (« aurait mis ») from a modal one (« aurait pu »). */
  participleEndings: readonly string[];
  /** Words that make a conditional or a check hypothetical rather than reported (« si », « aurait pu », "if"). */
  conditionMarkers: readonly string[];
  /** Participles after a conditional that make it modal, not reported (« aurait pu », « aurait dû »). */
  modalParticiples: readonly string[];
  /**
   * Singular auxiliaries: right after a reporting word outside a relative clause they make
   * it a noun ("the 10-year Treasury note has risen"), while "a plan the government says is
   * working" stays a report; plural ones are left out, so "His BBC reports are the basis" still credits the BBC.
   */
  auxiliaryVerbs: readonly string[];
  /** Plural auxiliaries: right after a vague group's verb they make it a noun ("some fears are entertained", "some reports were wrong"). */
  pluralAuxiliaries: readonly string[];
  /** Modal verbs that make the reporting verb after them a possibility, not words given ("Jason may believe", « pourrait annoncer »). */
  modalVerbs: readonly string[];
  /** Participles of describing, judging or quoting ("described", "deemed", « qualifié », « classé »): their agent is the source of the words. */
  describingParticiples: readonly string[];
  /**
   * Participles of judging a claim ("rejected", « contesté »): with describing ones, their
   * passive agent is the claim's source, vague when it is a group ("rejected by scientists").
   * Empty where the agent comes before the participle (German: "von Experten abgelehnt").
   */
  judgingParticiples: readonly string[];
  /** The preposition that introduces a passive agent ("by", « par »). */
  agentPrepositions: readonly string[];
  /** Articles that open a noun phrase ("the", "a", « l' »): stripped from roles, and a name opening with a definite one is a title ("Le Point"). */
  articles: readonly string[];
  definiteArticles: readonly string[];
  /** "these officials said": officials the article has already placed. */
  demonstratives: readonly string[];
  /** Words that may open an unnamed plural source ("our sources", « des sources »). */
  anonymousPluralOpeners: readonly string[];
  /** Prepositions that attach a description to an unnamed source or a spokesperson to a body ("of", "for", « de »). */
  qualifierPrepositions: readonly string[];
  /** Prepositions that place someone ("officials in Washington", « un diplomate à Paris »): the name after them is where the speaker is, not who. */
  placePrepositions: readonly string[];
  /** Prepositions that give a named person's workplace ("Joshua Becker at Becoming Minimalist", « Marie Durand chez Renault »): the person is the speaker, the place their role. */
  affiliationPrepositions: readonly string[];
  /**
   * Works known by their title (« livre », « documentaire », "book", "report"): a title right
   * after one names a document, when it is quoted or opens on a capitalised article
   * (« le livre Le charme discret de l'intestin », "the book The Road to Serfdom").
   */
  titledWorks: readonly string[];
  /** Words that introduce a work's title (« intitulé », "titled"): the capitalised words after one are the title. */
  titleIntroducers: readonly string[];
  /**
   * Whether the language capitalises every main word of a title ("The Road to Serfdom"): a
   * lower-case word that is no stop word then shows a clause, not a title ("the report The
   * Guardian obtained"). French and German titles capitalise the first word only.
   */
  titlesCapitaliseWords: boolean;
  /**
   * Prepositions that open a sentence on the document its claim comes from ("In the World
   * Happiness Report, Finland…"). Read where a document's name ends with its document word,
   * as in English; empty where names open with it (« Rapport mondial sur le bonheur »).
   */
  documentOpeners: readonly string[];
  /**
   * Nouns that head a body's name in lower case before its capitalised part (« le ministère
   * de la Santé », « la préfecture de police de Paris », "the state of Texas"): the source is
   * the whole name, not "Santé" or "Paris". Only nouns that are never verbs nor directions.
   */
  bodyHeads: readonly string[];
  /** Words that join two names ("Insee et la Dares", "Harvard and MIT"). */
  coordinators: readonly string[];
  /** Words that open a contrasting clause ("but", « mais »): a speaker on one side does not source the other. */
  contrastives: readonly string[];
}
