import { describe, expect, test } from 'vitest';
import { readLanguage } from './read-language';

describe('readLanguage: detected', () => {
  test.each([
    { text: 'Le gouvernement a annoncé mardi une hausse des salaires pour les enseignants, selon le ministère.', expected: 'fr' },
    { text: "Les habitants de la ville se sont réunis devant la mairie pour protester contre la fermeture de l'école.", expected: 'fr' },
    { text: 'The government announced on Tuesday that it would raise wages for teachers, according to the ministry.', expected: 'en' },
    { text: 'Residents of the town gathered outside the city hall to protest against the closure of their school.', expected: 'en' },
    { text: 'Bonjour', expected: null },
    { text: '', expected: null },
    { text: '2025 2026 — 42 % ; 3,5 millions', expected: null },
    { text: 'Der Regierungssprecher kündigte am Dienstag eine Erhöhung der Löhne an, die für alle Lehrer gelten soll.', expected: 'de' },
    { text: 'El gobierno dice que los expertos estiman que la economía crecerá el año que viene, según los informes.', expected: 'es' },
    { text: 'Bonjour and hello, la vie is the best.', expected: null },
  ])('$expected for "$text"', ({ text, expected }) => {
    expect(readLanguage(text).detected).toBe(expected);
  });
});

describe('readLanguage: stopWordShare', () => {
  test.each([
    { text: 'Le gouvernement a annoncé mardi une hausse des salaires pour les enseignants.', lang: 'fr', min: 0.25, max: 1 },
    { text: 'The government announced on Tuesday that it would raise wages for the teachers.', lang: 'en', min: 0.25, max: 1 },
    { text: 'El gobierno anunció el martes una subida de los salarios para los profesores.', lang: 'en', min: 0, max: 0.1 },
    { text: 'The government announced on Tuesday that it would raise wages for the teachers.', lang: 'fr', min: 0, max: 0.1 },
    { text: '', lang: 'en', min: 0, max: 0 },
  ])('$lang share of "$text"', ({ text, lang, min, max }) => {
    const share = readLanguage(text).stopWordShare(lang);
    expect(share).toBeGreaterThanOrEqual(min);
    expect(share).toBeLessThanOrEqual(max);
  });
});

describe('readLanguage: a long text is read as its first 2,000 words', () => {
  const english = 'The government said that it would raise the wages of the teachers.';
  const french = 'Le gouvernement a dit que les salaires des enseignants seront relevés.';
  /** `count` words taken from the sentence, over and over. */
  const words = (sentence: string, count: number) => {
    const pool = sentence.split(' ');
    return Array.from({ length: count }, (_, index) => pool[index % pool.length]).join(' ');
  };
  test.each([
    { name: 'English then French', head: words(english, 2000), tail: words(french, 5000) },
    { name: 'French then English', head: words(french, 2000), tail: words(english, 5000) },
    { name: 'a long run of one letter first', head: `${'x'.repeat(20_000)} ${words(french, 1999)}`, tail: words(english, 3000) },
    { name: 'capital sigmas first', head: `${'Σ'.repeat(17_000)} ${words(english, 1999)}`, tail: words(french, 3000) },
  ])('$name', ({ head, tail }) => {
    const whole = readLanguage(`${head} ${tail}`);
    const first = readLanguage(head);
    expect(whole.detected).toBe(first.detected);
    for (const lang of ['en', 'fr']) expect(whole.stopWordShare(lang)).toBe(first.stopWordShare(lang));
  });
});
