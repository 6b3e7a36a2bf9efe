/**
 * The Solar Hijri calendar (Iran, Afghanistan), read through Intl's Persian calendar:
 * the engine's own tables, so leap years follow the calendar's real rule.
 */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
/** Years a page of this century writes (1300 is 1921, 1499 is 2121). */
const FIRST_YEAR = 1300;
const LAST_YEAR = 1499;
/** The year opens on 20 or 21 March of the Gregorian year 621 later. */
const YEAR_OFFSET = 621;

let persianFormat: Intl.DateTimeFormat | null = null;

function persianDayOf(instant: number): CalendarDay {
  persianFormat ??= new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  const parts = persianFormat.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((entry) => entry.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** The Gregorian day of a Solar Hijri date, or null when it is no day of a year in range. */
export function solarHijriToGregorian(year: number, month: number, day: number): CalendarDay | null {
  // Months 1–6 have 31 days, 7–11 have 30, the last 29 or 30.
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) return null;
  const daysBefore = month <= 7 ? (month - 1) * 31 : 6 * 31 + (month - 7) * 30;
  const estimate = Date.UTC(year + YEAR_OFFSET, 2, 21) + (daysBefore + day - 1) * DAY_MS;
  // The estimate is off by at most the day the year opened on.
  for (const shift of [0, -1, 1, -2, 2]) {
    const instant = estimate + shift * DAY_MS;
    const persian = persianDayOf(instant);
    if (persian.year === year && persian.month === month && persian.day === day) {
      const gregorian = new Date(instant);
      return { year: gregorian.getUTCFullYear(), month: gregorian.getUTCMonth() + 1, day: gregorian.getUTCDate() };
    }
  }
  return null;
}
