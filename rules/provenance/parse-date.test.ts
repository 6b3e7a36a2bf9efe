import { describe, expect, test } from 'vitest';
import { parseMachineDate, parseTextDate } from './parse-date';

describe('parseMachineDate', () => {
  test.each([
    ['2025-07-10T06:10:00+00:00', '2025-07-10T06:10:00+00:00', true],
    ['2025-07-10T06:10:00Z', '2025-07-10T06:10:00Z', true],
    ['2025-07-10T06:10:00.123+0200', '2025-07-10T06:10:00+02:00', true],
    ['2025-07-10 06:10:00', '2025-07-10T06:10:00', false],
    ['2025-07-10', '2025-07-10', false],
    ['20250710T061000Z', '2025-07-10T06:10:00Z', true],
    ['Thu, 10 Jul 2025 06:10:00 GMT', '2025-07-10T06:10:00Z', true],
    ['Thu, 10 Jul 2025 08:10:00 +0200', '2025-07-10T08:10:00+02:00', true],
    ['1752127800', '2025-07-10T06:10:00Z', true],
  ])('%s → %s (zone stated: %s)', (raw, value, stated) => {
    expect(parseMachineDate(raw)).toMatchObject({ value, timeZoneStated: stated });
  });

  test.each([['not a date'], ['2025-13-45'], ['']])('%j → null', (raw) => {
    expect(parseMachineDate(raw)).toBeNull();
  });
});

describe('parseTextDate', () => {
  test.each([
    ['Publié le 14 novembre 2026 à 8 h 45', false, '2026-11-14T08:45:00', false],
    ['Date de publication : 2025-07-10 06:10:00', false, '2025-07-10T06:10:00', false],
    ['mis à jour le 1er mars 2026 à 17h02', false, '2026-03-01T17:02:00', false],
    ['Le 3 févr. 2026', false, '2026-02-03', false],
    ['Updated March 4, 2026', false, '2026-03-04', false],
    ['March 4, 2026, 9:30 a.m. EST', false, '2026-03-04T09:30:00-05:00', true],
    ['4 March 2026 14:05 GMT', false, '2026-03-04T14:05:00Z', true],
    ['Published 4th of March, 2026', false, '2026-03-04', false],
    ['14/11/2026', false, '2026-11-14', false],
    ['03/04/2026', false, '2026-04-03', false],
    ['03/04/2026', true, '2026-03-04', false],
    ['11/14/2026', false, '2026-11-14', false],
    ['4. März 2026', false, '2026-03-04', false],
    ['9 oktober 2020 11:12', false, '2020-10-09T11:12:00', false],
    ['2020年07月03日', false, '2020-07-03', false],
  ])('%s (month first: %s) → %s', (text, monthFirst, value, stated) => {
    expect(parseTextDate(text, monthFirst)).toMatchObject({ value, timeZoneStated: stated });
  });

  test.each([['Il y a 3 heures'], ['Page 14 of 2026 results'], ['31 février 2026']])('%j → null', (text) => {
    expect(parseTextDate(text)).toBeNull();
  });
});
