import { lexiconFor } from '../../languages/registry';
import type { Lexicon } from '../../languages/sourcing-lexicon';
import { articleText, BLOCK_SEPARATOR, type ArticleSnapshot, type BodyBlock } from '../../snapshot/article-snapshot';
import type { CitationKind, CitationLink, Report, Source, Warning } from '../../report/schema';
import { textQuoteAt } from '../anchors/text-quote';
import { citationInventory, type PlacedCitation } from '../citations/citation-inventory';
import { domainLabel, siteName } from '../citations/site-name';
import { readLanguage, type TextLanguage } from '../language/read-language';
import type { Attribution } from './attributions';
import { blockView, overlaps, sentenceAt, type BlockView, type Candidate, type Detector, type SentenceView } from './block-view';
import { compileLexicon, type CompiledLexicon } from './compiled-lexicon';
import { datelineCredit } from './dateline-credit';
import { findAnonymousSources, justifiesAnonymity } from './find-anonymous-sources';
import { findCitationNeededMarkers, findPlaceholderAttributions } from './find-bracket-markers';
import { findOfficialStatements } from './find-official-statements';
import { findUnsourcedFigures } from './find-unsourced-figures';
import { findVagueAttributions } from './find-vague-attributions';
import { findVerificationClaims } from './find-verification-claims';
import { readCarried } from './carried-kind';
import { personOpening } from './sentence-subject';
import { capitalisedMidClause } from './tokens';
import { fullNamesIn, isVerb, namedInPassing, namesBody, namesSite, type Speaker } from './speakers';
import { resolveBackReferences, type PlacedName } from './back-references';
import { FINDING_KINDS } from './finding-codes';
import { selectFindings, type PlacedCandidate } from './select-findings';
import { nameWords, sourceInventory, type PlacedFullName, type PlacedMention, type SentenceSubject } from './source-inventory';
import { titledWorksIn } from './titled-works';
import { normalise } from './triggers';
import type { Span } from './sentences';

export interface SourcingOptions {
  /** The page's language (BCP 47); when null or without a lexicon, it is guessed from the text. */
  lang: string | null;
  /** Registrable domain of the page, to tell self-links from sources. */
  pageDomain: string | null;
  /** The article's text and what its stop words say, when the caller has read them already. */
  article?: { text: string; language: TextLanguage };
  /** Who the byline credits: an agency that wrote the story is its author, not one of its sources. */
  authors?: readonly string[];
}

export interface SourcingResult {
  citations: Report['citations'];
  sources: Report['sources'];
  warnings: Warning[];
}

const DETECTORS: readonly Detector[] = [
  findCitationNeededMarkers,
  findPlaceholderAttributions,
  findAnonymousSources,
  findVagueAttributions,
  findVerificationClaims,
  findOfficialStatements,
];

/** Link kinds that are records a figure may come from. */
const RECORD_LINKS: ReadonlySet<CitationKind> = new Set(['primary-document', 'study', 'news-outlet', 'wire-service', 'press-release', 'reference']);

/** Whether the article credits any document, body or outlet, or links to a record: its figures may come from them. */
function standsOnRecords(sources: readonly Source[], links: readonly CitationLink[]): boolean {
  return sources.some((source) => source.kind === 'document' || source.kind === 'organisation' || source.kind === 'media') || links.some((link) => RECORD_LINKS.has(link.kind));
}

/** Headings and table cells state no claims of their own worth a mark; preformatted blocks are code. */
const SKIPPED_BLOCKS = new Set(['heading', 'table-cell', 'preformatted']);
/** A table cell this long is prose laid out in a table (old sites do that), read like a paragraph. */
const PROSE_CELL_WORDS = 25;

function readsAsProse(block: BodyBlock): boolean {
  if (!SKIPPED_BLOCKS.has(block.kind)) return block.kind !== 'caption';
  return block.kind === 'table-cell' && block.text.split(/\s+/u).length >= PROSE_CELL_WORDS;
}

/** Below this share of its stop words, a text is not in the language it claims to be in. */
const MIN_STOP_WORD_SHARE = 0.12;

/**
 * The declared language's lexicon, unless the text is plainly in another one:
 * pages mislabel their language often (a template's `lang="en"` on a Spanish
 * article), and running the English rules on Spanish text only produces noise.
 */
function chooseLexicon(language: TextLanguage, declared: string | null): Lexicon | null {
  const detected = lexiconFor(language.detected);
  // A page that says it is in a language we have no lexicon for is believed.
  const candidate = declared === null ? detected : (lexiconFor(declared) === null ? null : (detected ?? lexiconFor(declared)));
  return candidate !== null && language.stopWordShare(candidate.lang) >= MIN_STOP_WORD_SHARE ? candidate : null;
}

/**
 * At most this many passage findings a page: past it, a page is a stress test or a
 * wall of boilerplate, and marking thousands of passages helps no reader. The report
 * says when the cap was reached (`passages-capped`), and reading stops there.
 */
export const MAX_PASSAGE_FINDINGS = 200;

/** What one pass over the body collects for the findings and the source inventory. */
interface BodyReading {
  views: { view: BlockView; blockIndex: number }[];
  candidates: PlacedCandidate[];
  mentions: PlacedMention[];
  fullNames: PlacedFullName[];
  /** Every body sentence in order, with the person it opens on as its subject. */
  sentenceSubjects: SentenceSubject[];
  /** Words the body capitalises where no clause opens: a one-word speaker opening its sentence is a name if it is one of them. */
  properWords: Set<string>;
  /** Bodies and documents named anywhere, for "the hospital", "the report" to point back at. */
  names: PlacedName[];
  /** Where each block starts in the article text. */
  offsets: number[];
  /** The index of the first block left unread because the cap was reached, or null. */
  cappedAt: number | null;
}

/** A mention of `speaker` in `sentence`, its passage running over the speaker and its cue, with the links on the speaker's words. */
function placeMention(sentence: SentenceView, offset: number, placed: readonly PlacedCitation[], text: string, justified: boolean, { speaker, cueStart, cueEnd }: Attribution): PlacedMention {
  const start = offset + sentence.start + Math.min(speaker.start, cueStart);
  const end = offset + sentence.start + Math.max(speaker.end, cueEnd);
  const named: Span = { start: sentence.start + speaker.start, end: sentence.start + speaker.end };
  const links = placed.filter((citation) => citation.isSource && citation.start < named.end && named.start < citation.end).map((citation) => citation.link.href);
  return { speaker, passage: textQuoteAt(text, start, end), position: start, links, justified };
}

/**
 * The mentions of one sentence's speakers, and of the works it names by their title
 * without crediting them (« grâce au livre Le charme discret de l'intestin »): a book or
 * a documentary the article draws on is one of its documents.
 */
function placeMentions(sentence: SentenceView, offset: number, placed: readonly PlacedCitation[], text: string, justified: boolean, lex: CompiledLexicon): PlacedMention[] {
  const attributions = sentence.attributions();
  const works = titledWorksIn(sentence.text, lex)
    .filter((work) => !attributions.some(({ speaker }) => speaker.start < work.end && work.start < speaker.end))
    .map((speaker) => ({ speaker, cueStart: speaker.start, cueEnd: speaker.end }));
  const place = (attribution: Attribution): PlacedMention => placeMention(sentence, offset, placed, text, justified, attribution);
  return [...[...attributions, ...works].map(place), ...sentence.reported().map((attribution): PlacedMention => ({ ...place(attribution), reported: true }))];
}

/**
 * The words of a vague attribution that name the group, without its verb or cue: "say
 * economists" is "economists", "most restaurant owners say" is "most restaurant owners",
 * « selon des experts » is « des experts », "Some might think" is "Some". From the first
 * word that can open a group to the last noun of people; a lone pronoun when there is no
 * noun; the words as they are when no group word is found.
 */
function groupWords(words: string, lex: CompiledLexicon): string {
  const { openers, phraseEnds, cueWords, longDeterminers } = lex.vagueGroupBounds;
  const tokens = [...words.matchAll(/[\p{L}\p{N}'’-]+/gu)].map((match) => ({ word: normalise(match[0]), start: match.index, end: match.index + match[0].length }));
  let first = tokens.findIndex(({ word }) => openers.has(word) || lex.vagueNouns.has(word));
  if (first === -1) return words;
  // "according to local news reports": describing words before the noun belong to the group; the cue and the verb do not.
  const describing = (word: string): boolean => !lex.stopWords.has(word) && !cueWords.has(word) && !isVerb(word, lex);
  while (first > 0 && !openers.has((tokens[first] as { word: string }).word) && describing((tokens[first - 1] as { word: string }).word)) first--;
  // « d'analystes »: the noun after an elided determiner.
  const noun = tokens.findLastIndex(({ word }, index) => {
    const bare = word.replace(/^\p{L}{1,2}'/u, '');
    return index >= first && (lex.vagueNouns.has(bare) || phraseEnds.has(bare) || lex.namesPeople(bare));
  });
  // « Beaucoup de salariés craignent »: a determiner of several words takes the word after it, whatever that word is.
  const determiner = longDeterminers
    .filter((phrase) => phrase.every((word, index) => tokens[first + index]?.word === word))
    .reduce((longest, phrase) => Math.max(longest, phrase.length), 0);
  const last = noun !== -1 ? noun : determiner > 0 && first + determiner < tokens.length - 1 ? first + determiner : first;
  return words.slice((tokens[first] as { start: number }).start, (tokens[last] as { end: number }).end);
}

/**
 * "Des rapports indiquent", "experts say": the unnamed group a vague attribution
 * credits joins the inventory as a `vague` source, worded as the article words it.
 * Hedges with no group ("is expected to", « aurait mis ») credit nobody and do not.
 */
function vagueGroupMention(candidate: Candidate, view: BlockView, text: string, lex: CompiledLexicon): PlacedMention | null {
  const { trigger } = candidate;
  if (candidate.code !== 'vague-attribution' || trigger === undefined) return null;
  // "sources close to EMC said": the unnamed source the sentence credits is already in the inventory.
  const sentence = sentenceAt(view, trigger.start);
  if (sentence?.attributions().some(({ speaker }) => speaker.kind === 'anonymous' && overlaps({ start: sentence.start + speaker.start, end: sentence.start + speaker.end }, trigger)) === true) return null;
  const { text: blockText, offset } = view;
  const words = blockText.slice(trigger.start, trigger.end);
  const names = words.toLowerCase().replace(/’/g, "'").split(/[^\p{L}']+/u);
  if (!names.some((word) => lex.vagueNouns.has(word) || lex.vaguePronouns.has(word))) return null;
  const start = offset + trigger.start;
  const speaker: Speaker = { kind: 'vague', name: null, description: groupWords(words, lex), role: null, bare: false, start: trigger.start, end: trigger.end };
  return { speaker, passage: textQuoteAt(text, start, offset + trigger.end), position: start, links: [], justified: false };
}

function readBody(snapshot: ArticleSnapshot, placedByBlock: ReadonlyMap<number, PlacedCitation[]>, lex: CompiledLexicon, self: string | null, text: string, authors: readonly string[]): BodyReading {
  const reading: BodyReading = { views: [], candidates: [], mentions: [], fullNames: [], sentenceSubjects: [], properWords: new Set(), names: [], offsets: [], cappedAt: null };
  let namedBefore = false;
  let offset = 0;
  for (const [blockIndex, block] of snapshot.blocks.entries()) {
    reading.offsets.push(offset);
    if (reading.cappedAt === null && reading.candidates.length >= MAX_PASSAGE_FINDINGS) reading.cappedAt = blockIndex;
    if (reading.cappedAt === null && readsAsProse(block) && !lex.boilerplate.test(block.text)) {
      const placed = placedByBlock.get(blockIndex) ?? [];
      namedBefore ||= namesBody(block.text, lex);
      const view = blockView(block, offset, placed, lex, self, namedBefore);
      if (reading.views.length === 0) {
        const wire = datelineCredit(block.text, offset, text, self, authors);
        if (wire !== null) reading.mentions.push(wire);
      }
      reading.views.push({ view, blockIndex });
      for (const detect of DETECTORS) {
        for (const candidate of detect(view, lex)) {
          reading.candidates.push({ ...candidate, blockIndex });
          const group = vagueGroupMention(candidate, view, text, lex);
          if (group !== null) reading.mentions.push(group);
        }
      }
      const justified = justifiesAnonymity(view, lex);
      for (const sentence of view.sentences) {
        if (sentence.provenance) continue;
        const fullNames = fullNamesIn(sentence.text, lex);
        for (const full of fullNames) reading.fullNames.push({ ...full, position: offset + sentence.start + full.start, sentence: sentence.text, paragraphEnd: offset + block.text.length });
        reading.sentenceSubjects.push({ start: offset + sentence.start, subject: personOpening(sentence.text, fullNames, lex) });
        for (const word of capitalisedMidClause(sentence.text)) reading.properWords.add(word);
        for (const named of namedInPassing(sentence.text, lex, self)) reading.names.push({ ...named, position: offset + sentence.start + named.speaker.start });
        reading.mentions.push(...placeMentions(sentence, offset, placed, text, justified, lex));
      }
    }
    // "Snopes staff writer David Emery posted…" in a heading: a later "Emery retweeted" is that person.
    if (block.kind === 'heading') for (const full of fullNamesIn(block.text, lex)) reading.fullNames.push({ ...full, position: offset + full.start, sentence: block.text, paragraphEnd: offset + block.text.length });
    offset += block.text.length + BLOCK_SEPARATOR.length;
  }
  return reading;
}

function toWarning(finding: PlacedCandidate, base: number, text: string): Warning {
  const { message, severity } = FINDING_KINDS[finding.code];
  const trigger = finding.trigger === undefined ? '' : text.slice(base + finding.trigger.start, base + finding.trigger.end).trim();
  return {
    code: finding.code,
    severity,
    category: 'sourcing',
    message: trigger === '' ? message : `“${trigger}”: ${message}`,
    anchor: textQuoteAt(text, base + finding.start, base + finding.end),
    ...(trigger === '' ? {} : { trigger }),
  };
}

function groupByBlock(placed: readonly PlacedCitation[]): Map<number, PlacedCitation[]> {
  const byBlock = new Map<number, PlacedCitation[]>();
  for (const citation of placed) {
    const list = byBlock.get(citation.blockIndex);
    if (list === undefined) byBlock.set(citation.blockIndex, [citation]);
    else list.push(citation);
  }
  return byBlock;
}

/**
 * What the article stands on: its body links, typed; its sources, named or not; and
 * the passages whose sourcing is weak, each with a text-quote anchor the page layer
 * can find again.
 */
export function analyzeSourcing(snapshot: ArticleSnapshot, options: SourcingOptions): SourcingResult {
  const inventory = citationInventory(snapshot.blocks, { pageDomain: options.pageDomain });
  const text = options.article?.text ?? articleText(snapshot);
  const lexicon = chooseLexicon(options.article?.language ?? readLanguage(text), options.lang);
  if (lexicon === null) return { citations: inventory.citations, sources: [], warnings: [] };
  const lex = compileLexicon(lexicon);

  const reading = readBody(snapshot, groupByBlock(inventory.placed), lex, siteName(options.pageDomain), text, options.authors ?? []);
  const credited = sourceInventory(resolveBackReferences(reading.mentions, reading.names, lex), {
    fullNames: reading.fullNames,
    sentenceSubjects: reading.sentenceSubjects,
    properWords: reading.properWords,
    bodyHeads: new Set(reading.names.filter(({ speaker }) => speaker.kind === 'organisation' && /[\s\u00a0]/u.test(speaker.name ?? '')).map(({ speaker }) => nameWords(speaker.name ?? '')[0] ?? '')),
    pronounWords: lex,
    readCarried: (description) => readCarried(description, lex),
  });
  // "told the BBC" on bbc.com: an outlet or body that is the site itself is no source of its own page.
  const ownLabel = domainLabel(options.pageDomain);
  const sources = credited.filter((source) => !((source.kind === 'media' || source.kind === 'organisation') && namesSite(source.name ?? '', ownLabel)));
  if (!standsOnRecords(sources, inventory.citations.links)) {
    for (const { view, blockIndex } of reading.views) {
      for (const candidate of findUnsourcedFigures(view, lex)) reading.candidates.push({ ...candidate, blockIndex });
    }
  }
  const findings = selectFindings(reading.candidates, snapshot.blocks.map((block) => block.text)).slice(0, MAX_PASSAGE_FINDINGS);
  const warnings = findings.map((finding) => toWarning(finding, reading.offsets[finding.blockIndex] ?? 0, text));
  if (reading.cappedAt !== null) warnings.push(cappedWarning(reading.cappedAt, snapshot.blocks.length));
  return { citations: inventory.citations, sources, warnings };
}

function cappedWarning(cappedAt: number, blocks: number): Warning {
  const { severity, message } = FINDING_KINDS['passages-capped'];
  return { code: 'passages-capped', severity, category: 'sourcing', message: `${message} (${MAX_PASSAGE_FINDINGS} passages, paragraph ${cappedAt + 1} of ${blocks})`, anchor: null };
}
