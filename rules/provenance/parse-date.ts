import { PACKS, wordsOfAllPacks } from '../../languages/registry';
import { wordsPattern } from '../../languages/words-pattern';
import { solarHijriToGregorian } from './solar-hijri';

/**
 * Date parsing for what pages write: ISO 8601 and its variants, RFC 2822, epoch
 * numbers, and prose in the languages of the packs ("14 novembre 2026 à 8 h 45",
 * "March 4, 2026, 9:30 a.m. EST"). The result keeps an offset only when the text
 * states one: a page that says "8 h 45" gives a local time, never an invented zone.
 */
export interface ParsedDate {
  /** `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS`, or with `Z`/`±HH:MM` when stated. */
  value: string;
  timeZoneStated: boolean;
  hasTime: boolean;
}

/**
 * Lower case without accents; Arabic hamza and madda marks go too, so "أكتوبر" reads as
 * "اكتوبر", and the Arabic yeh and kaf read as the Persian ones a page may type instead ("تير", "تیر").
 */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f\u0653-\u0655]/g, '').replace(/[\u064a\u0649]/g, '\u06cc').replace(/\u0643/g, '\u06a9').toLowerCase();
}

/** A decimal digit of another script than ASCII ("۱", "٤", "২"). */
const NATIVE_DIGIT = /[^\P{Nd}0-9]/u;
const NATIVE_DIGITS = /[^\P{Nd}0-9]/gu;

/** The value of a digit of any script: Unicode assigns each script's digits as one run from 0 to 9. */
function digitValue(digit: string): string {
  const code = digit.codePointAt(0) ?? 0;
  let zero = code;
  while (NATIVE_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return String((code - zero) % 10);
}

/** Digits of any script as ASCII: "۲ تیر ۱۳۹۹" reads as "2 تیر 1399". */
function asciiDigits(text: string): string {
  return NATIVE_DIGIT.test(text) ? text.replace(NATIVE_DIGITS, digitValue) : text;
}

/**
 * Month names, abbreviations and inflected forms of every language pack, accents
 * folded: a reader's page may be in any language, whatever the page declares.
 */
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  PACKS.flatMap((pack) => (pack.dates?.months ?? []).flatMap((names, index) => names.map((name) => [fold(name), index + 1] as const))),
);

/** Month names of the Solar Hijri calendar (Persian and Dari), accents folded. */
const SOLAR_HIJRI_MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  PACKS.flatMap((pack) => (pack.dates?.solarHijriMonths ?? []).flatMap((names, index) => names.map((name) => [fold(name), index + 1] as const))),
);

/** Offsets of the zone abbreviations that name a fixed offset ("ET" alone does not). */
const ZONES: Readonly<Record<string, string>> = Object.assign({}, ...PACKS.map((pack) => pack.dates?.timeZones ?? {}));
/** Zone abbreviations read after a clock: the packs' own, and any "…T" abbreviation (an unknown one states no offset). */
const ZONE_WORD = `utc|gmt|z|${Object.keys(ZONES).filter((zone) => !/^(?:utc|gmt|z|[a-z]{2,4}t)$/.test(zone)).join('|')}|[a-z]{2,4}t`;
/** Words between a date and its clock ("à", "at", "um"), and after a clock ("Uhr"). */
const CLOCK_OPENERS = wordsPattern(wordsOfAllPacks((pack) => pack.dates?.clockOpeners));
const CLOCK_CLOSERS = wordsPattern(wordsOfAllPacks((pack) => pack.dates?.clockClosers));

const pad = (value: number): string => String(value).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function normaliseOffset(offset: string): string {
  if (/^z$/i.test(offset)) return 'Z';
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset);
  if (match === null) return '';
  return `${match[1]}${match[2]}:${match[3] ?? '00'}`;
}

function build(
  year: number, month: number, day: number,
  time: { hour: number; minute: number; second: number } | null,
  offset: string,
): ParsedDate | null {
  if (!validDay(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (time === null || time.hour > 23 || time.minute > 59 || time.second > 59) {
    return { value: date, timeZoneStated: false, hasTime: false };
  }
  const clock = `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
  return { value: `${date}T${clock}${offset}`, timeZoneStated: offset !== '', hasTime: true };
}

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{1,2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?(?![\d])/i;

/** ISO 8601 and close variants ("2025-07-10 06:10:00", "20250710T061000Z"). */
export function parseIsoDate(input: string): ParsedDate | null {
  const text = input.trim();
  const match = ISO.exec(text);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, zone] = match;
  const time = hour !== undefined && minute !== undefined
    ? { hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) }
    : null;
  const offset = zone === undefined ? '' : /^(?:utc|gmt)$/i.test(zone) ? 'Z' : normaliseOffset(zone);
  return build(Number(year), Number(month), Number(day), time, time === null ? '' : offset);
}

/** An epoch timestamp in seconds or milliseconds: the instant is absolute, so UTC. */
function parseEpoch(text: string): ParsedDate | null {
  if (!/^\d{10}(?:\d{3})?$/.test(text)) return null;
  const date = new Date(text.length === 13 ? Number(text) : Number(text) * 1000);
  if (Number.isNaN(date.getTime())) return null;
  return parseIsoDate(date.toISOString().replace(/\.\d{3}Z$/, 'Z'));
}

/** A clock after a date: "à 8 h 45", "9:30 a.m. EST", "14:05 GMT+1", and the Arabic "ص" (morning) or "م" / "مساءً" (evening). */
const TIME = new RegExp(
  String.raw`(?:(?:${CLOCK_OPENERS}|,|-|–)\s*)?\b(\d{1,2})\s*(?:h|:|\.)\s*(\d{2})?(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|صباحا?ً?(?!\p{L})|مساءً?(?!\p{L})|[صم](?!\p{L}))?` +
    String.raw`(?:\s*${CLOCK_CLOSERS})?(?:\s*(?:\(?\s*(${ZONE_WORD})\s*([+-]\d{1,2}(?::?\d{2})?)?\)?))?`,
  'iu',
);

function readTime(rest: string): { time: { hour: number; minute: number; second: number } | null; offset: string } {
  const match = TIME.exec(rest);
  // The time must follow the date closely ("à", "um", "klo", "u", "|"), or it belongs
  // to something else: the next field of a "Published … | Updated 11:17" line.
  if (match === null || match.index > 12 || /\p{L}{5,}/u.test(rest.slice(0, match.index))) return { time: null, offset: '' };
  const [, hourText, minuteText, secondText, meridiem, zoneText, shift] = match;
  let hour = Number(hourText);
  const separatorIsH = /h/i.test(match[0]);
  if (minuteText === undefined && !separatorIsH && meridiem === undefined) return { time: null, offset: '' };
  if (meridiem !== undefined) {
    const pm = /^[pم]/i.test(meridiem);
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
  }
  const time = { hour, minute: Number(minuteText ?? 0), second: Number(secondText ?? 0) };
  let offset = '';
  if (zoneText !== undefined) {
    const base = ZONES[zoneText.toLowerCase()];
    if (base !== undefined && shift === undefined) offset = base === '+00:00' ? 'Z' : base;
    else if (/^(?:utc|gmt)$/i.test(zoneText) && shift !== undefined) {
      // "GMT+2", "UTC+05:30", and JavaScript's "GMT+0200".
      const parts = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(shift);
      if (parts !== null && Number(parts[2]) <= 14) offset = `${parts[1]}${pad(Number(parts[2]))}:${parts[3] ?? '00'}`;
    }
  }
  return { time, offset };
}

/**
 * A month written as a word in any script ("mars", "März", "марта", "أكتوبر"), optionally
 * abbreviated: letters and combining marks, since Devanagari writes vowels as marks ("अप्रैल").
 */
const MONTH_WORD = '([\\p{L}\\p{M}]{2,12})\\.?';
/**
 * "14 novembre 2026", "1er mars 2026", "4 March 2026", "4th of March, 2026", "4. März 2026",
 * "4 de marzo de 2026", and "24 نيسان / أبريل 2026" where a page gives the month under two names.
 */
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:er|st|nd|rd|th|\\.)?(?:\\s+of|\\s+de)?\\s+${MONTH_WORD}(?:\\s*/\\s*${MONTH_WORD})?,?(?:\\s+de)?\\s+(\\d{4})\\b`,
  'giu',
);
/** "March 4, 2026", "Mar. 4th 2026". */
const MONTH_DAY_YEAR = new RegExp(`(?<!\\p{L})${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'giu');
/** "14/11/2026", "14.11.2026", "11-14-2026", "14 / 11 / 2026". */
const NUMERIC = /\b(\d{1,2})(?:\s?[/.]\s?|-)(\d{1,2})(?:\s?[/.]\s?|-)(\d{4})\b/g;
/** "2026年11月14日", "2026년 11월 14일": year, month, day with CJK markers. */
const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/g;
/** "2026/11/14", "2026.11.14", and Hungarian "2026. 11. 14.". */
const YEAR_FIRST = /\b(\d{4})[/.]\s?(\d{1,2})[/.]\s?(\d{1,2})\b/g;
/** Hungarian "2026. november 14.". */
const YEAR_MONTH_DAY = new RegExp(`\\b(\\d{4})\\.\\s+${MONTH_WORD}\\s+(\\d{1,2})\\b`, 'giu');
/**
 * A date that opens or closes a span ("2026/7/11-12", "11-12 July 2026") dates an
 * event, not the page. A clock before or after the dash ("10:30 - 12 mars") is no span,
 * nor a count after a spaced dash ("4 mars 2026 - 12 commentaires").
 */
const SPAN_CONTINUES = /^[-–~～]\s?\d{1,2}\b(?!\s*[:h.]\s*\d)/;
const SPAN_OPENS = /(?<![:h.\d])\d{1,2}\s*[-–~～]\s*$/;

function monthNumber(word: string): number | undefined {
  const folded = fold(word);
  return MONTHS[folded] ?? MONTHS[folded.slice(0, 4)] ?? MONTHS[folded.slice(0, 3)];
}

interface DateMatch {
  index: number;
  end: number;
  year: number;
  month: number;
  day: number;
}

/** Every match of each pattern, not only the first: a number that is no date must not hide a date after it. */
function dateMatches(text: string, monthFirst: boolean): DateMatch[] {
  const found: DateMatch[] = [];
  const push = (match: RegExpMatchArray, year: string | undefined, month: number | undefined, day: string | undefined): void => {
    if (month === undefined || match.index === undefined) return;
    found.push({ index: match.index, end: match.index + match[0].length, year: Number(year), month, day: Number(day) });
  };
  for (const match of text.matchAll(DAY_MONTH_YEAR)) {
    const month = monthNumber(match[2] ?? '') ?? monthNumber(match[3] ?? '');
    if (month !== undefined) {
      push(match, match[4], month, match[1]);
      continue;
    }
    // "2 تیر 1399": a day of the Solar Hijri calendar, dated as the Gregorian day it is.
    const solar = solarHijriToGregorian(Number(match[4]), SOLAR_HIJRI_MONTHS[fold(match[2] ?? '')] ?? 0, Number(match[1]));
    if (solar !== null) push(match, String(solar.year), solar.month, String(solar.day));
  }
  for (const match of text.matchAll(MONTH_DAY_YEAR)) push(match, match[3], monthNumber(match[1] ?? ''), match[2]);
  for (const match of text.matchAll(NUMERIC)) {
    let first = Number(match[1]);
    let second = Number(match[2]);
    const swap = first <= 12 && second > 12 ? true : first > 12 ? false : monthFirst;
    if (swap) [first, second] = [second, first];
    push(match, match[3], second, String(first));
  }
  for (const match of text.matchAll(YEAR_FIRST)) push(match, match[1], Number(match[2]), match[3]);
  for (const match of text.matchAll(YEAR_MONTH_DAY)) push(match, match[1], monthNumber(match[2] ?? ''), match[3]);
  for (const match of text.matchAll(CJK)) push(match, match[1], Number(match[2]), match[3]);
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A clock written just before the date, maybe with a weekday between ("10:55 EDT,
 * Thursday, 7 May 2026"), or after its zone ("GMT 17:27 17.03.2026").
 */
const CLOCK_BEFORE = new RegExp(
  String.raw`(?:\b(?:utc|gmt)\s*)?\b\d{1,2}\s*[:h.]\s*\d{2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s*${CLOCK_CLOSERS})?\s*(?:\(?\s*(?:${ZONE_WORD})(?:\s*[+-]\d{1,2}(?::?\d{2})?)?\s*\)?)?\s*[,|·/–-]?\s*(?:\p{L}{2,12}\.?,?\s*)?$`,
  'iu',
);

/** The clock before a date, its zone put after it where `readTime` looks for one. */
function clockBefore(before: string): string {
  const match = CLOCK_BEFORE.exec(before);
  if (match === null) return '';
  const leadingZone = /^(utc|gmt)\s*(.*)$/is.exec(match[0]);
  return leadingZone === null ? match[0] : `${leadingZone[2] ?? ''} ${leadingZone[1] ?? ''}`;
}

/**
 * A date written in prose, with the month names of every language pack. `monthFirst` reads "03/04/2026" as March 4 (US pages); otherwise as
 * 3 April, unless one of the numbers settles it.
 */
export function parseTextDate(input: string, monthFirst = false): ParsedDate | null {
  const text = asciiDigits(input).replace(/\s+/g, ' ');
  const iso = /\b\d{4}-\d{2}-\d{2}(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?/i.exec(text);
  if (iso !== null) return parseIsoDate(iso[0]);
  for (const candidate of dateMatches(text, monthFirst)) {
    const rest = text.slice(candidate.end);
    if (SPAN_CONTINUES.test(rest) || SPAN_OPENS.test(text.slice(0, candidate.index))) continue;
    const after = readTime(rest);
    const { time, offset } = after.time === null ? readTime(clockBefore(text.slice(0, candidate.index))) : after;
    const parsed = build(candidate.year, candidate.month, candidate.day, time, offset);
    if (parsed !== null) return parsed;
  }
  return null;
}

const RFC_2822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(gmt|utc|z|[+-]\d{4}|[a-z]{3})?)?/i;

/**
 * C's asctime and the Unix `date` command: "Tue May 24 05:55:00 2016", "Tue May 24
 * 05:55:00 UTC 2016". The year comes after the clock, where prose never puts it.
 */
const ASCTIME =
  /^(?:[a-z]{3},?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:([a-z]{1,5})\s+)?(\d{4})$/i;

function parseAsctime(text: string): ParsedDate | null {
  const match = ASCTIME.exec(text);
  if (match === null) return null;
  const month = monthNumber(match[1] ?? '');
  if (month === undefined) return null;
  const zone = match[6]?.toLowerCase();
  const offset = zone === undefined ? '' : ZONES[zone] ?? '';
  const time = { hour: Number(match[3]), minute: Number(match[4]), second: Number(match[5] ?? 0) };
  return build(Number(match[7]), month, Number(match[2]), time, offset === '+00:00' ? 'Z' : offset);
}

/** Any machine-written date a page puts in metadata: ISO, RFC 2822, asctime, epoch, or prose as a last resort. */
export function parseMachineDate(input: string, monthFirst = false): ParsedDate | null {
  const text = asciiDigits(input).trim();
  if (text === '') return null;
  const epoch = parseEpoch(text);
  if (epoch !== null) return epoch;
  const iso = parseIsoDate(text);
  if (iso !== null) return iso;
  const rfc = RFC_2822.exec(text);
  if (rfc !== null) {
    const month = monthNumber(rfc[2] ?? '');
    if (month !== undefined) {
      const time = rfc[4] !== undefined ? { hour: Number(rfc[4]), minute: Number(rfc[5]), second: Number(rfc[6] ?? 0) } : null;
      const zone = rfc[7]?.toLowerCase();
      const offset = zone === undefined ? '' : /^[+-]\d{4}$/.test(zone) ? normaliseOffset(zone) : (ZONES[zone] ?? '');
      return build(Number(rfc[3]), month, Number(rfc[1]), time, time === null ? '' : offset === '+00:00' ? 'Z' : offset);
    }
  }
  return parseAsctime(text) ?? parseTextDate(text, monthFirst);
}

export const DAY_MS = 86_400_000;

/** The instant of a parsed date in milliseconds, reading a local or date-only value as UTC (for comparisons only). */
export function instantOf(date: ParsedDate | string): number {
  const value = typeof date === 'string' ? date : date.value;
  const withTime = value.length === 10 ? `${value}T00:00:00` : value;
  const stamped = /(?:Z|[+-]\d{2}:\d{2})$/.test(withTime) ? withTime : `${withTime}Z`;
  return Date.parse(stamped);
}

/** The calendar day a page means: the literal day as written (in its own offset). */
export function dayOf(date: ParsedDate | string): string {
  return (typeof date === 'string' ? date : date.value).slice(0, 10);
}
