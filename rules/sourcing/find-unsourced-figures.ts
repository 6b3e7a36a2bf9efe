import type { BlockView, Candidate, SentenceView } from './block-view';
import { NUMBER_SOURCE, type CompiledLexicon } from './compiled-lexicon';
import { isName, tokenize } from './tokens';
import { mayMatch } from './triggers';
import { wordAfter, wordBefore } from './word-before';

/** Below this, a count of people is a count in passing ("trois ministres", "27 victims" of one event is news, not a statistic). */
const MIN_COUNT = 100;
const NUMBER = new RegExp(`(?<![\\p{L}\\d])(?:${NUMBER_SOURCE})`, 'gu');
/** How many describing words may stand between a count and whom it counts ("3 million undocumented workers"). */
const COUNT_REACH = /^[\s\u00a0]*(?:[\p{L}’'-]+[\s\u00a0]+){0,3}?([\p{L}’'-]+)/u;
/** Fragments ("16.6%", "28,604 kms") are table cells or labels, not claims. */
const MIN_SENTENCE_WORDS = 5;
const WORDS = /[\p{L}\p{N}]+/gu;
/** A sentence inside quotation marks is someone's words: its figures are theirs. */
const OPENS_QUOTATION = /^[\s\u00a0]*[“«"„‘]/u;

function numericValue(raw: string): number {
  return Number(raw.replace(/[\s\u00a0\u202f]/g, '').replace(/[.,](?=\d{3}\b)/g, '').replace(',', '.'));
}

/** "des millions de travailleurs", "3,000 people", "one in three adults": a count or a share of people. */
function countsPeople(sentence: string, words: ReadonlySet<string>, lex: CompiledLexicon): boolean {
  if (![...words].some((word) => lex.populationNouns.has(word))) return false;
  const counted = (after: string): boolean => lex.populationNouns.has(COUNT_REACH.exec(after)?.[1]?.toLowerCase().replace(/’/g, "'") ?? '');
  for (const match of sentence.matchAll(NUMBER)) {
    const after = sentence.slice(match.index + match[0].length);
    const magnitude = wordAfter(after, 0);
    const big = numericValue(match[0]) >= MIN_COUNT || lex.lexicon.magnitudes.includes(magnitude);
    if (big && !lex.numberLabels.has(wordBefore(sentence, match.index)) && !/^\d{4}$/u.test(match[0]) && counted(after)) return true;
  }
  for (const phrase of [...lex.lexicon.vagueQuantities, ...lex.lexicon.proportions]) {
    const index = sentence.toLowerCase().indexOf(phrase);
    if (index !== -1 && counted(sentence.slice(index + phrase.length))) return true;
  }
  return false;
}

/** "2% of people", « 38 % des 55-64 ans », "60 per cent of the GDP": a share of a population or an aggregate. */
function sharesOfPeople(sentence: string, lex: CompiledLexicon): boolean {
  const match = lex.shareOf.exec(sentence);
  if (match === null) return false;
  const whole = COUNT_REACH.exec(sentence.slice(match.index + match[0].length))?.[1]?.toLowerCase().replace(/’/g, "'") ?? '';
  return lex.populationNouns.has(whole) || lex.aggregateNouns.has(whole) || /^\d/u.test(sentence.slice(match.index + match[0].length).trim());
}

/**
 * Whether the sentence is about someone named, whose own figures they are ("Zenefits
 * cut 250 jobs", "He has reached 800 women"). Places and peoples named are no such actor.
 */
function aboutSomeoneNamed(sentence: string, lex: CompiledLexicon): boolean {
  const tokens = tokenize(sentence);
  if (tokens[0] !== undefined && lex.speakerPronouns.has(tokens[0].word.toLowerCase())) return true;
  const placeWords = new Set([...lex.places].flatMap((place) => (sentence.toLowerCase().includes(place) ? place.split(/[\s\u00a0'’-]+/u) : [])));
  return tokens.some((token, index) => {
    const word = token.word.toLowerCase();
    // A capital that opens the sentence proves nothing alone ("Unemployment rose…"); a second one does ("Acme Corp cut…").
    if (token.initial && !/^\p{Lu}{2,}/u.test(token.word) && !/^\p{Lu}/u.test(tokens[index + 1]?.word ?? '')) return false;
    return isName(token, lex.commonWords, lex.calendarWords) && !lex.populationNouns.has(word) && !placeWords.has(word) && !lex.places.has(word);
  });
}

/**
 * Whether a sentence states a statistic about the world: a share of something
 * ("2% of people", « 38 % des 55-64 ans », "one in three"), a count of people
 * affected, or an economic aggregate with its figure. Scores, prices, offers, fines,
 * ages, dates, durations and distances are none of these.
 */
export function statesStatistic(sentence: string, words: ReadonlySet<string>, lex: CompiledLexicon): boolean {
  if (!/\d/u.test(sentence) && !mayMatch(lex.strongFigure, words)) return false;
  if ((sentence.match(WORDS)?.length ?? 0) < MIN_SENTENCE_WORDS) return false;
  if (sharesOfPeople(sentence, lex)) return true;
  if (countsPeople(sentence, words, lex)) return true;
  const aggregate = [...words].some((word) => lex.aggregateNouns.has(word));
  return aggregate && lex.percentFigure.test(sentence);
}

function figureCandidate(sentence: SentenceView, lex: CompiledLexicon): boolean {
  if (sentence.provenance || sentence.linked || OPENS_QUOTATION.test(sentence.text)) return false;
  if ([...lex.firstPerson].some((word) => sentence.words.has(word))) return false;
  return statesStatistic(sentence.text, sentence.words, lex) && !aboutSomeoneNamed(sentence.text, lex) && sentence.attributions().length === 0 && !sentence.attributed();
}

/**
 * A statistic about the world that nothing in the article supports. The caller runs
 * this only on articles that credit no document, body or outlet at all: where the
 * article names its sources, a figure's source is usually among them (a footnote, the
 * next paragraph, the study the piece is about), and flagging it would be a false alarm.
 */
export function findUnsourcedFigures(block: BlockView, lex: CompiledLexicon): Candidate[] {
  if (block.kind === 'table-cell' || block.kind === 'caption' || block.kind === 'quote') return [];
  if (block.sourceLinks.length > 0) return [];
  if (block.sentences.some((sentence) => !sentence.provenance && sentence.attributed())) return [];
  // "a 2012 study of 326 children", "One of your bigger findings is around wealth. 50% of kids don't earn…": the paragraph names what its figures come from.
  if (block.sentences.some((sentence) => [...sentence.words].some((word) => lex.documentWords.has(word)))) return [];
  return block.sentences.filter((sentence) => figureCandidate(sentence, lex)).map((sentence) => ({ code: 'unsourced-figure', start: sentence.start, end: sentence.end }));
}
