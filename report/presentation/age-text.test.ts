import { describe, expect, test } from 'vitest';
import { localeTranslator } from '../../tests/helpers/locale-messages';
import { ageAtAnalysis, ageText } from './age-text';

describe('an age in human units', () => {
  test.each([
    [0, 'en', 'today'],
    [1, 'en', 'yesterday'],
    [1, 'fr', 'hier'],
    [6, 'en', '6 days ago'],
    [13, 'en', 'last week'],
    [45, 'fr', 'le mois dernier'],
    [300, 'en', '9 months ago'],
    [1187, 'en', '3 years ago'],
    [4231, 'fr', 'il y a 11 ans'],
    [-2, 'en', null],
    [null, 'en', null],
  ] as const)('%s days in %s: %s', (days, locale, expected) => {
    expect(ageText(days, locale)).toBe(expected);
  });

  test.each([
    [1187, 'en', '3 years ago at the time of analysis'],
    [1187, 'fr', 'il y a 3 ans au moment de l’analyse'],
    [0, 'en', null],
    [null, 'fr', null],
  ] as const)('%s days at the time of analysis, in %s: %s', (days, locale, expected) => {
    expect(ageAtAnalysis(days, localeTranslator(locale))).toBe(expected);
  });
});
