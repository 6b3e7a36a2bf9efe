/**
 * The flag after (`step` 1) or before (-1) `current` among `flags`, warning indexes
 * in reading order, wrapping round at either end; the first or last when there is no
 * current one; null when there is no flag.
 */
export function nextFlag(flags: readonly number[], current: number | null, step: 1 | -1): number | null {
  const ordered = [...flags].sort((a, b) => a - b);
  if (ordered.length === 0) return null;
  const at = current === null ? -1 : ordered.indexOf(current);
  if (at === -1) return step === 1 ? ordered[0]! : ordered[ordered.length - 1]!;
  return ordered[(at + step + ordered.length) % ordered.length]!;
}
