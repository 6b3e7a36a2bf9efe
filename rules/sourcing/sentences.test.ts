import { describe, expect, test } from 'vitest';
import { splitSentences } from './sentences';

const abbreviations = new Set(['m', 'mme', 'dr', 'mr', 'u.s', 'etc']);

describe('splitSentences', () => {
  test.each([
    { text: 'Une phrase. Une autre phrase.', expected: ['Une phrase.', 'Une autre phrase.'] },
    { text: 'M. Dupont est arrivé. Il a parlé.', expected: ['M. Dupont est arrivé.', 'Il a parlé.'] },
    { text: 'Mr. Smith said so. U.S. officials agreed.', expected: ['Mr. Smith said so.', 'U.S. officials agreed.'] },
    { text: '« Les promesses sont vaines. » [Source officielle]', expected: ['« Les promesses sont vaines. » [Source officielle]'] },
    { text: '“Prices will rise.” The minister left.', expected: ['“Prices will rise.”', 'The minister left.'] },
    { text: 'Growth was 3.5 per cent. Inflation fell!', expected: ['Growth was 3.5 per cent.', 'Inflation fell!'] },
    { text: 'Il est parti. « Je reviendrai », a-t-il dit.', expected: ['Il est parti.', '« Je reviendrai », a-t-il dit.'] },
    { text: 'It earned nominations.[239] Critics noted a change.[240][241] Sales grew.', expected: ['It earned nominations.[239]', 'Critics noted a change.[240][241]', 'Sales grew.'] },
    { text: 'no end punctuation', expected: ['no end punctuation'] },
    { text: 'Ends with etc. and goes on.', expected: ['Ends with etc. and goes on.'] },
  ])('$text', ({ text, expected }) => {
    expect(splitSentences(text, abbreviations).map((span) => text.slice(span.start, span.end))).toEqual(expected);
  });
});
