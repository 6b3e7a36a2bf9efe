import type { DateField, Evidence } from '../../report/schema';
import type { DateCandidate, DateRole } from './date-candidates';
import { confidenceOf, TIER, TIER_STEP } from './evidence-tiers';
import { DAY_MS, dayOf, instantOf } from './parse-date';

export interface DateDecision {
  field: DateField;
  /** The visible (or URL) date disagrees by more than a day with the metadata. */
  structuredVsVisible: boolean;
}

const MAX_OFFSET_MS = 14 * 3_600_000;

/**
 * Two candidates agree when they fall within a day of each other (time zones shift the
 * day); a bare day is a whole day in some zone, so it stretches by the widest offset.
 */
function agree(a: DateCandidate, b: DateCandidate): boolean {
  const slack = a.date.hasTime && b.date.hasTime ? DAY_MS : DAY_MS + MAX_OFFSET_MS;
  return Math.abs(instantOf(a.date) - instantOf(b.date)) <= slack + 1;
}

/** Offsets in use around the world are whole quarter hours within ±14 h. */
function plausibleOffset(localMinusInstantMs: number): boolean {
  const minutes = localMinusInstantMs / 60_000;
  // A shown time usually drops the seconds: allow a minute either way.
  const quarter = Math.round(minutes / 15) * 15;
  return Math.abs(minutes) <= 14 * 60 && Math.abs(minutes - quarter) <= 1;
}

const UTC = /(?:Z|[+-]00:00)$/;

/**
 * A bare day that the page shows (two kinds of source at least: one alone could be
 * another story's) next to the day of an instant stated in UTC, and that the instant
 * falls on in some time zone: the local day the page appeared, which UTC hides.
 */
function shownLocalDay(candidate: DateCandidate, best: DateCandidate, all: readonly DateCandidate[]): boolean {
  if (candidate.date.hasTime || !UTC.test(best.date.value)) return false;
  const day = dayOf(candidate.date);
  if (day === dayOf(best.date)) return false;
  const instant = instantOf(best.date);
  const dayStart = instantOf(day);
  if (instant < dayStart - MAX_OFFSET_MS || instant >= dayStart + DAY_MS + MAX_OFFSET_MS) return false;
  // A page that also shows the UTC day (a related story's date may be the other one) settles nothing.
  const shownOn = (other: DateCandidate, onDay: string): boolean =>
    dayOf(other.date) === onDay && (!other.date.hasTime || other.evidence.origin === 'visible-text' || other.evidence.origin === 'url');
  if (all.some((other) => shownOn(other, dayOf(best.date)))) return false;
  return new Set(all.filter((other) => dayOf(other.date) === day).map((other) => other.evidence.origin)).size >= 2;
}

/**
 * How well a rendering says when the page appeared, among candidates for the same
 * moment: the page's own offset is the most informative; a visible local time that
 * is the same instant seen in the page's zone comes next, then the local day the page
 * shows (both are the day readers saw); then UTC, then other local times, then a bare day.
 */
function rendering(candidate: DateCandidate, best: DateCandidate, all: readonly DateCandidate[]): number {
  const { date } = candidate;
  if (date.timeZoneStated) return UTC.test(date.value) ? 3 : 6;
  if (date.hasTime && !candidate.structured && best.date.timeZoneStated) {
    const shift = instantOf(date) - instantOf(best.date);
    if (Math.abs(shift) >= 60_000 && plausibleOffset(shift)) return 5;
  }
  if (shownLocalDay(candidate, best, all)) return 4;
  return date.hasTime ? 1 : 0;
}

/** Same moment, or the same day for a candidate that gives only a day. */
function sameMoment(candidate: DateCandidate, best: DateCandidate): boolean {
  if (dayOf(candidate.date) === dayOf(best.date)) return true;
  const shift = instantOf(candidate.date) - instantOf(best.date);
  if (candidate.date.timeZoneStated && best.date.timeZoneStated) return Math.abs(shift) < 60_000;
  return candidate.date.hasTime && best.date.timeZoneStated && plausibleOffset(shift);
}

function support(candidate: DateCandidate, all: readonly DateCandidate[]): number {
  const origins = new Set(all.filter((other) => agree(candidate, other)).map((other) => other.evidence.origin));
  return origins.size;
}

/** How far below the best a candidate's tier may sit and still give the rendering of its instant. */
const RENDERING_REACH = 4 * TIER_STEP;

/** The same clock minute: the same instant when both state a zone, else the same wall-clock reading. */
function sameMinute(a: DateCandidate, b: DateCandidate): boolean {
  if (!a.date.hasTime || !b.date.hasTime) return false;
  if (a.date.timeZoneStated && b.date.timeZoneStated) return Math.abs(instantOf(a.date) - instantOf(b.date)) < 60_000;
  return a.date.value.slice(0, 16) === b.date.value.slice(0, 16);
}

/**
 * A metadata publication date that is the very minute the page labels as its update
 * ("Jan. 5, 9:23 PM / Updated Jan. 6, 12:34 AM" under a datePublished of 00:34) is the
 * update written as the publication: the earlier date the page labels as published is
 * the first one.
 */
function firstPublication(best: DateCandidate, all: readonly DateCandidate[]): DateCandidate {
  if (!best.structured || !all.some((other) => other.role === 'modified' && other.labelled && sameMinute(other, best))) return best;
  const earlier = all
    .filter((other) => other.role === 'published' && other.labelled && other.date.hasTime && instantOf(other.date) < instantOf(best.date) - 60_000)
    .sort((a, b) => b.weight - a.weight);
  return earlier[0] ?? best;
}

/** How much earlier than the metadata a shown day may be and still be the same article's first appearance. */
const REPUBLICATION_REACH_MS = 365 * DAY_MS;

/**
 * A metadata publication date later than the one day the page shows with its article
 * (medium.com's post moved into a publication, a CMS's re-publication stamp) is not the
 * first appearance: the shown day is. Only when every date shown with the article
 * (a date line by the headline, a labelled one, a `<time>` there) names that one day,
 * none of them backs the metadata, and the metadata's date is not before it: a later
 * shown date is an update, and two shown days are a list of stories. The article's own
 * JSON-LD `datePublished` is no page-level stamp: a lone date shown against it is as
 * likely a related story's.
 */
function shownBeforeRepublication(best: DateCandidate, all: readonly DateCandidate[]): DateCandidate {
  if (!best.structured || best.evidence.origin === 'json-ld') return best;
  // A bare date line (kept only above the footer) or a labelled one; a label after the article is no such statement.
  const withArticle = (other: DateCandidate): boolean =>
    other.labelled || (other.evidence.origin === 'visible-text' && other.evidence.key === 'date line') ||
    (other.evidence.origin === 'time-element' && other.weight >= TIER.hint);
  const shown = all.filter((other) => other.role === 'published' && !other.structured && withArticle(other));
  const first = shown[0];
  if (first === undefined || shown.some((other) => dayOf(other.date) !== dayOf(first.date)) || shown.some((other) => agree(other, best))) return best;
  const earlier = instantOf(best.date) - instantOf(first.date);
  return earlier > DAY_MS + MAX_OFFSET_MS && earlier <= REPUBLICATION_REACH_MS ? first : best;
}

/** Picks one date for a role from its candidates and says how sure it is. */
export function decideDate(candidates: readonly DateCandidate[], role: DateRole): DateDecision {
  const mine = candidates.filter((candidate) => candidate.role === role);
  const evidence: Evidence[] = mine.map((candidate) => candidate.evidence);
  if (mine.length === 0) {
    return { field: { value: null, timeZoneStated: false, confidence: 'none', conflict: false, evidence }, structuredVsVisible: false };
  }
  const supports = new Map(mine.map((candidate) => [candidate, support(candidate, mine)]));
  const strength = (candidate: DateCandidate): number => candidate.weight + (supports.get(candidate) ?? 0);
  const ranked = [...mine].sort((a, b) => strength(b) - strength(a));
  const best = role === 'published' ? shownBeforeRepublication(firstPublication(ranked[0] as DateCandidate, candidates), mine) : ranked[0] as DateCandidate;
  // Among candidates for the same moment, take the most telling rendering.
  // A weak source may still give the best rendering of the very instant a strong one states.
  const rank = (candidate: DateCandidate): number => rendering(candidate, best, mine);
  const chosen = mine
    .filter((candidate) =>
      (sameMoment(candidate, best) && (candidate.weight >= best.weight - RENDERING_REACH || rank(candidate) >= 4)) ||
      shownLocalDay(candidate, best, mine))
    .sort((a, b) => rank(b) - rank(a) || b.weight - a.weight)[0] ?? best;
  const conflict = mine.some((candidate) => !agree(candidate, best));
  // The metadata's date against the date shown with the article: the first labelled one
  // (a marked <time>, a "Publié le" line). Later dates on a page are mostly related
  // stories', and a page that shows the metadata's date anywhere labelled does show it.
  const topStructured = mine.filter((candidate) => candidate.structured).sort((a, b) => strength(b) - strength(a))[0];
  const visible = mine.filter((candidate) => !candidate.structured && candidate.evidence.origin !== 'url');
  const shown = visible.find((candidate) => candidate.labelled);
  const structuredVsVisible = topStructured !== undefined && shown !== undefined &&
    !visible.some((candidate) => agree(topStructured, candidate));
  const origins = supports.get(best) ?? 0;
  const confidence = confidenceOf({ agreeingKinds: origins, tier: best.weight, conflict });
  return {
    field: { value: chosen.date.value, timeZoneStated: chosen.date.timeZoneStated, confidence, conflict, evidence },
    structuredVsVisible,
  };
}

/** Whole days from a date to the retrieval instant (a local date read as UTC). */
export function ageInDays(value: string, retrievedAt: string): number | null {
  const from = instantOf(value);
  const to = Date.parse(retrievedAt);
  if (Number.isNaN(from) || Number.isNaN(to)) return null;
  return Math.floor((to - from) / DAY_MS);
}
