import { describe, expect, test } from 'vitest';
import { cleanAuthorNames } from './clean-author-name';

describe('cleanAuthorNames', () => {
  test.each([
    ['Par Jeanne Dupont', ['Jeanne Dupont']],
    ['By John Smith', ['John Smith']],
    ['Auteur : Cédric Balcon-Hermand – Consulter sa biographie', ['Cédric Balcon-Hermand']],
    ['Rédigé par Marie Curie', ['Marie Curie']],
    ['Texte : Paul Martin', ['Paul Martin']],
    ['Written by Ann Lee', ['Ann Lee']],
    ['Propos recueillis par Luc Besson', ['Luc Besson']],
    ['Tom Hargreaves, business correspondent', ['Tom Hargreaves']],
    ['Claire Morel, envoyée spéciale à Kyiv', ['Claire Morel']],
    ['Jane Doe in Kyiv', ['Jane Doe']],
    ['John Smith for The Guardian', ['John Smith']],
    ['By Jane Roe and Max Mustermann', ['Jane Roe', 'Max Mustermann']],
    ['Par Anne Martin et Paul Durand', ['Anne Martin', 'Paul Durand']],
    ['Alice Brown, Bob Green & Carol White', ['Alice Brown', 'Bob Green', 'Carol White']],
    ['Par Louise Petit avec AFP', ['Louise Petit']],
    ['By Sam Carter with Reuters', ['Sam Carter']],
    ['jean.dupont@example.fr Jean Dupont', ['Jean Dupont']],
    ['Marc Lévy | Le Quotidien', ['Marc Lévy']],
    ['By Nathan Willis March 25, 2015', ['Nathan Willis']],
    ['Par Sophie Bernard le 14 novembre 2026', ['Sophie Bernard']],
    ['Par Sophie Bernard, publié le 14/11/2026', ['Sophie Bernard']],
    ['Posted by Dana Scully · Updated 3 hours ago', ['Dana Scully']],
    ['Pierre de la Tour', ['Pierre de la Tour']],
    ['Robert De Niro', ['Robert De Niro']],
    ['Marine Le Pen', ['Marine Le Pen']],
    ['Contributors to Example projects', ['Contributors to Example projects']],
    ['Martin Dupuis (avec Léa Roux et Hugo Blanc)', ['Martin Dupuis', 'Léa Roux', 'Hugo Blanc']],
    ['Example Weekly on Feb 23, 2016', ['Example Weekly']],
    ['admin', ['admin']],
    ['Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC', ['Joe Wee']],
    ['Par Paul Roux, mardi 3 mars 2026', ['Paul Roux']],
    ['Alon Zakai.', ['Alon Zakai']],
    ['Martin Luther King Jr.', ['Martin Luther King Jr.']],
    ['By Brenda Roe, MD', ['Brenda Roe']],
    ['Jane Smith, Ph.D., and Tom Lee, MPH', ['Jane Smith', 'Tom Lee']],
    ['Mac & i', ['Mac & i']],
    ['Von Claudia Weber', ['Claudia Weber']],
    ['Por María López', ['María López']],
    ['Jos&#xE9; Pereira e Costa', ['José Pereira e Costa']],
    ['· Marika Virtanen ·', ['Marika Virtanen']],
    ['Spencer Hale, The Morning Ledger', ['Spencer Hale']],
    ['GARY WELLS, AP Sports Writer', ['GARY WELLS']],
    ['Par Ciné & Séries', ['Ciné & Séries']],
    ['Ann Lee & Bob Ray', ['Ann Lee', 'Bob Ray']],
  ])('%s → %j', (raw, names) => {
    expect(cleanAuthorNames(raw)).toEqual(names);
  });

  test.each([
    ['https://www.facebook.com/someone'],
    ['Share'],
    ['Lire la suite'],
    ['12 commentaires'],
    ['Photo : Jeanne Martin'],
    ['Photo by Sam Lee'],
    ['Фото: Иван Петров'],
    ['· Por'],
    ['H'],
    ['desk//now'],
    ['@newsroom_handle'],
    [''],
  ])('%j is not a name', (raw) => {
    expect(cleanAuthorNames(raw)).toEqual([]);
  });
});
