/**
 * Formats a report date for a reader exactly as the page stated it: the calendar
 * date in the reader's language, the time as written, and the offset only when the
 * page gave one. No conversion to the reader's zone, which would invent precision
 * for pages that stated no zone.
 */
export function formatReportDate(value: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (!match) return value;
  const [, year, month, day, hour, minute, offset] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  let text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  if (hour !== undefined && minute !== undefined) text += `, ${hour}:${minute}`;
  if (offset !== undefined) text += offset === 'Z' ? ' UTC' : ` UTC${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`;
  return text;
}

