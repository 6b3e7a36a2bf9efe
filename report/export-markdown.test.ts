import { describe, expect, test } from 'vitest';
import { localeTranslator } from '../tests/helpers/locale-messages';
import { sampleReport } from '../tests/helpers/sample-report';
import { renderMarkdown } from './export-markdown';
import type { Report } from './schema';

const base = sampleReport();
const LOCALES = ['en', 'fr'] as const;
const translators = { en: localeTranslator('en'), fr: localeTranslator('fr') };
const en = translators.en;

/** A report whose page-derived strings try to break out of their place. */
function hostile(text: string, href = 'javascript:alert(1)'): Report {
  return sampleReport({
    article: { ...base.article, title: text },
    author: { ...base.author, names: [text], profileUrl: href },
    publisher: { ...base.publisher, name: text, canonicalUrl: href, corrections: [text], policies: [{ kind: 'corrections', href }] },
    citations: { links: [{ href, text, kind: 'other', domain: null }], sourceCount: 1 },
    warnings: [
      { ...base.warnings[0]!, anchor: { exact: text, prefix: '', suffix: '' } },
      // A code the locales do not know yet prints the report's own message.
      { code: 'not-yet-translated', severity: 'low', category: 'provenance', message: text, anchor: null },
    ],
  });
}

/** Every Markdown link and autolink destination in a document. */
function destinations(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\]\(([^)\s]*)\)|(?<!\\)<([^>\s]+)>/g)].map((match) => match[1] ?? match[2] ?? '');
}

describe('renderMarkdown', () => {
  test.each([
    ['the page URL', `<${base.url}>`],
    ['the analysis time', base.retrievedAt],
    ['the text fingerprint', `\`${'a'.repeat(64)}\``],
    ['a source link', '[the port report](https://www.gov.uk/government/publications/port-report)'],
    ['a named source with its role and first passage', '- **Maria Lopez** (person) — general secretary of the dockers’ union — [first mention in the page](https://news.example.org/2026/11/14/port-strike.html#:~:text=said%20Maria%20Lopez%2C%20general,of%20the%20dockers%E2%80%99%20union)'],
    ['an anonymous source as the article words it', '- **a senior port official** (anonymous) — [first mention in the page](https://news.example.org/2026/11/14/port-strike.html#:~:text=a%20senior%20port%20official%20said)'],
    ['a quoted passage', '  > Experts say the strike could last weeks'],
    ['the Wayback look-up', `<https://web.archive.org/web/*/${base.url}>`],
    ['the Wayback save link', `<https://web.archive.org/save/${base.url}>`],
  ])('shows %s', (_name, expected) => {
    expect(renderMarkdown(base, en)).toContain(expected);
  });

  test.each([
    [
      'en',
      [
        '# Sourcelight summary: Dockers extend strike as talks stall',
        `- **Page:** <${base.url}>`,
        `- **Analysed:** ${base.retrievedAt} (Sourcelight 0.1.0, report schema v1)`,
        `- **Article text SHA-256:** \`${'a'.repeat(64)}\` (word count: 640)`,
        '## At a glance',
        'News · Named author · Published last week · What it stands on: 2 named sources (1 person, 1 document) · 1 anonymous · Weak passages: 2',
        '2 named sources (1 person, 1 document) · 1 anonymous',
        '## Who',
        '- **Author:** Tom Hargreaves',
        '- **Published:** 2026-11-14T08:45:00+00:00 — last week at the time of analysis',
        '- **Modified:** Not stated',
        '- **Publisher:** Example News (example.org)',
        'Source links cited in the article body: 1',
        '- **Official or primary documents**:',
        '- **Promotion** (not counted as sources):',
        '## Weak passages (2)',
        '- **Vague attribution** (medium severity): The claim is credited to unnamed reports, experts or sources. Who said it, and where can it be checked?',
        'Check later whether the page changed: analyse it again and compare the article text SHA-256, or see the Wayback Machine.',
        `- **Look up archived copies:** <https://web.archive.org/web/*/${base.url}>`,
      ],
    ],
    [
      'fr',
      [
        '# Résumé Sourcelight : Dockers extend strike as talks stall',
        `- **Page :** <${base.url}>`,
        `- **Analyse :** ${base.retrievedAt} (Sourcelight 0.1.0, schéma de rapport v1)`,
        `- **Empreinte SHA-256 du texte de l’article :** \`${'a'.repeat(64)}\` (nombre de mots : 640)`,
        '## En bref',
        'Actualité · Auteur nommé · Publié la semaine dernière · Sur quoi il s’appuie : 2 sources nommées (1 personne, 1 document) · 1 anonyme · Passages faibles : 2',
        '2 sources nommées (1 personne, 1 document) · 1 anonyme',
        '## Qui',
        '- **Auteur :** Tom Hargreaves',
        '- **Publié :** 2026-11-14T08:45:00+00:00 — la semaine dernière au moment de l’analyse',
        '- **Modifié :** Non indiqué',
        '- **Éditeur :** Example News (example.org)',
        'Liens vers des sources dans le corps de l’article : 1',
        '- **Documents officiels ou primaires** :',
        '- **Promotion** (non comptés comme sources) :',
        '## Passages faibles (2)',
        '- **Attribution vague** (gravité moyenne) : L’affirmation est attribuée à des rapports, experts ou sources non nommés. Qui l’a dit, et où le vérifier ?',
        'Pour savoir plus tard si la page a changé, analysez-la de nouveau et comparez l’empreinte SHA-256 du texte de l’article, ou consultez la Wayback Machine.',
        `- **Voir les copies archivées :** <https://web.archive.org/web/*/${base.url}>`,
      ],
    ],
  ] as const)('%s: the same report, worded in that language', (locale, expected) => {
    const lines = renderMarkdown(base, translators[locale]).split('\n');
    for (const line of expected) expect(lines).toContain(line);
  });

  const pageLevel = sampleReport({
    url: 'file:///home/reader/saved.html',
    author: { ...base.author, names: ['Newsdesk'], kind: 'generic' },
    published: { ...base.published, value: '2026-11-22', timeZoneStated: false, ageDays: 1 },
    publisher: {
      ...base.publisher,
      syndicated: true,
      canonicalUrl: 'https://wire.example.com/story',
      sponsored: true,
      corrections: ['Correction: an earlier version misnamed the *mayor*.'],
      policies: [{ kind: 'ethics', href: 'https://news.example.org/ethics' }],
    },
    citations: { links: [], sourceCount: 0 },
    warnings: [{ code: 'sponsored-content', severity: 'high', category: 'provenance', message: 'The page is labelled as sponsored or partner content.', anchor: null }],
  });

  test.each([
    [
      'en',
      [
        '- **Author:** Newsdesk (generic byline)',
        '- **Published:** 2026-11-22 — yesterday at the time of analysis',
        '- **Canonical URL:** <https://wire.example.com/story> — on another site: this page is a copy or a syndication',
        '- **Labelled as sponsored or partner content**',
        '- **Correction or editor’s note:** Correction: an earlier version misnamed the \\*mayor\\*.',
        '- **Ethics policy:** <https://news.example.org/ethics>',
        'No weak passage found.',
        '## Other warnings',
        '- **Sponsored content** (high severity): The page is labelled as sponsored or partner content.',
        'Check later whether the page changed: analyse it again and compare the article text SHA-256.',
      ],
    ],
    [
      'fr',
      [
        '- **Auteur :** Newsdesk (signature générique)',
        '- **Publié :** 2026-11-22 — hier au moment de l’analyse',
        '- **URL canonique :** <https://wire.example.com/story> — sur un autre site : cette page est une copie ou une reprise',
        '- **Présenté comme contenu sponsorisé ou partenaire**',
        '- **Correction ou note de la rédaction :** Correction: an earlier version misnamed the \\*mayor\\*.',
        '- **Charte déontologique :** <https://news.example.org/ethics>',
        'Aucun passage faible trouvé.',
        '## Autres alertes',
        '- **Contenu sponsorisé** (gravité élevée) : La page est présentée comme contenu sponsorisé ou partenaire.',
        'Pour savoir plus tard si la page a changé, analysez-la de nouveau et comparez l’empreinte SHA-256 du texte de l’article.',
      ],
    ],
  ] as const)('%s: page-level facts and warnings, worded in that language', (locale, expected) => {
    const lines = renderMarkdown(pageLevel, translators[locale]).split('\n');
    for (const line of expected) expect(lines).toContain(line);
  });

  test.each([
    ['en', '- **Figure without a source** (medium severity): A number or statistic is stated with no source in its sentence or paragraph. — dismissed by the reader'],
    ['fr', '- **Chiffre sans source** (gravité moyenne) : Un chiffre ou une statistique est avancé sans source dans sa phrase ou son paragraphe. — écarté par le lecteur'],
  ] as const)('%s: a flag the reader dismissed says so', (locale, line) => {
    const report = sampleReport({ warnings: [base.warnings[0]!, { ...base.warnings[1]!, dismissed: true }] });
    expect(renderMarkdown(report, translators[locale]).split('\n')).toContain(line);
  });

  test('the modification reads in the publication\'s time zone', () => {
    const report = sampleReport({
      published: { ...base.published, value: '2025-06-02T12:41:00+01:00' },
      modified: { ...base.modified, value: '2025-06-02T11:42:00Z', timeZoneStated: true, confidence: 'high' },
    });
    expect(renderMarkdown(report, en).split('\n')).toContain('- **Modified:** 2025-06-02T12:42+01:00');
  });

  test('a warning code the locales do not know keeps its code and the report\'s message', () => {
    const report = sampleReport({ warnings: [{ code: 'paywalled-copy', severity: 'info', category: 'provenance', message: 'Only the first paragraph is free.', anchor: null }] });
    expect(renderMarkdown(report, translators.fr)).toContain('- **paywalled-copy** (pour information) : Only the first paragraph is free.');
  });

  test.each(
    LOCALES.flatMap((locale) =>
      [
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '[x](javascript:alert(1))',
        '![x](https://evil.example/track.png)',
        '**bold** _it_ `code` # heading | table |',
        'line one\n# injected heading\n- injected item',
        '<https://evil.example/>',
      ].map((text) => [locale, text] as const),
    ),
  )('%s: page text %j stays inert text', (locale, text) => {
    const markdown = renderMarkdown(hostile(text), translators[locale]);
    expect(markdown).not.toContain(text);
    expect(markdown).not.toMatch(/^# injected/m);
    for (const destination of destinations(markdown)) expect(destination).toMatch(/^https:\/\//);
  });

  test.each(
    LOCALES.flatMap((locale) =>
      ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'].map(
        (href) => [locale, href, { en: 'click me (not a web link:', fr: 'click me (pas un lien web :' }[locale]] as const,
      ),
    ),
  )('%s: href %j is never a link', (locale, href, unlinked) => {
    const markdown = renderMarkdown(hostile('click me', href), translators[locale]);
    expect(destinations(markdown).filter((destination) => !destination.startsWith('https://'))).toEqual([]);
    expect(markdown).toContain(unlinked);
  });

  test('an http(s) href with brackets cannot close its destination', () => {
    const markdown = renderMarkdown(hostile('x', 'https://evil.example/a>b)<c'), en);
    expect(markdown).toContain('[x](https://evil.example/a%3Eb%29%3Cc)');
  });

  test('link destinations percent-encode brackets and parentheses', () => {
    const markdown = renderMarkdown(hostile('x', 'https://en.example.org/wiki/Port_(disambiguation)?q=[1]'), en);
    expect(markdown).toContain('[x](https://en.example.org/wiki/Port_%28disambiguation%29?q=%5B1%5D)');
    expect(markdown).toContain('<https://en.example.org/wiki/Port_%28disambiguation%29?q=%5B1%5D>');
  });
});
