import { describe, expect, test } from 'vitest';
import type { BodyBlock } from '../../snapshot/article-snapshot';
import { citationInventory } from './citation-inventory';

function block(text: string, links: { href: string; text: string }[]): BodyBlock {
  return {
    kind: 'paragraph',
    text,
    links: links.map((link) => {
      const start = text.indexOf(link.text);
      return { ...link, start, end: start + link.text.length, rel: '' };
    }),
  };
}

describe('citationInventory', () => {
  test.each([
    {
      name: 'promotion and self-links are listed but not counted',
      blocks: [
        block('Selon le rapport de la Cour des comptes, publié mardi.', [{ href: 'https://www.ccomptes.fr/fr/publications/rapport', text: 'rapport' }]),
        block('Téléchargez notre application et lisez notre enquête.', [
          { href: 'https://play.google.com/store/apps/details?id=fr.site', text: 'application' },
          { href: 'https://www.site-info.fr/enquete', text: 'enquête' },
        ]),
      ],
      kinds: ['primary-document', 'promotion', 'self-link'],
      sourceCount: 1,
    },
    {
      name: 'the same address linked twice is one source',
      blocks: [
        block('The study found a rise.', [{ href: 'https://doi.org/10.1000/xyz', text: 'study' }]),
        block('The same study also found a fall.', [{ href: 'https://doi.org/10.1000/xyz', text: 'study' }]),
      ],
      kinds: ['study'],
      sourceCount: 1,
    },
    { name: 'no links', blocks: [block('Nothing linked here.', [])], kinds: [], sourceCount: 0 },
  ])('$name', ({ blocks, kinds, sourceCount }) => {
    const inventory = citationInventory(blocks, { pageDomain: 'site-info.fr' });
    expect(inventory.citations.links.map((link) => link.kind)).toEqual(kinds);
    expect(inventory.citations.sourceCount).toBe(sourceCount);
    expect(inventory.placed.length).toBe(blocks.reduce((sum, b) => sum + b.links.length, 0));
  });
});
