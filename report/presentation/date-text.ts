import type { Translate } from '../../i18n/translator';
import type { DateField, Report } from '../schema';
import { inOffsetOf } from './same-zone';

/** A report date as a reader sees it: the value, and a note when it cannot be placed in time. */
export interface DateText {
  value: string;
  /** « (no time zone stated) » for a time the page gave without its zone; null otherwise. */
  note: string | null;
}

const HAS_TIME = /\d{2}:\d{2}/;

/**
 * The date of `field`, written by `format` (the popup spells it out; the exports keep
 * the report's ISO value), or null when the page stated none. The time-zone note goes
 * only with a time: a calendar date has no hour to misplace.
 */
export function dateText(field: Pick<DateField, 'value' | 'timeZoneStated'>, t: Translate, format: (value: string) => string = (value) => value): DateText | null {
  if (field.value === null) return null;
  return { value: format(field.value), note: field.timeZoneStated || !HAS_TIME.test(field.value) ? null : t('date_no_time_zone') };
}

/** The same, as one line of text, « Not stated » without a date. */
export function dateLine(field: Pick<DateField, 'value' | 'timeZoneStated'>, t: Translate, format?: (value: string) => string): string {
  const text = dateText(field, t, format);
  if (text === null) return t('value_not_stated');
  return text.note === null ? text.value : `${text.value} ${text.note}`;
}

/**
 * The page's publication and modification dates in one time zone, the publication's:
 * one instant never reads as an edit before publication (12:42 UTC+01:00 and 11:42 UTC).
 */
export function datesInOneZone(report: Pick<Report, 'published' | 'modified'>): { published: DateField; modified: DateField } {
  const { published, modified } = report;
  return { published, modified: modified.value === null ? modified : { ...modified, value: inOffsetOf(modified.value, published.value) } };
}
