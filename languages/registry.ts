import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { mul } from './mul';
import type { LanguagePack } from './pack';
import { pt } from './pt';

/** Every language pack; adding a language is adding its folder here. */
export const PACKS: readonly LanguagePack[] = [en, fr, de, es, it, pt, mul];

/** The pack for a BCP 47 tag (`de-AT` → de), or null when the language has none. */
export function packFor(lang: string | null): LanguagePack | null {
  if (lang === null) return null;
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return PACKS.find((pack) => pack.lang === primary) ?? null;
}

/** One list gathered from every pack that declares it, without repeats. */
export function wordsOfAllPacks(select: (pack: LanguagePack) => readonly string[] | undefined): string[] {
  return [...new Set(PACKS.flatMap((pack) => select(pack) ?? []))];
}
