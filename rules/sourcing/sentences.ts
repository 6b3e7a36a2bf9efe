/** A sentence as offsets into its block's text. */
export interface Span {
  start: number;
  end: number;
}

/** End punctuation, with any closing quotes and footnote calls ("awards.[239] Critics noted"). */
const END = /[.!?…]+(?:[\s\u00a0\u202f]*[»”"’)])*(?:\[\d{1,4}\])*/g;
const GAP = /[\s\u00a0\u202f]+/y;
/** What may open a sentence: a capital, a digit, an opening quote or a dash. */
const OPENER = /[\p{Lu}\d«“"'‘(—–-]/u;

/**
 * Splits a block into sentences: at end punctuation (with any closing quotes)
 * followed by space and a sentence opener, but not after an abbreviation or an
 * initial ("M. Dupont", "U.S. officials"). A bracket after the punctuation does not
 * open a sentence, so "« … » [Source]" stays one passage; a numbered footnote call
 * closes the sentence before it.
 */
export function splitSentences(text: string, abbreviations: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(END)) {
    const endOfPunctuation = match.index + match[0].length;
    GAP.lastIndex = endOfPunctuation;
    const gap = GAP.exec(text);
    if (gap === null) continue;
    const next = text.charAt(endOfPunctuation + gap[0].length);
    if (!OPENER.test(next)) continue;
    if (match[0].startsWith('.') && isAbbreviation(text.slice(Math.max(start, match.index - 24), match.index), abbreviations)) continue;
    spans.push(trimmed(text, start, endOfPunctuation));
    start = endOfPunctuation + gap[0].length;
  }
  if (start < text.length) spans.push(trimmed(text, start, text.length));
  return spans.filter((span) => span.end > span.start);
}

function isAbbreviation(before: string, abbreviations: ReadonlySet<string>): boolean {
  const word = /([\p{L}.°]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (word === '') return false;
  return word.replace(/\./g, '').length === 1 || abbreviations.has(word);
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}
