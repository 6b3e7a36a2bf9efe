import { describe, expect, test } from 'vitest';
import { textQuoteAt } from './text-quote';

const text = 'Des rapports indiquent que ces promesses sont séduisantes.\n\nLa suite du texte.';

describe('textQuoteAt', () => {
  test.each([
    { name: 'at the start', start: 0, end: 12, context: 32 },
    { name: 'in the middle', start: 13, end: 22, context: 5 },
    { name: 'across the block separator', start: 50, end: 65, context: 8 },
    { name: 'at the end', start: text.length - 6, end: text.length, context: 32 },
  ])('$name', ({ start, end, context }) => {
    const quote = textQuoteAt(text, start, end, context);
    expect(quote.exact).toBe(text.slice(start, end));
    expect(quote.prefix).toBe(text.slice(Math.max(0, start - context), start));
    expect(quote.suffix).toBe(text.slice(end, end + context));
    expect(quote.prefix.length).toBeLessThanOrEqual(context);
    expect(text.includes(quote.prefix + quote.exact + quote.suffix)).toBe(true);
  });

  test.each([
    { start: 5, end: 5 },
    { start: -1, end: 3 },
    { start: 3, end: text.length + 1 },
  ])('rejects the empty or out-of-range span $start..$end', ({ start, end }) => {
    expect(() => textQuoteAt(text, start, end)).toThrow(RangeError);
  });
});
