import { describe, expect, test } from 'vitest';
import { nextFlag } from './next-flag';

describe('nextFlag', () => {
  test.each([
    ['first from nowhere', [4, 1, 7], null, 1, 1],
    ['last from nowhere, backwards', [4, 1, 7], null, -1, 7],
    ['the following one', [1, 4, 7], 1, 1, 4],
    ['the preceding one', [1, 4, 7], 4, -1, 1],
    ['wraps after the last', [1, 4, 7], 7, 1, 1],
    ['wraps before the first', [1, 4, 7], 1, -1, 7],
    ['a flag that went away restarts', [1, 4], 9, 1, 1],
    ['no flag', [], null, 1, null],
  ] as const)('%s', (_case, flags, current, step, expected) => {
    expect(nextFlag(flags, current, step)).toBe(expected);
  });
});
