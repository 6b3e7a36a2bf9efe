import { describe, expect, test } from 'vitest';
import { selectFindings, type PlacedCandidate } from './select-findings';

const blocks = ['First sentence. Second sentence. Third one.', 'Another block.'];

describe('selectFindings', () => {
  test.each<{ name: string; candidates: PlacedCandidate[]; expected: PlacedCandidate[] }>([
    {
      name: 'the more specific code wins on the same span',
      candidates: [
        { blockIndex: 0, start: 0, end: 15, code: 'unsourced-figure' },
        { blockIndex: 0, start: 0, end: 15, code: 'vague-attribution' },
      ],
      expected: [{ blockIndex: 0, start: 0, end: 15, code: 'vague-attribution' }],
    },
    {
      name: 'a placeholder span beats an overlapping sentence finding',
      candidates: [
        { blockIndex: 0, start: 16, end: 32, code: 'unsourced-figure' },
        { blockIndex: 0, start: 10, end: 20, code: 'placeholder-attribution' },
      ],
      expected: [{ blockIndex: 0, start: 10, end: 20, code: 'placeholder-attribution' }],
    },
    {
      name: 'consecutive sentences with one code become one passage',
      candidates: [
        { blockIndex: 0, start: 0, end: 15, code: 'unnamed-official-statement' },
        { blockIndex: 0, start: 16, end: 32, code: 'unnamed-official-statement' },
      ],
      expected: [{ blockIndex: 0, start: 0, end: 32, code: 'unnamed-official-statement' }],
    },
    {
      name: 'the same code in two blocks stays two findings',
      candidates: [
        { blockIndex: 1, start: 0, end: 14, code: 'vague-attribution' },
        { blockIndex: 0, start: 33, end: 43, code: 'vague-attribution' },
      ],
      expected: [
        { blockIndex: 0, start: 33, end: 43, code: 'vague-attribution' },
        { blockIndex: 1, start: 0, end: 14, code: 'vague-attribution' },
      ],
    },
    {
      name: 'different codes side by side are kept apart',
      candidates: [
        { blockIndex: 0, start: 0, end: 15, code: 'unsourced-figure' },
        { blockIndex: 0, start: 16, end: 32, code: 'vague-attribution' },
      ],
      expected: [
        { blockIndex: 0, start: 0, end: 15, code: 'unsourced-figure' },
        { blockIndex: 0, start: 16, end: 32, code: 'vague-attribution' },
      ],
    },
  ])('$name', ({ candidates, expected }) => {
    expect(selectFindings(candidates, blocks)).toEqual(expected);
  });
});
