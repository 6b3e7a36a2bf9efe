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
    ['', [], 'none'],
  ] as const)('%j → %s', (name, sites, kind) => {
    expect(classifyAuthor(name, sites)).toBe(kind);
  });
});
