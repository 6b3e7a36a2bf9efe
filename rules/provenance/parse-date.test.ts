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
    // JavaScript's Date#toString, which some pages print into their metadata.
    ['Wed Mar 04 2026 09:30:00 GMT+0100 (heure normale d’Europe centrale)', '2026-03-04T09:30:00+01:00', true],
    ['Wed Mar 04 2026 14:05:00 GMT-0500 (Eastern Standard Time)', '2026-03-04T14:05:00-05:00', true],
    // A CMS that drops the seconds' leading zero still states UTC.
    ['2025-07-10T06:10:5Z', '2025-07-10T06:10:05Z', true],
    ['mardi 3 février 2026 - 9:40', '2026-02-03T09:40:00', false],
    // C's asctime, and the Unix date command with its zone before the year.
    ['Tue May 24 05:55:00 2016', '2016-05-24T05:55:00', false],
    ['Tue May 24 05:55:00 UTC 2016', '2016-05-24T05:55:00Z', true],
    ['Tue Mar 3 09:40:00 EST 2026', '2026-03-03T09:40:00-05:00', true],
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
    // Month names beyond French and English, inflected as they are after a day.
    ['Opublikowano: 3 października 2025, 14:10', false, '2025-10-03T14:10:00', false],
    ['Publikováno 12. července 2025', false, '2025-07-12', false],
    ['Julkaistu 5. maaliskuuta 2025', false, '2025-03-05', false],
    ['Yayınlanma: 9 Kasım 2025', false, '2025-11-09', false],
    ['Опубликовано 21 апреля 2025 г., 08:30', false, '2025-04-21T08:30:00', false],
    ['Оновлено 2 березня 2025', false, '2025-03-02', false],
    ['Publicat pe 14 septembrie 2025', false, '2025-09-14', false],
    ['Diterbitkan 8 Agustus 2025', false, '2025-08-08', false],
    ['نشر في 15 مارس 2025', false, '2025-03-15', false],
    ['Publikuar më 13 gusht 2025, 09:08', false, '2025-08-13T09:08:00', false],
    ['Δημοσιεύθηκε 19 Αυγούστου 2025', false, '2025-08-19', false],
    ['Публикувано на 10 ноември 2025', false, '2025-11-10', false],
    ['प्रकाशित 15 अप्रैल 2025', false, '2025-04-15', false],
    ['Megjelent: 2025. 06. 04. 11:27', false, '2025-06-04T11:27:00', false],
    ['Frissítve: 2025. június 4.', false, '2025-06-04', false],
    ['الاحد 12 / 04 / 2025 21:29', false, '2025-04-12T21:29:00', false],
    // Arabic evening and morning marks; a Levantine page gives both month names.
    ['الخميس، 06 نوفمبر 2025 - 07:45 م', false, '2025-11-06T19:45:00', false],
    ['السبت 11 تموز / يوليو 2025 10:05 ص', false, '2025-07-11T10:05:00', false],
    // Digits of other scripts, and the Solar Hijri calendar (Persian, Dari) as the Gregorian day.
    ['نشر في ٤ مارس ٢٠٢٦', false, '2026-03-04', false],
    ['प्रकाशित ४ मार्च २०२६', false, '2026-03-04', false],
    ['2026年３月４日 ８:３０', false, '2026-03-04T08:30:00', false],
    ['প্রকাশ: ১৬ ফেব্রুয়ারি ২০২০, ১৬:২০', false, '2020-02-16T16:20:00', false],
    ['دوشنبه ۲ تیر ۱۳۹۹', false, '2020-06-22', false],
    ['2 تير 1399 - 12:09:08 ب.ظ', false, '2020-06-22T12:09:08', false],
    ['۳۰ اسفند ۱۴۰۳', false, '2025-03-20', false],
    ['۱ فروردین ۱۴۰۴', false, '2025-03-21', false],
    ['۱۵ اسد ۱۴۰۲', false, '2023-08-06', false],
    // A word that is no month must not hide the date after it.
    ['Page 14 of 2026 · 3 March 2026', false, '2026-03-03', false],
    ['Numéro 12 sur 2026, paru le 5 mars 2026', false, '2026-03-05', false],
    // A date that opens a span is an event's: the next date on the line is taken.
    ['Festival (2026/7/11-12) — 2026/07/14', false, '2026-07-14', false],
    ['Salon du 11-12 mars 2026, article du 2 mars 2026', false, '2026-03-02', false],
    ['14/11/2026 - 08:45', false, '2026-11-14T08:45:00', false],
    ['10:30 - 12 mars 2026', false, '2026-03-12T10:30:00', false],
    ['Publié le 4 mars 2026 - 12 commentaires', false, '2026-03-04', false],
    ['Posted March 4, 2026 – 3 comments', false, '2026-03-04', false],
    // A clock before the date, maybe with its zone and a weekday between.
    ['Mis à jour à 18h05, le 4 mars 2026', false, '2026-03-04T18:05:00', false],
    ['Updated 7:12 am PST, Wednesday, March 4, 2026', false, '2026-03-04T07:12:00-08:00', true],
    ['22:38, 4 MAR 2026', false, '2026-03-04T22:38:00', false],
    ['GMT 17:27 04.03.2026 (mis à jour GMT 17:49 04.03.2026)', false, '2026-03-04T17:27:00Z', true],
    // The time of the next field is not this date's.
    ['Published: 10:55 EST, 4 March 2026 | Updated: 11:17 EST, 4 March 2026', false, '2026-03-04T10:55:00-05:00', true],
    ['Publié le 4 mars 2026 | Modifié 11:17', false, '2026-03-04', false],
    ['4 mars 2026 | 16:05', false, '2026-03-04T16:05:00', false],
  ])('%s (month first: %s) → %s', (text, monthFirst, value, stated) => {
    expect(parseTextDate(text, monthFirst)).toMatchObject({ value, timeZoneStated: stated });
  });

  test.each([
    ['Il y a 3 heures'], ['Page 14 of 2026 results'], ['31 février 2026'], ['Weekend 2026/7/11-12'], ['Budget 2026 Mars 12'],
    // Mehr has 30 days; a Gregorian year with a Solar Hijri month is no date; 30 Esfand only in a leap year.
    ['31 مهر 1399'], ['12 اسد 2023'], ['30 اسفند 1402'],
  ])('%j → null', (text) => {
    expect(parseTextDate(text)).toBeNull();
  });
});
