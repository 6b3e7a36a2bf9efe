import { describe, expect, test } from 'vitest';
import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  test.each([
    { text: 'Le gouvernement a annoncé mardi une hausse des salaires pour les enseignants, selon le ministère.', expected: 'fr' },
    { text: "Les habitants de la ville se sont réunis devant la mairie pour protester contre la fermeture de l'école.", expected: 'fr' },
    { text: 'The government announced on Tuesday that it would raise wages for teachers, according to the ministry.', expected: 'en' },
    { text: 'Residents of the town gathered outside the city hall to protest against the closure of their school.', expected: 'en' },
    { text: 'Bonjour', expected: null },
    { text: '', expected: null },
    { text: '2025 2026 — 42 % ; 3,5 millions', expected: null },
    { text: 'Der Regierungssprecher kündigte am Dienstag eine Erhöhung der Löhne an.', expected: null },
  ])('$expected for "$text"', ({ text, expected }) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});
