import type { BlockView, Candidate } from './block-view';
import { NUMBER_SOURCE, type CompiledLexicon } from './compiled-lexicon';
import { mayMatch } from './triggers';
import { wordBefore } from './word-before';

/** Below this, a bare number is a count in passing ("trois ministres", "27 pays"), not a statistic. */
const MIN_BARE_FIGURE = 100;
const BARE_NUMBER = new RegExp(NUMBER_SOURCE, 'gu');
/** A number touching a letter, a colon, a slash, a hyphen or a bracket is a model, a time, a date, a range or a note ("A320", "06:10", "2020-2024", "[12]"). */
const GLUED = /[\p{L}\d:/\-–.,[\]#^§]/u;
/** Fragments ("16.6%", "28,604 kms") are table cells or labels, not claims. */
const MIN_SENTENCE_WORDS = 5;
const WORDS = /[\p{L}\p{N}]+/gu;
/** A sentence that opens a quotation is someone's words: its figures are theirs, and quotes have their own rule. */
const OPENS_QUOTATION = /^[\s\u00a0]*[“«"„‘]/u;

function isBareFigure(sentence: string, index: number, raw: string, lex: CompiledLexicon): boolean {
  if (GLUED.test(sentence.charAt(index - 1)) || GLUED.test(sentence.charAt(index + raw.length).replace(/[.,]$/, ''))) return false;
  const value = Number(raw.replace(/[\s\u00a0\u202f]/g, '').replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
  if (!Number.isFinite(value) || value < MIN_BARE_FIGURE) return false;
  if (/^\d{4}$/.test(raw) && value >= 1000 && value <= 2100) return false;
  if (lex.numberLabels.has(wordBefore(sentence, index))) return false;
  // "8777 Frederick Road", "6000 Kecskemét": a number before a name is an address or a postcode.
  if (/^[\s\u00a0]+\p{Lu}/u.test(sentence.slice(index + raw.length))) return false;
  return !lex.nonFigureUnitAfter.test(sentence.slice(index + raw.length));
}

export function statesFigure(sentence: string, words: ReadonlySet<string>, lex: CompiledLexicon): boolean {
  if (!/\d/.test(sentence) && !mayMatch(lex.strongFigure, words)) return false;
  if ((sentence.match(WORDS)?.length ?? 0) < MIN_SENTENCE_WORDS) return false;
  for (const match of sentence.matchAll(lex.strongFigure.re)) {
    // "for billions of years", "3 millions d'années": a span of time, not a statistic.
    if (!lex.nonFigureUnitAfter.test(sentence.slice(match.index + match[0].length).replace(/^[\s\u00a0]*(?:d['’]|de|of)/iu, ''))) return true;
  }
  for (const match of sentence.matchAll(BARE_NUMBER)) {
    if (isBareFigure(sentence, match.index, match[0], lex)) return true;
  }
  return false;
}

/**
 * A statistic ("12 000 emplois", "40 %", "des millions de travailleurs") with no
 * source in its sentence or its paragraph: no link, no named body or person. Dates,
 * years, times, ages and ordinals are not figures; tables and captions are skipped
 * because their source usually sits beside them, and quotations because they are
 * their speaker's.
 */
export function findUnsourcedFigures(block: BlockView, lex: CompiledLexicon): Candidate[] {
  if (block.kind === 'table-cell' || block.kind === 'caption') return [];
  if (block.sourceLinks.length > 0) return [];
  const writerCounted = (words: ReadonlySet<string>): boolean => [...lex.firstPerson].some((word) => words.has(word));
  const figures = block.sentences.filter(
    (s) => !s.provenance && !s.linked && !writerCounted(s.words) && !OPENS_QUOTATION.test(s.text) && statesFigure(s.text, s.words, lex),
  );
  if (figures.length === 0 || block.sentences.some((s) => !s.provenance && s.attributed())) return [];
  return figures
    .map((s) => ({ code: 'unsourced-figure', start: s.start, end: s.end }));
}
