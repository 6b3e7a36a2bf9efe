import type { Confidence, DateField, Evidence } from '../../report/schema';
import type { DateCandidate, DateRole } from './date-candidates';
import { dayOf, instantOf } from './parse-date';

const DAY_MS = 86_400_000;

export interface DateDecision {
  field: DateField;
  /** The visible (or URL) date disagrees by more than a day with the metadata. */
  structuredVsVisible: boolean;
}

/** Two candidates agree when they fall within a day of each other (time zones shift the day). */
function agree(a: DateCandidate, b: DateCandidate): boolean {
  return Math.abs(instantOf(a.date) - instantOf(b.date)) <= DAY_MS + 1;
}

/**
 * A more precise rendering of the same instant or day is preferred: a stated offset over
 * a local time, a time over a bare day.
 */
function precision(candidate: DateCandidate): number {
  return (candidate.date.timeZoneStated ? 2 : 0) + (candidate.date.hasTime ? 1 : 0);
}

function support(candidate: DateCandidate, all: readonly DateCandidate[]): number {
  const origins = new Set(all.filter((other) => agree(candidate, other)).map((other) => other.evidence.origin));
  return origins.size;
}

/** Picks one date for a role from its candidates and says how sure it is. */
export function decideDate(candidates: readonly DateCandidate[], role: DateRole): DateDecision {
  const mine = candidates.filter((candidate) => candidate.role === role);
  const evidence: Evidence[] = mine.map((candidate) => candidate.evidence);
  if (mine.length === 0) {
    return { field: { value: null, timeZoneStated: false, confidence: 'none', conflict: false, evidence }, structuredVsVisible: false };
  }
  const ranked = [...mine].sort(
    (a, b) => b.weight + support(b, mine) - (a.weight + support(a, mine)),
  );
  const best = ranked[0] as DateCandidate;
  // Among candidates for the same day, take the most precise rendering.
  const chosen = mine
    .filter((candidate) => dayOf(candidate.date) === dayOf(best.date) && candidate.weight >= best.weight - 3)
    .sort((a, b) => precision(b) - precision(a) || b.weight - a.weight)[0] ?? best;
  const conflict = mine.some((candidate) => !agree(candidate, best));
  const structuredVsVisible =
    mine.some((candidate) => candidate.structured && agree(candidate, best)) &&
    mine.some((candidate) => !candidate.structured && candidate.evidence.origin !== 'url' && !agree(candidate, best));
  const origins = support(best, mine);
  const confidence: Confidence = conflict
    ? best.structured ? 'medium' : 'low'
    : origins >= 2 ? 'high' : best.structured || best.weight >= 6 ? 'medium' : 'low';
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
