import { describe, expect, test } from 'vitest';
import { enLexicon as en } from '../../languages/en/sourcing';
import { frLexicon as fr } from '../../languages/fr/sourcing';
import { compileLexicon } from './compiled-lexicon';
import { titledWorksIn } from './titled-works';

const LEXICONS = { en, fr };

describe('works a sentence names by their title', () => {
  test.each<[keyof typeof LEXICONS, string, [string, string][]]>([
    ['fr', "C'est grâce au livre Le charme discret de l'intestin (1), de la doctorante allemande Giulia Enders.", [["Le charme discret de l'intestin", 'livre']]],
    ['fr', 'Lors de la diffusion sur Arte du documentaire Le ventre, notre deuxième cerveau, de Cécile Denjean.', [['Le ventre', 'documentaire']]],
    ['fr', "Les éditions Allia rééditent l’ouvrage d’Éric Chauvier intitulé La crise commence où finit le langage, augmenté d’un chapitre.", [['La crise commence où finit le langage', 'ouvrage']]],
    ['fr', 'Le rapport « Les oubliés de la République » montre que tout va mal.', [['Les oubliés de la République', 'rapport']]],
    ['fr', "Il a lu le livre L'intestin, notre deuxième cerveau.", [["L'intestin", 'livre']]],
    // A work's word before a name that opens on no article: « le rapport Gallois » is named after its author, not by a title.
    ['fr', 'Le rapport Gallois recommandait un choc de compétitivité.', []],
    ['fr', 'Ils ont enregistré un album intitulé Les Temps modernes.', []],
    ['en', 'In his book The Road to Serfdom, Hayek argues that planning fails.', [['The Road to Serfdom', 'book']]],
    ['en', 'The documentary The Social Dilemma by Jeff Orlowski shows how apps hook us.', [['The Social Dilemma', 'documentary']]],
    ['en', 'She wrote the book “A Paradise Built in Hell,” which looks at disasters.', [['A Paradise Built in Hell', 'book']]],
    ['en', 'The report "Global Trends 2040" warns of strife.', [['Global Trends 2040', 'report']]],
    // English titles capitalise their main words: a lower-case one shows a clause.
    ['en', 'According to the report The Guardian obtained, taxes rose.', []],
    ['en', 'He recorded an album entitled Blood on the Tracks in September 1974.', []],
    ['en', 'The study found that masks work.', []],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(titledWorksIn(sentence, compileLexicon(LEXICONS[lang])).map((work) => [work.name, work.role])).toEqual(expected);
  });
});
