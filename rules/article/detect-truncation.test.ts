import { describe, expect, test } from 'vitest';
import type { BodyBlock } from '../../snapshot/article-snapshot';
import { makeSnapshot } from '../../tests/helpers/make-snapshot';
import { comparablePhrase, firstTextWithPhrase } from './comparable-words';
import { detectTruncation, EXCERPT_MAX_WORDS } from './detect-truncation';

const paragraph = (text: string): BodyBlock => ({ kind: 'paragraph', text, links: [] });
const closed = [{ '@type': 'NewsArticle', isAccessibleForFree: 'False' }];

describe('truncation', () => {
  test.each([
    ['FR share left to read', [paragraph('La réforme a été votée.'), paragraph('Il vous reste 57 % de cet article à lire. La suite est réservée aux abonnés.')], [], 100, 'visible-text'],
    ['FR reserved for subscribers', [paragraph('Le conseil a voté.'), paragraph('Cet article est réservé aux abonnés.')], [], 100, 'visible-text'],
    ['EN subscribe to continue', [paragraph('The council voted.'), paragraph('Subscribe to continue reading.')], [], 100, 'visible-text'],
    ['EN subscribers only', [paragraph('The council voted.'), paragraph('This article is for subscribers only.')], [], 100, 'visible-text'],
    ['not free, short excerpt', [paragraph('The council voted.')], closed, 180, 'json-ld'],
    ['FR not free (boolean), short excerpt', [paragraph('Le conseil a voté.')], [{ '@type': 'NewsArticle', isAccessibleForFree: false }], 120, 'json-ld'],
  ] as const)('truncated: %s', (_case, blocks, jsonLd, wordCount, origin) => {
    const decision = detectTruncation(makeSnapshot({ blocks: [...blocks], jsonLd: [...jsonLd] }), wordCount);
    expect(decision.truncated).toBe(true);
    expect(decision.evidence.map((item) => item.origin)).toContain(origin);
  });

  test.each([
    ['EN not free, but the whole text is readable (a subscriber)', [paragraph('The council voted.')], closed, EXCERPT_MAX_WORDS + 500],
    ['EN a story about subscriptions', [paragraph('Readers who subscribe to newspapers read more, the study found.')], [], 100],
    ['FR an article about subscribers', [paragraph('Les abonnés de la salle de sport ont reçu un courriel.')], [], 100],
    ['a free page', [paragraph('The council voted.')], [{ '@type': 'NewsArticle', isAccessibleForFree: true }], 100],
  ] as const)('not truncated: %s', (_case, blocks, jsonLd, wordCount) => {
    const decision = detectTruncation(makeSnapshot({ blocks: [...blocks], jsonLd: [...jsonLd] }), wordCount);
    expect(decision).toEqual({ truncated: false, evidence: [] });
  });
});

describe('firstTextWithPhrase', () => {
  const phrases = ['subscribe to continue reading', 'il vous reste'].map(comparablePhrase);
  test.each([
    { texts: ['The council voted.', 'Subscribe to continue reading.'], expected: 1 },
    { texts: ['SUBSCRIBE — to continue   reading', 'Subscribe to continue reading.'], expected: 0 },
    { texts: ['Le conseil a voté.', 'Il vous reste 57 % de cet article à lire.'], expected: 1 },
    { texts: ['Ïl vöus réste', 'x'], expected: 0 },
    // Across two texts, or inside longer words, is no notice.
    { texts: ['Please subscribe to', 'continue reading'], expected: -1 },
    { texts: ['resubscribe to continue readings'], expected: -1 },
    { texts: [], expected: -1 },
  ])('$expected in $texts', ({ texts, expected }) => {
    expect(firstTextWithPhrase(texts, phrases)).toBe(expected);
  });
});
