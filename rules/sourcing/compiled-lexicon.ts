import type { Lexicon } from '../../languages/sourcing-lexicon';
import { alternation, compilePhrases, type NonLetterAround } from '../../languages/words-pattern';
import { placeNames } from './place-names';
import { triggerOn, triggerOnLongest, type Trigger } from './triggers';

/** What bounds the words naming a vague group inside the words of its finding ("say economists", « selon des experts »). */
export interface VagueGroupBounds {
  /** First words of vague determiners and pronouns: a group may open on one. */
  openers: ReadonlySet<string>;
  /** Last words of vague pronouns of several words ("the scientific community"): a group may end on one. */
  phraseEnds: ReadonlySet<string>;
  /** Words of the vague cues ("according to"): never part of the group. */
  cueWords: ReadonlySet<string>;
  /** Vague determiners of several words, in lower case, word by word ("beaucoup de"). */
  longDeterminers: readonly (readonly string[])[];
}

/** A lexicon turned into the patterns and sets the sourcing rules scan with, built once per language. */
export interface CompiledLexicon {
  lexicon: Lexicon;
  /** The opening of a credit line, separator included; the name after it is checked case-sensitively. */
  creditStart: RegExp;
  /** First words of credit and furniture lines: a sentence opening with another word is neither. */
  lineOpeners: ReadonlySet<string>;
  creditAgent: RegExp;
  creditAgents: ReadonlySet<string>;
  furnitureLine: RegExp;
  vaguePhrase: Trigger;
  /** Subject, an optional short qualifier (group `qual`), verb. */
  vagueClause: Trigger;
  /** A cue and an unnamed group: "selon des habitants", "according to some analysts". */
  vagueCue: Trigger;
  /** A group as the agent of a describing or judging participle: "rejected by scientists", « qualifié de … par des experts ». */
  vagueAgent: Trigger;
  /** A reaction verb and the experts who feel it: « hérisse les scientifiques », "has alarmed economists". */
  groupReaction: Trigger;
  /** A verb by which a subject names something in its own words: « l'a classé », "called". */
  namingVerb: Trigger;
  /** An opinion cue, a group, then a comma: « pour d'autres professionnels de santé, ». */
  vagueOpinion: Trigger;
  anonymousSpeaker: Trigger;
  anonymousExclusion: RegExp;
  speechVerb: Trigger;
  anonymityJustified: Trigger;
  placeholder: RegExp;
  citationNeeded: RegExp;
  verificationTerm: Trigger;
  verificationSubject: Trigger;
  officialStatement: Trigger;
  officialClause: Trigger;
  attributionCue: Trigger;
  /** Figures stated with a unit, a magnitude or as a proportion; keyed on the words of those without digits. */
  strongFigure: Trigger;
  nonFigureUnitAfter: RegExp;
  stopWords: ReadonlySet<string>;
  /** Words that, capitalised at the start of a sentence, are still not names. */
  commonWords: ReadonlySet<string>;
  calendarWords: ReadonlySet<string>;
  titleWords: ReadonlySet<string>;
  identifiableBodies: ReadonlySet<string>;
  backReferenceBodies: ReadonlySet<string>;
  hyphenatedAdjectiveEndings: ReadonlySet<string>;
  definiteDeterminers: ReadonlySet<string>;
  indefiniteArticles: ReadonlySet<string>;
  sourceDocuments: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  numberLabels: ReadonlySet<string>;
  firstPerson: ReadonlySet<string>;
  backReference: RegExp;
  clauseBreakers: ReadonlySet<string>;
  /** Attribution vocabulary (see `attributions.ts`). */
  reportingVerb: Trigger;
  /** Verbs that give words only in a quotation's incise. */
  quoteVerb: Trigger;
  /** `personVerbs`, lower-cased with one apostrophe. */
  personVerbs: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  unnamedHearsay: Trigger;
  agentless: Trigger;
  personTitles: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  organisationWords: ReadonlySet<string>;
  mediaWords: ReadonlySet<string>;
  ownPagesWords: ReadonlySet<string>;
  mediaNames: ReadonlySet<string>;
  mediaWorks: ReadonlySet<string>;
  /** What joins a document to its author ("by", "of", « de »). */
  authorLinks: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  personRelativePronouns: ReadonlySet<string>;
  thoroughfareWords: ReadonlySet<string>;
  possessiveDeterminers: ReadonlySet<string>;
  asideOpeners: ReadonlySet<string>;
  kinNouns: ReadonlySet<string>;
  /** A person's age as an aside: "34", « 34 ans ». */
  age: RegExp;
  /** A person's age as an aside right after a name: ", 34,", « , 34 ans ». */
  ageAfterName: RegExp;
  platforms: ReadonlySet<string>;
  platformPosts: ReadonlySet<string>;
  /** A vague determiner right before a word ("many", « beaucoup de »). */
  vagueDeterminerBefore: RegExp;
  /** A capitalised word and a coordinator at the end of a text ("Feinstein and "). */
  coordinatedAfterName: RegExp;
  /** The link after a piece, up to its outlet's name. */
  mediaWorkLink: RegExp;
  /** An opinion cue opening a sentence (« Pour », "In the eyes of"), spaces after it included. */
  opinionOpening: RegExp;
  /** A relative clause closing a text, from its pronoun on (« … à New York qui », "…Management who is now a consultant"). */
  closingRelativeClause: RegExp;
  documentWords: ReadonlySet<string>;
  nameConnectors: ReadonlySet<string>;
  speakerPronouns: ReadonlySet<string>;
  personPronouns: ReadonlySet<string>;
  pluralPronouns: ReadonlySet<string>;
  objectPronouns: ReadonlySet<string>;
  mediaCues: ReadonlySet<string>;
  anonymousPlurals: ReadonlySet<string>;
  spokespersonNouns: ReadonlySet<string>;
  identifiableGroups: ReadonlySet<string>;
  vagueNouns: ReadonlySet<string>;
  anonymousNouns: ReadonlySet<string>;
  anonymousModifiers: ReadonlySet<string>;
  adjectivesFollowNouns: boolean;
  anonymousDeterminers: ReadonlySet<string>;
  boilerplate: RegExp;
  wordsAfterInvertedSpeaker: ReadonlySet<string>;
  /** As written, in lower case: "De Miranda" opening a sentence is read as a name already. */
  nameParticles: ReadonlySet<string>;
  addresseeVerbs: ReadonlySet<string>;
  /** An incise with a glued pronoun, right after a comma or a closing quote. */
  invertedIncise: RegExp | null;
  /** « …, assure-t-on »: an incise whose subject is the impersonal pronoun; null where the language has none. */
  impersonalIncise: RegExp | null;
  /** Cues that only ever look forward for their source ("according to", « selon »). */
  forwardCue: RegExp;
  anonymousQualifier: RegExp;
  speechAdverbs: ReadonlySet<string>;
  continuingVerbs: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  /** The end of the text before a verb whose subject may follow it. */
  inversionPoint: RegExp;
  /** Countries and territories in this language, lower-cased. */
  places: ReadonlySet<string>;
  populationNouns: ReadonlySet<string>;
  aggregateNouns: ReadonlySet<string>;
  /** A percentage of something: "2% of people", « 38 % des 55-64 ans ». */
  shareOf: RegExp;
  /** A check that names what it was checked against: "checked against Eurostat data", « vérifié auprès de l'Insee ». */
  checkedAgainst: RegExp;
  /** "source" in a placeholder. */
  sourceWord: RegExp;
  /** A qualifier opening: preposition and article ("of the ", « de l' »), before a name. */
  namedQualifier: RegExp;
  /** A definite article ending a text ("… the "), between a cue and an outlet. */
  definiteArticleAtEnd: RegExp;
  /** A percentage written out ("7.2 per cent", « 3 pour cent », "12 %"). */
  percentFigure: RegExp;
  /** A reported conditional and the word after it (group `next`): « aurait mis », « seraient impliqués ». */
  reportedConditional: RegExp | null;
  conditionMarkers: ReadonlySet<string>;
  modalParticiples: ReadonlySet<string>;
  modalVerbs: ReadonlySet<string>;
  sentenceOpeners: ReadonlySet<string>;
  auxiliaryVerbs: ReadonlySet<string>;
  pluralAuxiliaries: ReadonlySet<string>;
  participleEnding: RegExp;
  definiteArticles: ReadonlySet<string>;
  demonstratives: ReadonlySet<string>;
  anonymousPluralOpeners: ReadonlySet<string>;
  /** An article opening a phrase, with the space after it (none after an elision). */
  leadingArticle: RegExp;
  /** What follows an unnamed source and describes it: "of the company", "close to Real", « d'Edouard Philippe ». */
  unnamedQualifier: RegExp;
  /** An `anonymousNouns` entry of several words ("person familiar", « haut gradé ») at the start of a text; null when there is none. */
  anonymousNounPhrase: RegExp | null;
  /** The preposition and article before the body a spokesperson speaks for: "for the ", « du ». */
  spokespersonFor: RegExp;
  qualifierPrepositions: ReadonlySet<string>;
  /** `anonymousQualifiers` in lower case ("close to", "familiar with", « proches de »). */
  unnamedQualifiers: readonly string[];
  placePrepositions: ReadonlySet<string>;
  affiliationPrepositions: ReadonlySet<string>;
  titledWorks: ReadonlySet<string>;
  /** "by", « par »: what names who made something. */
  agentPrepositions: ReadonlySet<string>;
  titleIntroducers: ReadonlySet<string>;
  documentOpeners: ReadonlySet<string>;
  /** A lower-case plural that names a kind of people (lexicon `peopleEndings`, or a vague noun). */
  namesPeople: (word: string) => boolean;
  /** A preposition after two capitalised words of a person's name, and the capitalised words after it: where the person is from. */
  personFrom: RegExp;
  /** A lower-case head of a body's name ending right before its capitalised part: « ministère de la », "state of". */
  bodyHeadBefore: RegExp | null;
  /** Two bodies credited together (groups 1 and 2): "l'Insee et la Dares". */
  coordination: RegExp;
  /** A person named just before another, then a coordinator or a comma (group 1): "Raphaël Garrigos et ". */
  coSpeaker: RegExp;
  /** A break between clauses, inside a sentence. */
  clauseBreak: RegExp;
  /** "The Associated Press has learned that…", « …, a appris l'AFP »: an outlet breaking news it was told. */
  outletLearned: Trigger;
  /** A verb of learning and the words saying whom from: « appris mardi auprès de », "learned from" (global). */
  learnedFrom: RegExp;
  conjunctions: ReadonlySet<string>;
  vaguePronouns: ReadonlySet<string>;
  /** What bounds the words naming a vague group in its finding. */
  vagueGroupBounds: VagueGroupBounds;
  /** An unnamed group opening the sentence, its opinion further on: « Beaucoup d'économistes, de tendance libérale, en sont persuadés ». */
  vagueSubject: RegExp;
  vagueVerb: RegExp;
  /** A participle of describing or quoting, then the agent preposition: "described by", « qualifié de … par ». */
  describedBy: RegExp | null;
  /** An interposed adverb right after the first word of a cue of several words, keyed on the adverbs. */
  interposedAdverb: Trigger;
}

const SPACE = '[\\s\\u00a0\\u202f]';
/** A number as newspapers write it: 12 000, 12,000, 3.5, 3,5. */
export const NUMBER_SOURCE = '\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?';
/** A qualifier between a subject and its verb: up to five words, no clause punctuation. */
const QUALIFIER = `(?<qual>(?:${SPACE}+[^\\s.;:!?«»"“”,]+){0,5}?)`;

function words(phrases: readonly string[]): string[] {
  return phrases.flatMap((phrase) => phrase.toLowerCase().split(/[\s']+/)).filter((word) => /\p{L}/u.test(word));
}

/** An article and the space after it; an elided one ("l'") takes none. */
function articlePattern(articles: readonly string[]): string {
  return `(?:${alternation(articles)}${SPACE}*)`;
}

/** « », a-t-il ajouté », « », assure-t-on »: a verb and a pronoun glued to it, right after a quotation or a comma; null for no pronouns. */
function incisePattern(pronouns: readonly string[]): RegExp | null {
  if (pronouns.length === 0) return null;
  return new RegExp(`[,»”"][\\s\\u00a0]*(?:[\\p{L}’']+[\\s\\u00a0]+)?[\\p{L}’']+(?:${pronouns.map((pronoun) => pronoun.replace(/-/g, '[-‑]')).join('|')})(?![\\p{L}-])`, 'u');
}

/**
 * « a également déclaré »: an interposed adverb right after the first word of a cue that
 * has several (an auxiliary, « cité » before « par »), so the cue reads whole without it.
 */
function interposedAdverbPattern(lexicon: Lexicon): RegExp {
  const cues = [...lexicon.reportingVerbs, ...lexicon.addresseeVerbs, ...lexicon.attributionCues];
  const openers = cues.flatMap((cue) => {
    const [first, second] = cue.trim().split(/\s+/u);
    return second === undefined || first === undefined || /['’]$/u.test(first) ? [] : [first];
  });
  return new RegExp(`(?<=${alternation(openers)}${SPACE}+)${alternation(lexicon.interposedAdverbs)}(?=${SPACE})`, 'giu');
}

/** "The Associated Press has learned" before its news, or « a appris l'AFP » in an inverted incise: an outlet breaking news it was told. */
function outletLearnedPattern(lexicon: Lexicon): RegExp {
  const verb = alternation(lexicon.learnedVerbs);
  // News follows the verb: an opener, whom it came from, or nothing ("…, The Associated Press has learned."); "has learned to live" is no news.
  const news = `(?=${SPACE}*(?:[,.;:!?»”"]|$)|(?:${SPACE}+\\p{Ll}[\\p{L}-]*){0,2}?${SPACE}+${alternation([...lexicon.learnedOpeners, ...lexicon.learnedFrom])})`;
  return new RegExp(`\\p{Lu}[\\p{L}.&'’-]*${SPACE}+${verb}${news}|(?<=[,»”]${SPACE}*)${verb}(?=${SPACE}+(?:[lL]['’])?\\p{Lu})`, 'u');
}

function lowerSet(phrases: readonly string[]): ReadonlySet<string> {
  return new Set(phrases.map((phrase) => phrase.toLowerCase().replace(/’/g, "'")));
}

const cache = new Map<Lexicon, CompiledLexicon>();

function vagueGroupBounds(lexicon: Lexicon): VagueGroupBounds {
  const split = (phrase: string): string[] => phrase.split(/[\s\u00a0]+/u);
  const pronouns = lexicon.vaguePronouns.map(split);
  return {
    openers: new Set([...lexicon.vagueDeterminers.map((phrase) => split(phrase)[0] ?? ''), ...pronouns.map((phrase) => phrase[0] ?? '')]),
    phraseEnds: new Set(pronouns.filter((phrase) => phrase.length > 1).map((phrase) => phrase[phrase.length - 1] ?? '')),
    cueWords: new Set(lexicon.vagueCues.flatMap(split)),
    longDeterminers: lexicon.vagueDeterminers.map((phrase) => split(phrase.toLowerCase())).filter((words) => words.length > 1),
  };
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const cached = cache.get(lexicon);
  if (cached !== undefined) return cached;
  const num = `(?:${NUMBER_SOURCE})`;
  /** An unnamed group ("many experts", « des habitants »); `around`: what the pattern it goes into guarantees on each side. */
  const vagueGroup = (around: NonLetterAround): string => {
    // An elided determiner ("beaucoup d’économistes") joins its noun with no space.
    const determined = `${alternation(lexicon.vagueDeterminers, { before: around.before })}${SPACE}*${alternation([...lexicon.vagueNouns, ...lexicon.bareVagueNouns], { after: around.after })}`;
    return lexicon.bareVagueNouns.length > 0 ? `(?:${determined}|${alternation(lexicon.bareVagueNouns, around)})` : `(?:${determined})`;
  };
  const vaguePronouns = (around: NonLetterAround): string => alternation(lexicon.vaguePronouns, around);
  const vagueGroupWords = [...lexicon.vagueNouns, ...lexicon.bareVagueNouns, ...lexicon.vaguePronouns];
  const peopleNouns = new Set([...lexicon.vagueNouns, ...lexicon.bareVagueNouns]);
  const agentParticiples = [...lexicon.describingParticiples, ...lexicon.judgingParticiples];
  const strongFigure = (): string => [
    `(?<![\\p{L}\\d])${num}${SPACE}?(?:%|${alternation(lexicon.percentWords.filter((w) => w !== '%'))})`,
    `[$€£]${SPACE}?${num}`,
    `(?<![\\p{L}\\d])(?:${num}|${alternation(lexicon.numberWords, { after: true })})${SPACE}+${alternation(lexicon.magnitudes, { before: true })}`,
    `(?<![\\p{L}\\d])${num}${SPACE}?${alternation(lexicon.currencyWords.filter((w) => /\p{L}/u.test(w)))}`,
    `(?<![\\p{L}\\d])${num}${SPACE}?[$€£]`,
    alternation(lexicon.vagueQuantities),
    alternation(lexicon.proportions),
  ].join('|');
  /** The patterns built so far: each is built on its first read, so a page pays only for those its sentences reach. */
  const built: Partial<CompiledLexicon> = {};
  const compiled: CompiledLexicon = {
    lexicon,
    get creditStart() {
      return (built.creditStart ??= new RegExp(`^${alternation(lexicon.creditLineStarts, { before: true })}${SPACE}*[:,–—-]?${SPACE}*`, 'iu'));
    },
    get creditAgent() {
      return (built.creditAgent ??= new RegExp(`${alternation(lexicon.creditAgents, { after: true })}${SPACE}+`, 'giu'));
    },
    creditAgents: new Set(lexicon.creditAgents),
    lineOpeners: new Set(
      [...lexicon.creditLineStarts, ...lexicon.furnitureLineStarts].map((phrase) => phrase.toLowerCase().split(/[\s']+/)[0] ?? ''),
    ),
    get furnitureLine() {
      return (built.furnitureLine ??= new RegExp(`^${alternation(lexicon.furnitureLineStarts, { before: true })}`, 'iu'));
    },
    vaguePhrase: triggerOn(() => compilePhrases(lexicon.vaguePhrases), lexicon.vaguePhrases),
    vagueClause: triggerOn(
      () => new RegExp(`(?:${vagueGroup({ after: true })}|${vaguePronouns({ after: true })})${QUALIFIER}${SPACE}+${alternation(lexicon.vagueVerbs, { before: true })}`, 'giu'),
      vagueGroupWords,
    ),
    vagueCue: triggerOn(
      () => new RegExp(`${alternation(lexicon.vagueCues, { after: true })}${SPACE}+(?:${vagueGroup({ before: true })}|${vaguePronouns({ before: true })})(?![\\p{L}])`, 'giu'),
      vagueGroupWords,
    ),
    vagueOpinion: triggerOn(
      // Not the first item of a list: "a guide for parents, teachers and pupils".
      () => new RegExp(
        `${alternation(lexicon.opinionCues, { after: true })}${SPACE}+(?:${vagueGroup({ before: true, after: true })}${QUALIFIER}|${vaguePronouns({ before: true, after: true })})${SPACE}*,(?!(?:${SPACE}+[^\\s,.;:!?]+){0,3}${SPACE}*(?:,|${alternation(lexicon.coordinators)}))`,
        'giu',
      ),
      vagueGroupWords,
    ),
    vagueAgent: triggerOn(
      () => new RegExp(
        `${alternation(agentParticiples)}[^.;:!?]{0,80}?(?:${SPACE}|["”»])${alternation(lexicon.agentPrepositions, { before: true, after: true })}${SPACE}+(?:${vagueGroup({ before: true })}|${vaguePronouns({ before: true })})`,
        'giu',
      ),
      agentParticiples,
    ),
    groupReaction: triggerOn(
      () => new RegExp(
        `${alternation(lexicon.reactionVerbs, { after: true })}${SPACE}+(?:${alternation([...lexicon.vagueDeterminers, ...lexicon.genericDeterminers], { before: true })}${SPACE}*)?${alternation(lexicon.expertNouns, { before: true })}`,
        'giu',
      ),
      lexicon.expertNouns,
    ),
    namingVerb: triggerOnLongest(() => compilePhrases(lexicon.namingVerbs), lexicon.namingVerbs),
    // Keyed on the nouns: the determiners ("a", "un") are in every sentence.
    anonymousSpeaker: triggerOn(
      () => new RegExp(
        `${alternation(lexicon.anonymousDeterminers, { after: true })}${SPACE}+(?:${alternation(lexicon.anonymousModifiers, { before: true, after: true })}${SPACE}+){0,2}${alternation(lexicon.anonymousNouns, { before: true })}`,
        'giu',
      ),
      lexicon.anonymousNouns,
    ),
    get anonymousExclusion() {
      return (built.anonymousExclusion ??= compilePhrases(lexicon.anonymousExclusions));
    },
    speechVerb: triggerOn(() => compilePhrases(lexicon.speechVerbs), lexicon.speechVerbs),
    anonymityJustified: triggerOn(() => compilePhrases(lexicon.anonymityJustified), lexicon.anonymityJustified),
    get placeholder() {
      return (built.placeholder ??= new RegExp(`[\\[(]${SPACE}*${alternation(lexicon.placeholders)}${SPACE}*[\\])]`, 'giu'));
    },
    get citationNeeded() {
      return (built.citationNeeded ??= new RegExp(`\\[${SPACE}*${alternation(lexicon.citationNeeded)}${SPACE}*\\]`, 'giu'));
    },
    verificationTerm: triggerOn(() => compilePhrases(lexicon.verificationTerms), lexicon.verificationTerms),
    verificationSubject: triggerOn(() => compilePhrases(lexicon.verificationSubjects), lexicon.verificationSubjects),
    officialStatement: triggerOn(() => compilePhrases(lexicon.officialStatements), lexicon.officialStatements),
    officialClause: triggerOn(
      () => new RegExp(`${alternation(lexicon.officialSubjects, { after: true })}${QUALIFIER}${SPACE}+${alternation(lexicon.officialVerbs, { before: true })}`, 'giu'),
      lexicon.officialSubjects,
    ),
    attributionCue: triggerOn(() => compilePhrases(lexicon.attributionCues), lexicon.attributionCues),
    strongFigure: triggerOn(() => new RegExp(strongFigure(), 'giu'), [...lexicon.vagueQuantities, ...lexicon.proportions]),
    get nonFigureUnitAfter() {
      return (built.nonFigureUnitAfter ??= new RegExp(`^${SPACE}*(?:${alternation(lexicon.nonFigureUnits)})`, 'iu'));
    },
    stopWords: new Set(lexicon.stopWords),
    commonWords: new Set([
      ...lexicon.stopWords,
      ...words(lexicon.vagueDeterminers),
      ...words(lexicon.vagueNouns),
      ...words(lexicon.vaguePronouns),
      ...words(lexicon.officialSubjects),
      ...words(lexicon.anonymousDeterminers),
      ...words(lexicon.anonymousModifiers),
      ...words(lexicon.anonymousNouns),
      ...words(lexicon.vaguePhrases),
      ...words(lexicon.titleWords),
      ...words(lexicon.identifiableBodies),
      ...words(lexicon.verificationSubjects),
      ...words(lexicon.numberWords),
      ...lexicon.sentenceOpeners,
    ]),
    calendarWords: new Set(lexicon.calendarWords),
    titleWords: new Set(lexicon.titleWords.map((word) => word.toLowerCase())),
    identifiableBodies: new Set(lexicon.identifiableBodies),
    backReferenceBodies: new Set(lexicon.backReferenceBodies),
    hyphenatedAdjectiveEndings: new Set(lexicon.hyphenatedAdjectiveEndings),
    definiteDeterminers: new Set(lexicon.definiteDeterminers),
    indefiniteArticles: new Set(lexicon.indefiniteArticles),
    sourceDocuments: new Set(lexicon.sourceDocuments),
    abbreviations: new Set(lexicon.abbreviations),
    numberLabels: new Set(lexicon.numberLabels),
    firstPerson: new Set(lexicon.firstPerson),
    clauseBreakers: new Set(lexicon.clauseBreakers),
    get backReference() {
      return (built.backReference ??= new RegExp(`^${SPACE}*${alternation(lexicon.backReferences)}`, 'iu'));
    },
    personVerbs: lowerSet(lexicon.personVerbs),
    givenNames: lowerSet(lexicon.givenNames),
    quoteVerb: triggerOnLongest(() => compilePhrases(lexicon.quoteVerbs), lexicon.quoteVerbs),
    // Keyed on the verb's own word ("learned", « appris »): the pattern opens on any capital, so it would scan every sentence.
    outletLearned: triggerOnLongest(() => outletLearnedPattern(lexicon), lexicon.learnedVerbs),
    // Cues ("according to", « données de ») credit a source just as verbs do.
    reportingVerb: triggerOnLongest(() => compilePhrases([...lexicon.reportingVerbs, ...lexicon.addresseeVerbs, ...lexicon.attributionCues]), [...lexicon.reportingVerbs, ...lexicon.addresseeVerbs, ...lexicon.attributionCues]),
    // Built only when a sentence has one of the adverbs: languages that list none never build it.
    interposedAdverb: triggerOn(() => interposedAdverbPattern(lexicon), lexicon.interposedAdverbs),
    unnamedHearsay: triggerOn(() => compilePhrases(lexicon.unnamedHearsay), lexicon.unnamedHearsay),
    agentless: triggerOn(() => compilePhrases(lexicon.agentlessAttributions), lexicon.agentlessAttributions),
    personTitles: lowerSet(lexicon.personTitles),
    honorifics: lowerSet(lexicon.honorifics),
    organisationWords: lowerSet(lexicon.organisationWords),
    mediaWords: lowerSet(lexicon.mediaWords),
    ownPagesWords: lowerSet(lexicon.ownPagesWords),
    mediaNames: lowerSet(lexicon.mediaNames),
    mediaWorks: lowerSet(lexicon.mediaWorks),
    qualifierPrepositions: lowerSet(lexicon.qualifierPrepositions),
    unnamedQualifiers: lexicon.anonymousQualifiers.map((qualifier) => qualifier.toLowerCase()),
    placePrepositions: lowerSet(lexicon.placePrepositions),
    affiliationPrepositions: lowerSet(lexicon.affiliationPrepositions),
    titledWorks: lowerSet(lexicon.titledWorks),
    agentPrepositions: lowerSet(lexicon.agentPrepositions),
    titleIntroducers: lowerSet(lexicon.titleIntroducers),
    documentOpeners: lowerSet(lexicon.documentOpeners),
    namesPeople: (word) => lexicon.peopleEndings.some((ending) => word.endsWith(ending)) || peopleNouns.has(word),
    get personFrom() {
      return (built.personFrom ??= new RegExp(`(?<=^\\p{Lu}\\S*${SPACE}+\\p{Lu}\\S*(?:${SPACE}+\\p{Lu}\\S*)?)${SPACE}+${alternation(lexicon.qualifierPrepositions)}${SPACE}*(${articlePattern(lexicon.definiteArticles)}?\\p{Lu}.*)$`, 'u'));
    },
    authorLinks: lowerSet([...lexicon.qualifierPrepositions, ...lexicon.agentPrepositions]),
    relativePronouns: lowerSet(lexicon.relativePronouns),
    personRelativePronouns: lowerSet(lexicon.personRelativePronouns),
    thoroughfareWords: lowerSet(lexicon.thoroughfareWords),
    possessiveDeterminers: lowerSet(lexicon.possessiveDeterminers),
    asideOpeners: lowerSet(lexicon.asideOpeners),
    kinNouns: lowerSet(lexicon.kinNouns),
    platforms: lowerSet(lexicon.platforms),
    platformPosts: lowerSet(lexicon.platformPosts),
    get coordinatedAfterName() {
      return (built.coordinatedAfterName ??= new RegExp(`\\p{Lu}[\\p{L}’'-]*${SPACE}+${alternation(lexicon.coordinators)}${SPACE}*$`, 'u'));
    },
    get vagueDeterminerBefore() {
      return (built.vagueDeterminerBefore ??= new RegExp(`(?:^|${SPACE})${alternation(lexicon.vagueDeterminers)}${SPACE}*$`, 'iu'));
    },
    get closingRelativeClause() {
      return (built.closingRelativeClause ??= new RegExp(`${SPACE}+${alternation(lexicon.relativePronouns, { before: true, after: true })}.*$`, 'iu'));
    },
    get opinionOpening() {
      return (built.opinionOpening ??= new RegExp(`^${SPACE}*${alternation(lexicon.opinionCues, { after: true })}${SPACE}+`, 'iu'));
    },
    get mediaWorkLink() {
      return (built.mediaWorkLink ??= new RegExp(`^${SPACE}+${alternation(lexicon.mediaWorkLinks)}${SPACE}*`, 'iu'));
    },
    documentWords: lowerSet(lexicon.documentWords),
    nameConnectors: lowerSet(lexicon.nameConnectors),
    speakerPronouns: lowerSet(lexicon.speakerPronouns),
    personPronouns: lowerSet(lexicon.personPronouns),
    pluralPronouns: lowerSet(lexicon.pluralPronouns),
    objectPronouns: lowerSet(lexicon.objectPronouns),
    mediaCues: lowerSet(lexicon.mediaCues),
    anonymousPlurals: lowerSet(lexicon.anonymousPlurals),
    spokespersonNouns: lowerSet(lexicon.spokespersonNouns),
    identifiableGroups: lowerSet(lexicon.identifiableGroups),
    vagueNouns: lowerSet([...lexicon.vagueNouns, ...lexicon.bareVagueNouns]),
    anonymousNouns: lowerSet(lexicon.anonymousNouns),
    anonymousModifiers: lowerSet(lexicon.anonymousModifiers),
    adjectivesFollowNouns: lexicon.adjectivesFollowNouns,
    anonymousDeterminers: lowerSet(lexicon.anonymousDeterminers),
    wordsAfterInvertedSpeaker: lowerSet(lexicon.wordsAfterInvertedSpeaker),
    nameParticles: new Set(lexicon.nameParticles),
    addresseeVerbs: lowerSet(lexicon.addresseeVerbs),
    get invertedIncise() {
      return (built.invertedIncise ??= incisePattern(lexicon.invertedPronouns));
    },
    get impersonalIncise() {
      return (built.impersonalIncise ??= incisePattern(lexicon.impersonalPronouns));
    },
    get forwardCue() {
      return (built.forwardCue ??= new RegExp(`^(?:${alternation([...lexicon.attributionCues, ...lexicon.vagueCues])})`, 'iu'));
    },
    get anonymousQualifier() {
      return (built.anonymousQualifier ??= new RegExp(`${alternation([...lexicon.anonymousPlurals, ...lexicon.anonymousNouns])}${SPACE}+${alternation(lexicon.anonymousQualifiers)}${SPACE}*${articlePattern(lexicon.definiteArticles)}?$`, 'iu'));
    },
    speechAdverbs: lowerSet(lexicon.speechAdverbs),
    continuingVerbs: lowerSet(lexicon.continuingVerbs),
    complementizers: lowerSet(lexicon.complementizers),
    // Read on first use: asking `Intl.DisplayNames` for every region costs tens of milliseconds on a cold start.
    get places() {
      return placeNames(lexicon.lang);
    },
    get reportedConditional() {
      return (built.reportedConditional ??=
        lexicon.reportedConditionals.length === 0
          ? null
          : new RegExp(`${alternation(lexicon.reportedConditionals)}(?:${SPACE}+${lexicon.conditionalAdverbs.length === 0 ? '(?!)' : alternation(lexicon.conditionalAdverbs)})?${SPACE}+(?<next>[\\p{L}’'-]+)`, 'giu'));
    },
    conditionMarkers: lowerSet(lexicon.conditionMarkers),
    modalParticiples: lowerSet(lexicon.modalParticiples),
    modalVerbs: lowerSet(lexicon.modalVerbs),
    sentenceOpeners: new Set(lexicon.sentenceOpeners),
    auxiliaryVerbs: lowerSet(lexicon.auxiliaryVerbs),
    pluralAuxiliaries: lowerSet(lexicon.pluralAuxiliaries),
    definiteArticles: lowerSet(lexicon.definiteArticles),
    demonstratives: lowerSet(lexicon.demonstratives),
    anonymousPluralOpeners: lowerSet(lexicon.anonymousPluralOpeners),
    get leadingArticle() {
      return (built.leadingArticle ??= new RegExp(`^${articlePattern(lexicon.articles)}`, 'iu'));
    },
    get anonymousNounPhrase() {
      const phrases = lexicon.anonymousNouns.filter((noun) => /\s/u.test(noun.trim()));
      return (built.anonymousNounPhrase ??= phrases.length === 0 ? null : new RegExp(`^${alternation(phrases)}`, 'iu'));
    },
    get age() {
      return (built.age ??= new RegExp(`^\\d{1,3}(?:${SPACE}+${alternation(lexicon.ageUnits)})?$`, 'iu'));
    },
    get ageAfterName() {
      return (built.ageAfterName ??= new RegExp(`^${SPACE}*,${SPACE}*\\d{1,3}(?![.,]?\\d)(?:${SPACE}+${alternation(lexicon.ageUnits)})?(?=${SPACE}*(?:[,.;!?)]|$))`, 'iu'));
    },
    get unnamedQualifier() {
      return (built.unnamedQualifier ??= new RegExp(
      `^${SPACE}+${alternation([...lexicon.qualifierPrepositions, ...lexicon.anonymousQualifiers])}${SPACE}*(?:${articlePattern(lexicon.definiteArticles)})?[\\p{L}’'-]+(?:${SPACE}+(?:[dl]['’])?\\p{Lu}[\\p{L}’'-]+)*`,
      'u',
    ));
    },
    get bodyHeadBefore() {
      return (built.bodyHeadBefore ??= lexicon.bodyHeads.length === 0 ? null : new RegExp(
      // An adjective or a "de police" may come between ("ministère russe de la", "préfecture de police de"), never a function word.
      `${alternation(lexicon.bodyHeads)}(?:${SPACE}+(?!${alternation(lexicon.stopWords)})\\p{Ll}[\\p{L}-]*)?(?:${SPACE}+${alternation(lexicon.qualifierPrepositions)}${SPACE}*(?!${alternation(lexicon.stopWords)})\\p{Ll}[\\p{L}-]*)?${SPACE}+${alternation(lexicon.qualifierPrepositions)}${SPACE}*${articlePattern(lexicon.definiteArticles)}?$`,
      'u',
    ));
    },
    get spokespersonFor() {
      return (built.spokespersonFor ??= new RegExp(`^${SPACE}+${alternation(lexicon.qualifierPrepositions)}${SPACE}*(?:${articlePattern(lexicon.definiteArticles)})?`, 'u'));
    },
    get coordination() {
      return (built.coordination ??= new RegExp(`^(.+?)${SPACE}+${alternation(lexicon.coordinators)}${SPACE}+(${articlePattern(lexicon.definiteArticles)})?(\\p{Lu}.*)$`, 'u'));
    },
    get coSpeaker() {
      // A one-word name only before a coordinator and an article ("L'Insee et la Dares"): "In Washington, Powell said" lists no one.
      const name = `\\p{Lu}[\\p{L}’'-]+`;
      const coordinator = alternation(lexicon.coordinators);
      return (built.coSpeaker ??= new RegExp(`(?:(${name}(?:${SPACE}+${name}){1,2})${SPACE}*(?:,|${coordinator})|(${name}(?:${SPACE}+${name}){0,2})${SPACE}+${coordinator}${SPACE}+${articlePattern(lexicon.definiteArticles)})${SPACE}*$`, 'u'));
    },
    get clauseBreak() {
      return (built.clauseBreak ??= new RegExp(`[,;:—–]|${SPACE}${alternation(lexicon.contrastives)}${SPACE}`, 'u'));
    },
    get learnedFrom() {
      const learned = lexicon.learnedVerbs.map((verb) => verb.split(' ').at(-1) ?? verb);
      return (built.learnedFrom ??= new RegExp(`${alternation(learned)}(?:${SPACE}+[\\p{L}'’-]+){0,2}?${SPACE}+${alternation(lexicon.learnedFrom)}`, 'giu'));
    },
    conjunctions: lowerSet(lexicon.conjunctions),
    vaguePronouns: lowerSet(lexicon.vaguePronouns),
    get vagueGroupBounds() {
      return (built.vagueGroupBounds ??= vagueGroupBounds(lexicon));
    },
    get vagueSubject() {
      return (built.vagueSubject ??= new RegExp(`^[\\s\\u00a0«“"]*${vagueGroup({ before: true })}(?![\\p{L}])`, 'iu'));
    },
    get vagueVerb() {
      return (built.vagueVerb ??= compilePhrases(lexicon.vagueVerbs));
    },
    get describedBy() {
      return (built.describedBy ??=
        lexicon.describingParticiples.length === 0
          ? null
          : new RegExp(`${alternation(lexicon.describingParticiples)}[^.;:!?]{0,80}?(?:${SPACE}|["”»])${alternation(lexicon.agentPrepositions)}${SPACE}+`, 'giu'));
    },
    get participleEnding() {
      return (built.participleEnding ??= new RegExp(`(?:${lexicon.participleEndings.length === 0 ? '(?!)' : lexicon.participleEndings.join('|')})$`, 'u'));
    },
    populationNouns: lowerSet(lexicon.populationNouns),
    aggregateNouns: lowerSet(lexicon.aggregateNouns),
    get shareOf() {
      return (built.shareOf ??= new RegExp(`(?<![\\p{L}\\d])${num}${SPACE}?(?:%|${alternation(lexicon.percentWords.filter((w) => w !== '%'))})${SPACE}+${alternation(lexicon.partitives)}`, 'iu'));
    },
    get checkedAgainst() {
      return (built.checkedAgainst ??= new RegExp(`${alternation(lexicon.checkedAgainst)}${SPACE}+${articlePattern(lexicon.articles)}?\\p{Lu}`, 'u'));
    },
    get sourceWord() {
      return (built.sourceWord ??= new RegExp(alternation(lexicon.sourceWords), 'iu'));
    },
    get namedQualifier() {
      return (built.namedQualifier ??= new RegExp(`^${SPACE}*,?${SPACE}*${alternation(lexicon.sourceQualifiers)}${SPACE}*${articlePattern(lexicon.definiteArticles)}?${SPACE}*`, 'iu'));
    },
    get definiteArticleAtEnd() {
      return (built.definiteArticleAtEnd ??= new RegExp(`${articlePattern(lexicon.definiteArticles)}$`, 'iu'));
    },
    get percentFigure() {
      return (built.percentFigure ??= new RegExp(`\\d${SPACE}?(?:%|[\\p{L}]*${SPACE}?${alternation(lexicon.percentWords.filter((w) => w !== '%'))})`, 'iu'));
    },
    get inversionPoint() {
      // A single quotation mark closes a quotation only after its punctuation (",' said Pollard"); alone it may be an apostrophe.
      return (built.inversionPoint ??= new RegExp(`(?:^|[,;:»”"—–]|[,?!]['’]|${lexicon.inversionOpeners.length === 0 ? '(?!)' : alternation(lexicon.inversionOpeners)})${SPACE}*$`, 'iu'));
    },
    get boilerplate() {
      return (built.boilerplate ??= new RegExp(`^${SPACE}*${alternation(lexicon.boilerplate)}`, 'iu'));
    },
  };
  cache.set(lexicon, compiled);
  return compiled;
}
