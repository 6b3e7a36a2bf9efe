import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { collectMailLinks } from './collect-mail-links';

function mailLinksOf(body: string): ReturnType<typeof collectMailLinks> {
  const doc = parseHTML(`<html><head><title>t</title></head><body>${body}</body></html>`).document as unknown as Document;
  return collectMailLinks(doc);
}

describe('e-mail links with a title', () => {
  test.each<[string, string, { text: string; title: string }[]]>([
    ['a signature by initials', '<p>Text.</p><span>(<a title="Ben Schwan" href="mailto:bsc@example.org">bsc</a>)</span>', [{ text: 'bsc', title: 'Ben Schwan' }]],
    ['a French signature', '<p>Texte.</p><a title="Jeanne Dupont" href=" MAILTO:jdu@example.fr">jdu</a>', [{ text: 'jdu', title: 'Jeanne Dupont' }]],
    ['a mail link without a title', '<a href="mailto:bsc@example.org">bsc</a>', []],
    ['a web link with a title', '<a title="Ben Schwan" href="https://example.org/bsc">bsc</a>', []],
    ['a long link text is a sentence, not a short form', '<a title="Écrire à la rédaction" href="mailto:redaction@example.fr">Écrivez-nous pour toute remarque</a>', []],
  ])('%s', (_label, body, links) => {
    expect(mailLinksOf(body)).toEqual(links);
  });
});
