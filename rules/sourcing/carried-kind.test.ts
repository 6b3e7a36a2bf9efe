import { describe, expect, test } from 'vitest';
import { enLexicon } from '../../languages/en/sourcing';
import { frLexicon } from '../../languages/fr/sourcing';
import { readCarried, type CarriedKind } from './carried-kind';
import { compileLexicon } from './compiled-lexicon';

const LEXICONS = { en: compileLexicon(enLexicon), fr: compileLexicon(frLexicon) };

describe('what a carried speaker can stand for', () => {
  test.each<[keyof typeof LEXICONS, string, CarriedKind]>([
    ['en', 'he', 'pronoun'],
    ['fr', 'a-t-elle', 'pronoun'],
    ['en', 'the satirical magazine', 'media'],
    ['fr', 'le journal satirique', 'media'],
    ['fr', "l'hebdomadaire", 'media'],
    ['en', 'the spokesperson', 'organisation'],
    ['en', 'the airline', 'thing'],
    ['en', 'the video', 'thing'],
    ['en', 'the hotel federation in Florence', 'organisation'],
    ['en', 'the firm already', 'organisation'],
    ['en', ' other Democrats', 'other'],
    ['en', 'I', 'pronoun'],
    ['en', 'the company', 'organisation'],
    ['en', 'the statement', 'document'],
    ['fr', 'la ministre', 'person'],
    ['fr', 'le juge', 'person'],
    ['en', 'officials', 'other'],
  ])('%s: %s', (lang, description, expected) => {
    expect(readCarried(description, LEXICONS[lang]).kind).toBe(expected);
  });
});
