import { de } from './de';
import { deLexicon } from './de/sourcing';
import { en } from './en';
import { enLexicon } from './en/sourcing';
import { es } from './es';
import { fr } from './fr';
import { frLexicon } from './fr/sourcing';
import { it } from './it';
import { mul } from './mul';
import type { LanguagePack } from './pack';
import { pt } from './pt';
import type { Lexicon } from './sourcing-lexicon';

/** Every language pack; adding a language is adding its folder here. */
export const PACKS: readonly LanguagePack[] = [en, fr, de, es, it, pt, mul];

/** Every language the sourcing rules read; adding one is adding its `sourcing.ts` here. */
export const LEXICONS: readonly Lexicon[] = [frLexicon, enLexicon, deLexicon];

/** The primary subtag of a BCP 47 tag: `de-AT` → de. */
function primarySubtag(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The pack for a BCP 47 tag (`de-AT` → de), or null when the language has none. */
export function packFor(lang: string | null): LanguagePack | null {
  if (lang === null) return null;
  const primary = primarySubtag(lang);
  return PACKS.find((pack) => pack.lang === primary) ?? null;
}

/** The sourcing lexicon for a BCP 47 tag (`fr-CA` → fr), or null when the language has none. */
export function lexiconFor(lang: string | null): Lexicon | null {
  if (lang === null) return null;
  const primary = primarySubtag(lang);
  return LEXICONS.find((lexicon) => lexicon.lang === primary) ?? null;
}

/** One list gathered from every pack that declares it, without repeats. */
export function wordsOfAllPacks(select: (pack: LanguagePack) => readonly string[] | undefined): string[] {
  return [...new Set(PACKS.flatMap((pack) => select(pack) ?? []))];
}
