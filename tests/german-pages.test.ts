import { describe, expect, test } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { extractSnapshot } from '../extraction/extract-snapshot';
import { analyze } from '../rules/analyze';

/**
 * German pages with no metadata at all: author, dates and labels come only from the
 * visible text, so only the German pack (languages/de) can read them.
 */
function germanPage(header: readonly string[], body: readonly string[] = []): string {
  const paragraphs = [
    'Die Stadtverwaltung hat am Dienstag neue Regeln für den Verkehr in der Innenstadt vorgestellt. Die Maßnahmen sollen ab dem kommenden Monat gelten und betreffen vor allem den Lieferverkehr sowie die Parkplätze am Rand der Altstadt.',
    'Nach Angaben des Bürgermeisters wurden die Pläne mit Anwohnern und Händlern abgestimmt. Der Stadtrat muss den Änderungen noch zustimmen, eine Mehrheit gilt jedoch als wahrscheinlich, da alle großen Fraktionen ihre Unterstützung signalisiert haben.',
    ...body,
  ];
  return `<!doctype html><html lang="de"><head><title>Neue Verkehrsregeln für die Innenstadt</title></head><body>
    <article>${header.map((line) => `<p>${line}</p>`).join('')}<h1>Neue Verkehrsregeln für die Innenstadt</h1>
    ${paragraphs.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;
}

/** The first page also loads the whole pipeline; a shared 2-core machine needs the margin. */
const PAGE_TIMEOUT = 30_000;

function report(html: string) {
  const url = 'https://www.stadtanzeiger.example/lokales/neue-verkehrsregeln';
  return analyze(extractSnapshot(parseHtml(html, url), url), { retrievedAt: '2026-03-20T12:00:00Z', generatorVersion: 'test' });
}

/** The header lines sit right under the headline, where bylines and date lines are. */
function underHeadline(lines: readonly string[]): string {
  return germanPage([]).replace('</h1>', `</h1>${lines.map((line) => `<p>${line}</p>`).join('')}`);
}

describe('German pages: author and dates from the visible text', () => {
  test.each([
    {
      name: '"Von" byline and "Veröffentlicht am" with "um … Uhr"',
      lines: ['Von Anna Schmidt', 'Veröffentlicht am 14. März 2026 um 10:15 Uhr'],
      author: ['Anna Schmidt'], published: '2026-03-14T10:15:00', modified: null,
    },
    {
      name: '"Autor:" label and a numeric date in MEZ',
      lines: ['Autor: Peter Müller', '14.03.2026, 08:30 Uhr MEZ'],
      author: ['Peter Müller'], published: '2026-03-14T08:30:00+01:00', modified: null,
    },
    {
      name: '"Aktualisiert am" is the update, not the publication',
      lines: ['Von Lena Weber', 'Veröffentlicht am 13. März 2026', 'Aktualisiert am 14. März 2026'],
      author: ['Lena Weber'], published: '2026-03-13', modified: '2026-03-14',
    },
    {
      name: 'an update alone gives no publication date',
      lines: ['Von Lena Weber', 'Aktualisiert am 14. März 2026 um 10:15 Uhr'],
      author: ['Lena Weber'], published: null, modified: '2026-03-14T10:15:00',
    },
    {
      name: '"Stand:" in summer time (MESZ)',
      lines: ['Von Jonas Becker und Mira Hoffmann', 'Stand: 02.07.2026 18:05 Uhr MESZ'],
      author: ['Jonas Becker', 'Mira Hoffmann'], published: null, modified: '2026-07-02T18:05:00+02:00',
    },
    {
      name: 'a byline with a role and a place',
      lines: ['Von Anna Schmidt, Korrespondentin in Berlin', 'Veröffentlicht am 5. Januar 2026'],
      author: ['Anna Schmidt'], published: '2026-01-05', modified: null,
    },
    {
      name: 'capitalised nouns after "Von" are no name',
      lines: ['Von Montag an gilt die neue Regel', 'Erschienen am 2. Februar 2026'],
      author: [], published: '2026-02-02', modified: null,
    },
  ])('$name', ({ lines, author, published, modified }) => {
    const result = report(underHeadline(lines));
    expect(result.author.names).toEqual(author);
    expect(result.published.value).toBe(published);
    expect(result.modified.value).toBe(modified);
  }, PAGE_TIMEOUT);
});

describe('German pages: labels', () => {
  test.each([
    { name: '"Anzeige" over the headline', header: ['Anzeige'], sponsored: true },
    { name: 'no label', header: [], sponsored: false },
  ])('$name', ({ header, sponsored }) => {
    expect(report(germanPage(header)).publisher.sponsored).toBe(sponsored);
  }, PAGE_TIMEOUT);

  test.each([
    { byline: 'Von der Redaktion', kind: 'generic' },
    { byline: 'Von Anna Schmidt', kind: 'person' },
  ])('"$byline" names a $kind', ({ byline, kind }) => {
    expect(report(underHeadline([byline])).author.kind).toBe(kind);
  }, PAGE_TIMEOUT);
});

describe('German sourcing lexicon', () => {
  /** Findings on the sentence, in a paragraph of its own so nothing around it sources or weakens it. */
  const findingsOf = (sentence: string): string[] =>
    report(germanPage([], [`${sentence} Die Arbeiten an den Straßen beginnen im April und dauern bis zum Herbst.`]))
      .warnings.filter((warning) => warning.anchor !== null && sentence.includes(warning.anchor.exact.slice(0, 30)))
      .map((warning) => warning.code);

  test.each([
    { sentence: 'Experten sagen, dass die Preise im nächsten Jahr weiter steigen werden.', code: 'vague-attribution', found: true },
    { sentence: 'Wie es heißt, will die Regierung das Gesetz noch vor dem Sommer verabschieden.', code: 'vague-attribution', found: true },
    { sentence: 'Aus Regierungskreisen hieß es, man sei mit den Verhandlungen zufrieden.', code: 'unnamed-official-statement', found: true },
    { sentence: 'Laut dem Statistischen Bundesamt stiegen die Preise im Februar deutlich.', code: 'vague-attribution', found: false },
    { sentence: 'Teheran gilt als wichtigster Geldgeber des Regimes in der Region.', code: 'vague-attribution', found: true },
    { sentence: 'Ihre drei Krimis sollen erst im Frühjahr und Sommer gedreht werden.', code: 'vague-attribution', found: false },
    { sentence: 'Bürgermeisterin Eva Krüger sagte, die Pläne seien mit den Anwohnern abgestimmt.', code: 'vague-attribution', found: false },
  ])('$code for "$sentence": $found', ({ sentence, code, found }) => {
    expect(findingsOf(sentence).includes(code)).toBe(found);
  }, PAGE_TIMEOUT);
});
