import { describe, expect, test } from 'vitest';
import { limitMarks } from './mark-limit';
import type { MarkRequest } from './protocol';

const request = (warningIndex: number, severity: MarkRequest['severity']): MarkRequest => ({
  warningIndex,
  severity,
  anchor: { exact: `passage ${warningIndex}`, prefix: '', suffix: '' },
  label: 'label',
  message: 'message',
});

describe('limitMarks', () => {
  test.each<[string, Array<MarkRequest['severity']>, number, number[], number[]]>([
    ['under the limit, everything in order', ['low', 'high', 'info'], 5, [0, 1, 2], []],
    ['at the limit, everything', ['low', 'high'], 2, [0, 1], []],
    ['over it, the most severe, kept in page order', ['low', 'high', 'info', 'medium', 'high'], 3, [1, 3, 4], [0, 2]],
    ['among equals, the earliest', ['low', 'low', 'low', 'low'], 2, [0, 1], [2, 3]],
  ])('%s', (_what, severities, limit, kept, left) => {
    const result = limitMarks(severities.map((severity, i) => request(i, severity)), limit);
    expect(result.kept.map((r) => r.warningIndex)).toEqual(kept);
    expect(result.left).toEqual(left);
  });
});
