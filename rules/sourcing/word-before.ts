/** The word just before an offset, lower-cased, ignoring an abbreviation's dot ("p. 193" → p). */
export function wordBefore(text: string, position: number): string {
  return /([\p{L}°]+)\.?[\s\u00a0]*$/u.exec(text.slice(Math.max(0, position - 30), position))?.[1]?.toLowerCase() ?? '';
}

/** The word just after an offset, past the spaces, lower-cased; empty when a non-space comes first. */
export function wordAfter(text: string, position: number): string {
  return /^[\s\u00a0]+([\p{L}]+)/u.exec(text.slice(position))?.[1]?.toLowerCase() ?? '';
}
