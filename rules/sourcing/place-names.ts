/**
 * Countries and territories as the platform names them in a language ("United States",
 * « Afrique du Sud »): a place credited with a statement is its government, never a
 * person. Read from `Intl.DisplayNames`, so no list of places lives in the code.
 */
const cache = new Map<string, ReadonlySet<string>>();
const LETTERS = 26;
const A = 65;

export function placeNames(lang: string): ReadonlySet<string> {
  const cached = cache.get(lang);
  if (cached !== undefined) return cached;
  const names = new Set<string>();
  const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  for (let first = 0; first < LETTERS; first++) {
    for (let second = 0; second < LETTERS; second++) {
      const code = String.fromCharCode(A + first, A + second);
      const name = display.of(code);
      if (name !== undefined && name !== code) names.add(name.toLowerCase());
    }
  }
  cache.set(lang, names);
  return names;
}
