/** The word just before an offset, lower-cased, ignoring an abbreviation's dot ("p. 193" → p). */
export function wordBefore(text: string, position: number): string {
  return /([\p{L}°]+)\.?[\s\u00a0]*$/u.exec(text.slice(Math.max(0, position - 30), position))?.[1]?.toLowerCase() ?? '';
}
