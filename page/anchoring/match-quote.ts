/**
 * Finds a W3C text quote in plain text. Pure: no DOM.
 *
 * The quotes were computed on Readability's clone (blocks joined by "\n\n",
 * whitespace collapsed), while the text we search is the live page's, with other
 * whitespace and extra text (captions, share buttons) between blocks. So both sides
 * are folded the same way before an exact search: whitespace and invisible
 * characters are dropped entirely (a block boundary may be "\n\n" on one side and
 * nothing on the other) and typographic variants become their ASCII form. Case is
 * kept: it never differs between the clone and the page. Among repeated
 * occurrences, prefix and suffix choose. A passage over several blocks may also
 * match with foreign text between its blocks. No edit-distance search: the page is
 * the one the clone was made from, so the text is there or the page has changed.
 */
import type { TextQuote } from '../../report/schema';

export interface QuoteMatch {
  /** Offsets in the searched text: `text.slice(start, end)` is the passage. */
  start: number;
  end: number;
  /** 0..1; 1 when the quote, its prefix and its suffix all match. */
  score: number;
}

/** Text folded for matching, with the offset in the original of each folded character. */
export interface FoldedText {
  text: string;
  /** `origins[i]` is the index in the original text of folded character `i`. */
  origins: Uint32Array;
}

// Weights as in hypothesis/client's match-quote: the quote counts most, the
// context breaks ties between repeated occurrences.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;

/** A block boundary in a quote: the clone joins blocks with "\n\n". */
const BLOCK_BREAK = /\n\s*\n/;
/** How much foreign text (folded characters) may sit between two blocks of one passage. */
const MAX_BLOCK_GAP = 400;
const SPLIT_PENALTY = 0.9;

/** What a character folds to: '' to drop it, a string to replace it, undefined to keep it. */
function foldChar(code: number): string | undefined {
  switch (code) {
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201a: // ‚
    case 0x201b: // ‛
    case 0x2032: // ′
    case 0x2039: // ‹
    case 0x203a: // ›
    case 0x02bc: // ʼ
    case 0x0060: // `
    case 0x00b4: // ´
      return "'";
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
    case 0x201f: // ‟
    case 0x2033: // ″
    case 0x00ab: // «
    case 0x00bb: // »
      return '"';
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // –
    case 0x2014: // —
    case 0x2015: // ―
    case 0x2212: // minus
      return '-';
    case 0x2026: // …
      return '...';
    case 0x00ad: // soft hyphen
    case 0x200b: // zero-width space
    case 0x200c: // zero-width non-joiner
    case 0x200d: // zero-width joiner
    case 0x2060: // word joiner
    case 0xfeff: // BOM / zero-width no-break space
      return '';
    default:
      // Every Unicode space (ASCII, no-break, thin, narrow no-break, ideographic…).
      return isSpace(code) ? '' : undefined;
  }
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Folds text for matching (see the module comment). Linear; run it once per text. */
export function foldText(text: string): FoldedText {
  const parts: string[] = [];
  // A typed array, grown only for the rare "…" (one character, three folded):
  // pushing to a plain array was most of the folding time on a long article.
  let origins = new Uint32Array(text.length + 8);
  let length = 0;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Printable ASCII other than the backtick is kept as is: the common case, kept fast.
    const folded = code > 0x20 && code < 0x7f && code !== 0x60 ? undefined : foldChar(code);
    if (folded === undefined) {
      origins[length++] = i;
      continue;
    }
    if (runStart < i) parts.push(text.slice(runStart, i));
    parts.push(folded);
    if (length + folded.length > origins.length) {
      const grown = new Uint32Array(origins.length * 2);
      grown.set(origins);
      origins = grown;
    }
    for (let k = 0; k < folded.length; k++) origins[length++] = i;
    runStart = i + 1;
  }
  if (runStart < text.length) parts.push(text.slice(runStart));
  return { text: parts.join(''), origins: origins.subarray(0, length) };
}

/** How many characters `a` and `b` share at their ends. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Returns a matcher over `text` that folds it once, so a batch of quotes costs one
 * pass over the page text plus one `indexOf` scan per quote.
 */
export function createQuoteMatcher(text: string): (quote: TextQuote) => QuoteMatch | null {
  const haystack = foldText(text);
  return (quote) => matchFolded(haystack, quote);
}

/** Best match of `quote` in `text`, or null when its exact text does not occur. */
export function matchQuote(text: string, quote: TextQuote): QuoteMatch | null {
  return createQuoteMatcher(text)(quote);
}

/** 0..1: how well the text around `text.slice(start, end)` agrees with the quote's context. */
function scoreAt(text: string, start: number, end: number, prefix: string, suffix: string): number {
  // Missing context is neutral, as in hypothesis: it cannot tell occurrences apart.
  const prefixScore =
    prefix.length === 0
      ? 1
      : commonSuffixLength(text.slice(Math.max(0, start - prefix.length), start), prefix) / prefix.length;
  const suffixScore =
    suffix.length === 0 ? 1 : commonPrefixLength(text.slice(end, end + suffix.length), suffix) / suffix.length;
  return (QUOTE_WEIGHT + CONTEXT_WEIGHT * (prefixScore + suffixScore)) / (QUOTE_WEIGHT + 2 * CONTEXT_WEIGHT);
}

/** The occurrence of `exact` whose context agrees best; on a tie the earliest wins. */
function bestOccurrence(
  text: string,
  exact: string,
  prefix: string,
  suffix: string,
): { start: number; end: number; score: number } | null {
  let best: { start: number; end: number; score: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    const score = scoreAt(text, at, end, prefix, suffix);
    if (best === null || score > best.score) best = { start: at, end, score };
    if (score === 1) break;
  }
  return best;
}

/**
 * A passage over several blocks whose blocks the page keeps apart with extra text
 * (a share bar, an ad, a caption): each block is found in order, close to the
 * previous one, and the match runs from the first to the last. Scored a little
 * lower than a contiguous match.
 */
function blocksInOrder(
  text: string,
  blocks: readonly string[],
  prefix: string,
  suffix: string,
): { start: number; end: number; score: number } | null {
  const [first, ...rest] = blocks;
  if (first === undefined || rest.length === 0) return null;
  let best: { start: number; end: number; score: number } | null = null;
  for (let at = text.indexOf(first); at !== -1; at = text.indexOf(first, at + 1)) {
    let end = at + first.length;
    for (const block of rest) {
      const next = text.indexOf(block, end);
      if (next === -1 || next - end > MAX_BLOCK_GAP) {
        end = -1;
        break;
      }
      end = next + block.length;
    }
    if (end === -1) continue;
    const score = scoreAt(text, at, end, prefix, suffix) * SPLIT_PENALTY;
    if (best === null || score > best.score) best = { start: at, end, score };
  }
  return best;
}

function matchFolded(haystack: FoldedText, quote: TextQuote): QuoteMatch | null {
  const exact = foldText(quote.exact).text;
  if (exact.length === 0) return null;
  const prefix = foldText(quote.prefix).text;
  const suffix = foldText(quote.suffix).text;

  const best =
    bestOccurrence(haystack.text, exact, prefix, suffix) ??
    blocksInOrder(
      haystack.text,
      quote.exact
        .split(BLOCK_BREAK)
        .map((block) => foldText(block).text)
        .filter((block) => block.length > 0),
      prefix,
      suffix,
    );
  if (best === null) return null;

  const start = haystack.origins[best.start];
  const last = haystack.origins[best.end - 1];
  if (start === undefined || last === undefined) return null;
  return { start, end: last + 1, score: best.score };
}
