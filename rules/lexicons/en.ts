import type { Lexicon } from './lexicon';

export const en: Lexicon = {
  lang: 'en',
  stopWords: [
    'the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'by', 'at', 'be',
    'this', 'are', 'from', 'have', 'has', 'had', 'but', 'not', 'they', 'their', 'which', 'were', 'been',
    'will', 'would', 'an', 'its', 'or', 'he', 'she', 'we', 'our', 'who', 'after', 'more', 'than', 'also',
    'some', 'many', 'most', 'there', 'these', 'those', 'when', 'while', 'if', 'a',
  ],
  abbreviations: ['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'etc', 'vs', 'no', 'p', 'pp', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'e.g', 'i.e'],
  calendarWords: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  ],
  creditAgents: ['by', 'with'],
  creditLineStarts: [
    'by', 'author', 'written by', 'reporting by', 'reported by', 'editing by', 'edited by',
    'additional reporting', 'photo', 'photograph', 'credit', 'illustration', 'fact-checked by',
  ],
  furnitureLineStarts: [
    'published', 'updated', 'last updated', 'posted', 'first published', 'read more', 'related',
    'see also', 'share', 'sign up', 'subscribe', 'download', 'follow us', 'newsletter',
  ],
  vagueDeterminers: [
    'some', 'many', 'several', 'most', 'a number of', 'a growing number of', 'numerous', 'other', 'various', 'a few',
    'plenty of', 'a lot of', 'lots of', 'a handful of',
  ],
  vagueNouns: [
    'experts', 'analysts', 'observers', 'critics', 'studies', 'reports', 'media reports', 'sources', 'scientists',
    'researchers', 'economists', 'people', 'insiders', 'commentators', 'witnesses', 'residents', 'doctors',
    'lawyers', 'research', 'surveys', 'polls', 'accounts', 'voices',
    // Groups of people whose opinion is reported without a poll or a named voice.
    'americans', 'britons', 'europeans', 'voters', 'citizens', 'consumers', 'parents', 'taxpayers', 'families',
  ],
  bareVagueNouns: [
    'experts', 'analysts', 'observers', 'critics', 'studies', 'reports', 'media reports', 'sources', 'scientists',
    'researchers', 'economists', 'insiders', 'commentators', 'research', 'surveys', 'polls',
  ],
  clauseBreakers: ['that', 'which', 'who', 'whom', 'we', 'i', 'you', 'he', 'she', 'they', 'it', 'if', 'when', 'because'],
  vaguePronouns: ['some', 'many', 'others', 'most'],
  vagueVerbs: [
    'say', 'says', 'said', 'believe*', 'think', 'thinks', 'suggest*', 'show', 'shows', 'showed', 'shown',
    'claim*', 'estimate*', 'argue*', 'warn*', 'indicate*', 'agree', 'reveal*', 'contend*', 'fear*', 'caution*',
    'point out', 'have found', 'found', 'have shown', 'have warned', 'have said', 'insist*', 'maintain*',
  ],
  backReferences: [
    'of them', 'of those', 'of these', 'of us', 'of whom', 'of which', 'of his', 'of her', 'of its', 'of their',
    'of our', 'of my', 'of your',
  ],
  vagueCues: ['according to', 'in the view of'],
  vaguePhrases: [
    'according to reports', 'according to some reports', 'according to media reports', 'according to sources',
    'according to several sources', 'according to some sources', 'according to some', 'according to experts',
    'according to analysts', 'according to observers', 'it is widely believed', 'it is believed',
    'it is understood that', 'it is understood', 'it is thought that', 'it is said that', 'it is reported that',
    'it has been reported', 'it has been suggested', 'it is rumoured', 'it is rumored', 'it is claimed',
    'reportedly', 'it is widely accepted', "it's been reported", 'it was reported that', "it's understood",
    "it's believed", "it's thought", "it's said", 'many believe', 'some say', 'it is no secret that',
    'sources close to', 'word is that', 'rumour has it', 'rumor has it',
  ],
  anonymousDeterminers: ['a', 'an', 'one', 'another', 'a second', 'two', 'three'],
  anonymousModifiers: [
    'senior', 'top', 'former', 'high-ranking', 'government', 'administration', 'western', 'european',
    'military', 'police', 'party', 'company', 'industry', 'campaign', 'white house', 'local', 'close',
  ],
  anonymousNouns: [
    'official', 'officials', 'source', 'sources', 'diplomat', 'diplomats', 'aide', 'aides', 'adviser',
    'advisor', 'insider', 'executive', 'person familiar', 'people familiar', 'person close', 'staffer',
    'lawmaker', 'minister', 'investigator', 'negotiator', 'officer', 'employee', 'member', 'confidant',
    'resident', 'neighbour', 'neighbor', 'witness', 'bystander',
  ],
  anonymousExclusions: [
    'official statement', 'official figures', 'official channels', 'official visit', 'official documents',
    'official data', 'official report', 'official website', 'official account', 'source of', 'source code',
    'source material', 'member state', 'member states',
  ],
  definiteDeterminers: ['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'both', 'such'],
  indefiniteArticles: ['a', 'an'],
  sourceDocuments: ['poll', 'survey', 'study', 'report', 'analysis', 'statement'],
  speechVerbs: [
    'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'added', 'adds', 'explained', 'explains',
    'noted', 'notes', 'wrote', 'writes', 'argued', 'argues', 'warned', 'warns', 'announced', 'announces',
    'confirmed', 'confirms', 'insisted', 'estimated', 'estimates', 'reported', 'reports', 'published',
    'according to', 'claimed', 'acknowledged', 'admitted', 'replied', 'recalled', 'concluded', 'found',
  ],
  anonymityJustified: [
    'on condition of anonymity', 'on the condition of anonymity', 'speaking on condition of anonymity',
    'who asked not to be named', 'who requested anonymity', 'who declined to be named',
    'not authorized to speak publicly', 'not authorised to speak publicly', 'not authorized to discuss',
    'not authorised to discuss', 'asked not to be identified', 'requested anonymity',
  ],
  placeholders: [
    'source', 'sources', 'official source', 'source: internet', 'source : internet', 'source: web',
    'source: social media', 'anonymous source', 'internet', 'web', 'social media', 'tbd', 'tk', 'name',
    'quote', 'link', 'expert',
  ],
  citationNeeded: [
    'citation needed', 'source needed', 'sources needed', 'verification needed', 'who?', 'when?',
    'according to whom?', 'by whom?', 'which?', 'dubious', 'unreliable source?', 'better source needed',
  ],
  verificationTerms: [
    'fact-checked', 'fact checked', 'verified', 'cross-checked', 'double-checked', 'independently verified',
    'rewritten', 'reworded', 'checked',
  ],
  verificationSubjects: [
    'this article', 'this story', 'this report', 'this piece', 'this content', 'the article', 'all facts',
    'every fact', 'all information', 'we have', 'our team', 'our newsroom', 'our editors',
  ],
  officialStatements: [
    'official statements', 'an official statement', 'official sources', 'government sources',
    'official channels', 'official comments', 'statements from officials', 'official figures', 'police sources',
    'security sources', 'diplomatic sources', 'military sources', 'judicial sources', 'intelligence sources',
  ],
  officialSubjects: [
    'officials', 'government officials', 'senior officials', 'several governments', 'some governments',
    'governments in the region', 'regional governments', 'authorities', 'local authorities', 'several capitals',
  ],
  officialVerbs: [
    'said', 'say', 'have said', 'stated', 'have stated', 'expressed', 'have expressed', 'announced',
    'have announced', 'indicated', 'warned', 'insist', 'insisted', 'denied', 'have denied', 'voiced',
  ],
  attributionCues: [
    'according to', 'data from', 'figures from', 'figures published by', 'published by', 'cited by',
    'reported by', 'source:', 'sources:', 'a report by', 'a study by', 'a survey by', 'report from',
    'study from', 'survey from', 'estimates from', 'compiled by', 'released by', 'conducted by', 'carried out by',
    'commissioned by',
  ],
  identifiableBodies: [
    'police', 'government', 'ministry', 'department', 'council', 'court', 'prosecutor', 'company', 'firm',
    'union', 'hospital', 'agency', 'commission', 'central bank', 'regulator', 'board', 'city', 'county',
    'state', 'institute', 'office', 'prosecution', 'defence', 'defense', 'university', 'laboratory', 'lab',
    'centre', 'center', 'watchdog', 'charity', 'trust', 'foundation', 'study', 'report', 'survey', 'poll', 'spokesperson', 'spokesman', 'spokeswoman', 'authority',
  ],
  titleWords: [
    'the', 'of', 'minister', 'president', 'mayor', 'spokesperson', 'spokesman', 'spokeswoman', 'director',
    'secretary', 'general', 'chief', 'executive', 'professor', 'dr', 'economist', 'researcher', 'analyst',
    'senator', 'representative', 'prosecutor', 'lawyer', 'attorney', 'judge', 'commissioner', 'founder',
    'chairman', 'chairwoman', 'chair', 'ceo', 'head', 'governor', 'deputy', 'senior', 'lead', 'author',
  ],
  numberWords: [
    'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty',
    'thirty', 'forty', 'fifty', 'hundred', 'a', 'one', 'several', 'a few', 'half a',
  ],
  magnitudes: ['million', 'millions', 'billion', 'billions', 'trillion', 'thousand', 'bn'],
  percentWords: ['per cent', 'percent', 'percentage points', '%'],
  currencyWords: ['dollars', 'dollar', '$', '£', 'euros', 'euro', '€', 'yen', 'yuan', 'rupees'],
  vagueQuantities: [
    'millions of', 'billions of', 'thousands of', 'hundreds of thousands', 'tens of thousands',
    'hundreds of', 'tens of millions', 'hundreds of millions',
  ],
  proportions: [
    'half of all', 'more than half', 'nearly half', 'almost half', 'a third of', 'two-thirds of', 'two thirds of', 'a quarter of', 'three-quarters of',
    'one in two', 'one in three', 'one in four', 'one in five', 'one in ten', 'twice as many',
    'three times as many', 'the majority of', 'a majority of',
  ],
  numberLabels: [
    'p', 'pp', 'page', 'pages', 'no', 'number', 'article', 'chapter', 'vol', 'volume', 'isbn', 'issn', 'version',
    'line', 'route', 'room', 'model', 'code', 'bug', 'issue', 'rfc', 'section', 'flight', 'episode', 'season',
    'pin', 'port', 'id', 'case', 'docket', 'bill', 'suite', 'unit', 'highway', 'interstate', 'ticket',
  ],
  firstPerson: ['we', 'our', 'us', 'i', 'my', "we've", "we're", "i've", "i'm"],
  nonFigureUnits: [
    'years', 'year', 'year-old', 'years-old', 'hours', 'hour', 'minutes', 'seconds', 'days', 'day',
    'weeks', 'months', 'century', 'st', 'nd', 'rd', 'th', 'am', 'pm', 'a.m', 'p.m', 'january', 'february',
    'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  ],
};
