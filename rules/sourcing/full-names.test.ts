import { describe, expect, test } from 'vitest';
import { enLexicon as en } from '../../languages/en/sourcing';
import { frLexicon as fr } from '../../languages/fr/sourcing';
import { compileLexicon } from './compiled-lexicon';
import { fullNamesIn } from './speakers';

const LEXICONS = { en, fr };

describe('full names a sentence holds', () => {
  test.each<[keyof typeof LEXICONS, string, string[]]>([
    ['en', 'Enter Stuart R. Kaplan, a graduate of the Wharton School of Business in 1955.', ['Stuart R. Kaplan']],
    ['en', 'Senate Majority Leader Mitch McConnell spoke first.', ['Mitch McConnell (titled)']],
    ['en', 'On Saturday, the president Yoon Suk Yeol apologised.', ['Yoon Suk Yeol (titled)']],
    ['en', 'The Federal Bureau of Investigation opened a case.', []],
    ['en', 'The app works with Google Maps and Apple Music.', ['Google Maps', 'Apple Music']],
    ['fr', 'Le texte de Rusten Sheskey a été publié.', ['Rusten Sheskey']],
    ['fr', 'Le rapport signé par Anne T. Leroy a été publié.', ['Anne T. Leroy']],
    ['fr', 'La ministre Agnès Buzyn a présenté le plan.', ['Agnès Buzyn (titled)']],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(fullNamesIn(sentence, compileLexicon(LEXICONS[lang])).map(({ name, titled }) => (titled ? `${name} (titled)` : name))).toEqual(expected);
  });
});
