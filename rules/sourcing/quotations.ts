/** Closing quotation marks and the opening mark each one pairs with. */
const OPENING_FOR: Readonly<Record<string, string>> = { '»': '«', '”': '“', '"': '"', '’': '‘' };
/** Marks that only ever open or close: straight quotes do both, and ’ is also an apostrophe. */
const OPENING = new Set(['«', '“', '„']);
const CLOSING = new Set(['»', '”']);
/** How far back a quotation may have opened: a long quote, not the previous paragraph. */
const MAX_QUOTE_LENGTH = 1000;

/**
 * Where the quotation a sentence closes began: « On ne nous a rien demandé. On a
 * appris… », confie une habitante — the sentence splitter cuts inside the quote, but
 * the passage is the whole quotation. Returns `start` when the sentence closes no
 * quotation it did not open. Straight quotes are ambiguous and ignored.
 */
export function quotationStart(text: string, start: number, end: number): number {
  let unopened = 0;
  for (let i = start; i < end; i++) {
    const char = text.charAt(i);
    if (OPENING.has(char)) unopened--;
    else if (CLOSING.has(char)) unopened++;
    // A quote closed before any other opens is one that began before the sentence.
    if (unopened > 0) break;
  }
  if (unopened <= 0) return start;
  let depth = 0;
  for (let i = start - 1; i >= Math.max(0, start - MAX_QUOTE_LENGTH); i--) {
    const char = text.charAt(i);
    if (CLOSING.has(char)) depth++;
    else if (OPENING.has(char)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return start;
}

/** The closing mark each opening mark expects; „ closes with either curly mark. */
const CLOSING_FOR: Readonly<Record<string, string>> = { '«': '»', '“': '”', '„': '“”', '"': '"' };

/**
 * Where the quotation a text opens with closes (the index of its closing mark), the
 * text's length when it runs on past it, or -1 when the text does not open with one.
 */
export function openingQuotationEnd(text: string): number {
  const start = text.search(/\S/u);
  const closing = CLOSING_FOR[text.charAt(start)];
  if (closing === undefined) return -1;
  for (let i = start + 1; i < text.length; i++) {
    if (closing.includes(text.charAt(i))) return i;
  }
  return text.length;
}

/** Where the quotation that ends just before `position` opens, or -1 when none does. */
export function quotationEndingBefore(text: string, position: number): number {
  const before = text.slice(0, position).replace(/[\s\u00a0\u202f,–—-]+$/u, '');
  const closing = before.charAt(before.length - 1);
  const opening = OPENING_FOR[closing];
  if (opening === undefined) return -1;
  return before.lastIndexOf(opening, before.length - 2);
}
