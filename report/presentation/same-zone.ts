/** One page's dates in one time zone, for the popup and the summaries. */
const WITH_OFFSET = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const digits = offset.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith('-') ? -minutes : minutes;
}

/**
 * `value` as the same instant in the offset `reference` states, so a page's
 * publication and modification read in one time zone (12:42 UTC+01:00 and 11:42 UTC
 * are one minute apart, not an edit before publication). A value or reference
 * without an offset is left as the page wrote it.
 */
export function inOffsetOf(value: string, reference: string | null): string {
  const own = WITH_OFFSET.exec(value);
  const wanted = reference === null ? null : WITH_OFFSET.exec(reference);
  if (!own || !wanted) return value;
  const [, , ownOffset] = own;
  const [, , wantedOffset] = wanted;
  if (ownOffset === undefined || wantedOffset === undefined || offsetMinutes(ownOffset) === offsetMinutes(wantedOffset)) return value;
  const shifted = new Date(Date.parse(value) + offsetMinutes(wantedOffset) * 60_000);
  return `${shifted.toISOString().slice(0, 16)}${wantedOffset}`;
}
