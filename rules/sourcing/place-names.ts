/**
 * Countries and territories as the platform names them in a language ("United States",
 * « Afrique du Sud »): a place credited with a statement is its government, never a
 * person. Read from `Intl.DisplayNames`, so no list of places lives in the code.
 */
const cache = new Map<string, ReadonlySet<string>>();
/** UN M49 codes of continents and regions ("Central Asia", « Asie centrale »), which `Intl.DisplayNames` also names. */
const REGION_CODES = ['001', '002', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035', '039', '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '202', '419'];
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
  for (const code of REGION_CODES) {
    const name = display.of(code);
    if (name !== undefined && name !== code) names.add(name.toLowerCase());
  }
  cache.set(lang, names);
  return names;
}
