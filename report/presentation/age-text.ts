import type { Translate } from '../../i18n/translator';

/** A whole number of the largest unit that fits, for "3 years ago" rather than "1187 days ago". */
export function ageInUnits(ageDays: number): { value: number; unit: 'day' | 'week' | 'month' | 'year' } {
  if (ageDays < 7) return { value: ageDays, unit: 'day' };
  if (ageDays < 30) return { value: Math.floor(ageDays / 7), unit: 'week' };
  if (ageDays < 365) return { value: Math.max(1, Math.floor(ageDays / 30.44)), unit: 'month' };
  return { value: Math.floor(ageDays / 365.25), unit: 'year' };
}

/** "3 years ago", « il y a 3 ans », "yesterday", in the language `locale` names; null without a date. */
export function ageText(ageDays: number | null, locale: string): string | null {
  if (ageDays === null || ageDays < 0) return null;
  const { value, unit } = ageInUnits(ageDays);
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-value, unit);
}

/** How old the article was when analysed, « il y a 3 ans au moment de l’analyse », or null under a day. */
export function ageAtAnalysis(ageDays: number | null, t: Translate): string | null {
  if (ageDays === null || ageDays < 1) return null;
  return t('summary_age', ageText(ageDays, t('summary_language_tag')) ?? '');
}
