import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import type { Lexicon } from './lexicon';

/** Every language the sourcing rules understand; adding one is adding its file here. */
export const LEXICONS: readonly Lexicon[] = [fr, en, de];

/** The lexicon for a BCP 47 tag (`fr-CA` → fr), or null when the language has none. */
export function lexiconFor(lang: string | null): Lexicon | null {
  if (lang === null) return null;
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LEXICONS.find((lexicon) => lexicon.lang === primary) ?? null;
}
