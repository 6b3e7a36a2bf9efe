import { describe, expect, test } from 'vitest';
import { classifyAuthor } from './classify-author';

describe('classifyAuthor', () => {
  test.each([
    ['Jeanne Dupont', [], 'person'],
    ['John Smith', [], 'person'],
    ['admin', [], 'generic'],
    ['Rédaction', [], 'generic'],
    ['La rédaction', [], 'generic'],
    ['La Rédaction de Libé', [], 'generic'],
    ['Staff', [], 'generic'],
    ['BBC News staff', [], 'generic'],
    ['Editorial Board', [], 'generic'],
    ['Webmaster', [], 'generic'],
    ['Redacción', [], 'generic'],
    ['Redação', [], 'generic'],
    ['Redazione ANSA', [], 'generic'],
    ['Online News Editor', [], 'generic'],
    ['Autor', [], 'generic'],
    ['Senior Staff Writer', [], 'generic'],
    ['Envoyé spécial', [], 'generic'],
    ['Leitende Redakteurin', [], 'generic'],
    ['Jeanne Rédacteur', [], 'person'],
    ['AFP', [], 'organisation'],
    ['Reuters', [], 'organisation'],
    ['Associated Press', [], 'organisation'],
    ['Belga', [], 'organisation'],
    ['Le Quotidien du Nord', ['Le Quotidien du Nord'], 'organisation'],
    ['France Médias Monde', [], 'organisation'],
    ['lemonde.fr', [], 'organisation'],
    ['Courrier du Soir SARL', [], 'organisation'],
    ['Northern Ledger Pty Ltd', [], 'organisation'],
    ['Jin Sa', [], 'person'],
    ["L'équipe du Courrier", [], 'generic'],
    ['The Ledger team', [], 'generic'],
    ['Service presse', [], 'generic'],
    ['Press office', [], 'generic'],
    ['Invitée', [], 'generic'],
    ['Guest author', [], 'generic'],
    ['Université de Lyon', [], 'organisation'],
    ['University of Leeds', [], 'organisation'],
    ['', [], 'none'],
  ] as const)('%j → %s', (name, sites, kind) => {
    expect(classifyAuthor(name, sites)).toBe(kind);
  });
});
