import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { decideProvenance } from '../../rules/provenance/decide-provenance';
import { makeSnapshot } from '../../tests/helpers/make-snapshot';
import { collectMetadata } from './collect-metadata';

/** Saved pages through the collector and the rules: what a reader would be told. */
function decidePage(html: string, url: string) {
  const doc = parseHTML(html).document as unknown as Document;
  const snapshot = makeSnapshot({ url, ...collectMetadata(doc, url) });
  return decideProvenance(snapshot, { retrievedAt: '2026-11-23T12:00:00Z', pageDomain: null });
}

const fixture = (name: string): string => readFileSync(join(process.cwd(), 'tests/fixtures/provenance', name), 'utf8');

describe('saved pages', () => {
  test('French page with metadata', () => {
    const decision = decidePage(fixture('fr-with-metadata.html'), 'https://www.courrierduval.fr/politique/2026/11/14/budget-2027');
    expect(decision.title).toBe('Le conseil municipal vote le budget 2027');
    expect(decision.section).toBe('Politique');
    expect(decision.author).toMatchObject({
      names: ['Jeanne Dupont', 'AFP'],
      kind: 'person',
      profileUrl: 'https://www.courrierduval.fr/auteurs/jeanne-dupont',
      confidence: 'high',
      conflict: false,
    });
    expect(decision.published).toMatchObject({ value: '2026-11-14T08:45:00+01:00', timeZoneStated: true, ageDays: 9 });
    expect(decision.modified.value).toBe('2026-11-14T17:02:00+01:00');
    expect(decision.publisher).toMatchObject({
      name: 'Le Courrier du Val',
      domain: 'courrierduval.fr',
      syndicated: false,
      wireServices: ['AFP'],
      sponsored: false,
    });
    expect(decision.publisher.policies).toEqual(
      expect.arrayContaining([
        { kind: 'corrections', href: 'https://www.courrierduval.fr/corrections' },
        { kind: 'ethics', href: 'https://www.courrierduval.fr/charte' },
        { kind: 'about', href: 'https://www.courrierduval.fr/qui-sommes-nous' },
        { kind: 'contact', href: 'https://www.courrierduval.fr/contact' },
      ]),
    );
    expect(decision.warnings).toEqual([]);
  });

  test('English page without metadata', () => {
    const decision = decidePage(fixture('en-no-metadata.html'), 'https://www.northernledger.co.uk/news/harbour-towns');
    expect(decision.title).toBe('Harbour towns brace for the winter storm season');
    expect(decision.author).toMatchObject({ names: ['Tom Hargreaves'], kind: 'person' });
    expect(decision.modified).toMatchObject({ value: '2026-03-04T09:30:00-05:00', timeZoneStated: true });
    expect(decision.published.value).toBeNull();
    expect(decision.publisher.sponsored).toBe(true);
    expect(decision.publisher.evidence.map((evidence) => evidence.key)).toContain('correction note');
    expect(decision.warnings.map((warning) => warning.code)).toEqual(['no-date', 'sponsored-content']);
  });

  test('English page with microdata', () => {
    const decision = decidePage(fixture('en-microdata.html'), 'https://citygazette.example/news/cycle-lanes');
    expect(decision.author).toMatchObject({ names: ['Amy Chen'], profileUrl: 'https://citygazette.example/staff/amy-chen' });
    expect(decision.published.value).toBe('2026-02-10T07:00:00+00:00');
    expect(decision.publisher.name).toBe('City Gazette');
  });
});

const SEED_DIR = join(process.cwd(), '../shared/seed');
const seedPresent = existsSync(join(SEED_DIR, 'README.md'));
if (!seedPresent) console.warn('provenance seed test skipped: ../shared/seed is absent (it exists only beside the project, not in a clone)');

const SEED_URL = 'https://artia13.city/2025/07/10/lincapacite-des-nations-dasie-centrale-a-contrer-le-recrutement-de-leurs-citoyens-par-larmee-russe/';
const SEED_TITLE = 'L’incapacité des nations d’Asie centrale à contrer le recrutement de leurs citoyens par l’armée russe';

describe.skipIf(!seedPresent)('the seed article (../shared/seed)', () => {
  const seed = (name: string): string => readFileSync(join(SEED_DIR, name), 'utf8');

  test('WordPress rendition', () => {
    const decision = decidePage(seed('artia13-wordpress.html'), SEED_URL);
    expect(decision.title).toBe(SEED_TITLE);
    expect(decision.section).toBe('Flash Monde');
    expect(decision.author).toMatchObject({ names: ['Cédric Balcon-Hermand'], kind: 'person', conflict: false });
    expect(decision.author.profileUrl).not.toBeNull();
    expect(decision.published).toMatchObject({ value: '2025-07-10T06:10:00+00:00', timeZoneStated: true });
    expect(decision.modified).toMatchObject({ value: '2025-07-10T06:12:41+00:00', timeZoneStated: true });
    expect(decision.publisher).toMatchObject({ name: 'Artia13', domain: 'artia13.city' });
  });

  test('text-only rendition, from its French text alone, with no time zone invented', () => {
    // An address without a date, so the date can only come from the text.
    const decision = decidePage(seed('artia13-textonly.html'), 'https://artia13.city/?p=48213');
    expect(decision.title).toBe(SEED_TITLE);
    expect(decision.section).toBe('Flash Monde');
    expect(decision.author).toMatchObject({ names: ['Cédric Balcon-Hermand'], kind: 'person', conflict: false });
    expect(decision.author.profileUrl).not.toBeNull();
    expect(decision.published).toMatchObject({ value: '2025-07-10T06:10:00', timeZoneStated: false });
    expect(decision.published.evidence.every((evidence) => evidence.origin === 'visible-text')).toBe(true);
    expect(decision.modified.value).toBeNull();
    expect(decision.publisher).toMatchObject({ name: 'Artia13', domain: 'artia13.city' });
  });
});
