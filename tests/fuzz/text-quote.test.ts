import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { textQuoteAt } from '../../rules/anchors/text-quote';
import { fuzzParameters, propertyTimeoutMs } from './fuzz-config';
import { weirdText } from './html-arbitraries';

/** Any text and any non-empty span of it. */
const span = fc
  .oneof(weirdText, fc.string({ unit: 'grapheme', maxLength: 200 }))
  .filter((text) => text.length > 0)
  .chain((text) => fc.tuple(fc.constant(text), fc.nat({ max: text.length - 1 })).chain(([t, start]) => fc.tuple(fc.constant(t), fc.constant(start), fc.integer({ min: start + 1, max: t.length }))));

describe('textQuoteAt', () => {
  test.each([[0], [1], [32], [1000]])('with %i characters of context, prefix + exact + suffix is the text around the span', (context) => {
    fc.assert(
      fc.property(span, ([text, start, end]) => {
        const quote = textQuoteAt(text, start, end, context);
        expect(quote.exact).toBe(text.slice(start, end));
        expect(text.slice(start - quote.prefix.length, end + quote.suffix.length)).toBe(quote.prefix + quote.exact + quote.suffix);
        expect(quote.prefix.length).toBeLessThanOrEqual(context);
        expect(quote.suffix.length).toBeLessThanOrEqual(context);
      }),
      fuzzParameters(0.5),
    );
  }, propertyTimeoutMs(0.5));

  test.each([
    ['an empty span', 'abc', 1, 1],
    ['a reversed span', 'abc', 2, 1],
    ['a span past the end', 'abc', 1, 4],
    ['a negative start', 'abc', -1, 2],
  ])('refuses %s', (_what, text, start, end) => {
    expect(() => textQuoteAt(text, start, end)).toThrow(RangeError);
  });
});
