import { describe, expect, test } from 'vitest';
import { inOffsetOf } from './same-zone';

describe('inOffsetOf', () => {
  test.each([
    ['a UTC modification read in the publication’s zone', '2025-06-02T11:42:00Z', '2025-06-02T12:41:00+01:00', '2025-06-02T12:42+01:00'],
    ['a negative offset', '2026-11-15T02:00:00+00:00', '2026-11-14T20:00:00-05:00', '2026-11-14T21:00-05:00'],
    ['the same offset, as written', '2026-11-14T08:45:00+00:00', '2026-11-14T07:00:00Z', '2026-11-14T08:45:00+00:00'],
    ['no offset stated, as written', '2026-11-14T08:45:00', '2026-11-14T07:00:00+01:00', '2026-11-14T08:45:00'],
    ['a reference without an offset', '2026-11-14T08:45:00Z', '2026-11-14', '2026-11-14T08:45:00Z'],
    ['no reference', '2026-11-14T08:45:00Z', null, '2026-11-14T08:45:00Z'],
  ])('%s', (_case, value, reference, expected) => {
    expect(inOffsetOf(value, reference)).toBe(expected);
  });
});
