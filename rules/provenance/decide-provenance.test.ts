import { describe, expect, test } from 'vitest';
import type { ArticleSnapshot } from '../../snapshot/article-snapshot';
import { headerLines, makeSnapshot, metaTags } from '../../tests/helpers/make-snapshot';
import { decideProvenance } from './decide-provenance';

const OPTIONS = { retrievedAt: '2026-11-23T12:00:00Z', pageDomain: 'example.org' };
const decide = (overrides: Partial<ArticleSnapshot>) => decideProvenance(makeSnapshot(overrides), OPTIONS);
const codes = (overrides: Partial<ArticleSnapshot>) => decide(overrides).warnings.map((warning) => warning.code);

describe('author candidates', () => {
  test.each<[string, Partial<ArticleSnapshot>, string[], string]>([
    ['JSON-LD author object', { jsonLd: [{ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Jeanne Dupont' } }] }, ['Jeanne Dupont'], 'json-ld'],
    ['JSON-LD author array', { jsonLd: [{ '@type': 'Article', author: [{ name: 'Ann Lee' }, { name: 'Bob Ray' }] }] }, ['Ann Lee', 'Bob Ray'], 'json-ld'],
    [
      'JSON-LD @graph Person by @id',
      { jsonLd: [{ '@graph': [{ '@type': 'Article', author: { '@id': '#p' } }, { '@type': 'Person', '@id': '#p', name: 'Luc Martin', url: 'https://example.org/luc' }] }] },
      ['Luc Martin'],
      'json-ld',
    ],
    ['meta author', { meta: metaTags({ author: 'Par Claire Morel' }) }, ['Claire Morel'], 'meta'],
    ['meta article:author (not a URL)', { meta: metaTags({ 'article:author': 'Sam Carter' }) }, ['Sam Carter'], 'meta'],
    ['meta parsely-author', { meta: metaTags({ 'parsely-author': 'Dana Scully' }) }, ['Dana Scully'], 'meta'],
    ['meta sailthru.author', { meta: metaTags({ 'sailthru.author': 'Fox Mulder' }) }, ['Fox Mulder'], 'meta'],
    ['meta dc.creator', { meta: metaTags({ 'dc.creator': 'Marie Curie' }) }, ['Marie Curie'], 'meta'],
    ['meta citation_author', { meta: metaTags({ citation_author: 'Ada Lovelace' }) }, ['Ada Lovelace'], 'meta'],
    ['twitter:data1 after "Écrit par"', { meta: metaTags({ 'twitter:label1': 'Écrit par', 'twitter:data1': 'Paul Martin' }) }, ['Paul Martin'], 'meta'],
    ['twitter:data1 after "Written by"', { meta: metaTags({ 'twitter:label1': 'Written by', 'twitter:data1': 'Ann Lee' }) }, ['Ann Lee'], 'meta'],
    ['microdata itemprop=author', { microdata: [{ itemType: 'https://schema.org/NewsArticle', prop: 'author', value: 'Louise Petit', href: null }] }, ['Louise Petit'], 'microdata'],
    ['rel=author link', { relLinks: [{ rel: 'author', href: 'https://example.org/a/jd', text: 'John Doe' }] }, ['John Doe'], 'rel-author'],
    ['byline element', { bylineElements: [{ text: 'By Kim Park', href: null, hint: 'byline' }] }, ['Kim Park'], 'byline-element'],
    ['French text line "Par"', { textLines: headerLines('Par Sophie Bernard') }, ['Sophie Bernard'], 'visible-text'],
    ['French text line "Auteur :"', { textLines: headerLines('Auteur : Marc Lévy') }, ['Marc Lévy'], 'visible-text'],
    ['French text line "Rédigé par"', { textLines: headerLines('Rédigé par Anne Roy') }, ['Anne Roy'], 'visible-text'],
    ['French text line "Texte :"', { textLines: headerLines('Texte : Hugo Blanc') }, ['Hugo Blanc'], 'visible-text'],
    ['English text line with a role', { textLines: headerLines('By Tom Hargreaves, business correspondent') }, ['Tom Hargreaves'], 'visible-text'],
    ['English text line after an ornament', { textLines: headerLines('// By Priya Raman • Nov 11, 2025') }, ['Priya Raman'], 'visible-text'],
    ['French text line after a dash', { textLines: headerLines('— Par Léa Fontaine') }, ['Léa Fontaine'], 'visible-text'],
    ['English text line with a colon after "by"', { textLines: headerLines('by: Laurie Oakes') }, ['Laurie Oakes'], 'visible-text'],
    ['French text line with a colon after "Par"', { textLines: headerLines('Par : Léa Fontaine') }, ['Léa Fontaine'], 'visible-text'],
    ['English text line "Author:"', { textLines: headerLines('Author: Ann Lee') }, ['Ann Lee'], 'visible-text'],
    ['meta author after "By"', { meta: metaTags({ author: 'By Claire Morel' }) }, ['Claire Morel'], 'meta'],
    ['English text line "Written by"', { textLines: headerLines('Written by Anne Roy') }, ['Anne Roy'], 'visible-text'],
    ['English text line "Words:"', { textLines: headerLines('Words: Hugo Blanc') }, ['Hugo Blanc'], 'visible-text'],
    ['English text line "Text and photos:"', { textLines: headerLines('Text and photos: Hugo Blanc') }, ['Hugo Blanc'], 'visible-text'],
    ['French text line with a role', { textLines: headerLines('Par Tom Hargreaves, correspondant économique') }, ['Tom Hargreaves'], 'visible-text'],
    ['French text line after an ornament', { textLines: headerLines('// Par Priya Raman • 11 nov. 2025') }, ['Priya Raman'], 'visible-text'],
    ['English text line after a dash', { textLines: headerLines('— By Leah Fontaine') }, ['Leah Fontaine'], 'visible-text'],
    ['French text line of the outlet\'s own correspondent', { textLines: headerLines('De notre envoyée spéciale à Kyiv, Léa Fontaine') }, ['Léa Fontaine'], 'visible-text'],
    ['English text line of the outlet\'s own correspondent', { textLines: headerLines('From our correspondent in Brussels, Tom Ray') }, ['Tom Ray'], 'visible-text'],
    ['French byline element', { bylineElements: [{ text: 'Par Kim Park', href: null, hint: 'signature' }] }, ['Kim Park'], 'byline-element'],
    ['French byline element by its class « auteur »', { bylineElements: [{ text: 'Kim Park', href: null, hint: 'article-auteur' }] }, ['Kim Park'], 'byline-element'],
    [
      "Readability's byline",
      { readability: { title: null, byline: 'By Eve Stone', excerpt: null, siteName: null, publishedTime: null, lang: null } },
      ['Eve Stone'],
      'readability',
    ],
    [
      "Readability's byline (FR)",
      { readability: { title: null, byline: 'Par Ève Pierre', excerpt: null, siteName: null, publishedTime: null, lang: null } },
      ['Ève Pierre'],
      'readability',
    ],
  ])('%s', (_label, overrides, names, origin) => {
    const { author } = decide(overrides);
    expect(author.names).toEqual(names);
    expect(author.kind).toBe('person');
    expect(author.evidence.map((evidence) => evidence.origin)).toContain(origin);
  });

  test.each<[string, string]>([
    ['FR', 'De notre correspondant à Londres, la situation reste tendue après le vote'],
    ['EN', 'From our correspondent in London, Boris Johnson said the deal was done'],
  ])('%s: a sentence that opens on the outlet\'s correspondent names no one', (_lang, line) => {
    expect(decide({ textLines: headerLines(line) }).author.names).toEqual([]);
  });

  test.each<[string, string, string[]]>([
    ['a commenter', 'comment-author vcard', []],
    ['a commenter (FR)', 'commentaire__auteur', []],
    ['a reply', 'reply-byline', []],
    ['a reply (FR)', 'reponse-auteur', []],
    ['a reply form\'s author', 'respond-author comment-respond', []],
    ['a reader\'s picture', 'avatar-name author', []],
    ['a reader\'s reaction', 'reactions__author', []],
    ['a byline box that also counts the comments', 'byline_and_share_and_comments header', ['Chris Moore']],
    ['a site menu\'s entry (EN)', 'menu-item-author site-menu', []],
    ['a site menu\'s entry (FR)', 'auteur nav-principale', []],
    ['a global navigation bar\'s tab', 'gnpribylines gnpri globalnav', []],
    ['a byline beside a canvas', 'byline canvas-wrap', ['Chris Moore']],
  ])('a byline element of %s', (_label, hint, names) => {
    expect(decide({ bylineElements: [{ text: 'Chris Moore', href: null, hint }] }).author.names).toEqual(names);
  });

  test.each<[string, string]>([
    ['EN', 'Chris Moore'],
    ['FR', 'Jeanne Dupont'],
  ])('%s: Readability\'s byline read from a menu entry credits no one', (_lang, text) => {
    const readability = { title: null, byline: text, excerpt: null, siteName: null, publishedTime: null, lang: null };
    expect(decide({ bylineElements: [{ text, href: 'https://writers.example.org/', hint: 'nav-writers globalnav' }], readability }).author.names).toEqual([]);
  });

  test('the byline by the headline beats a related story\'s, even when that one repeats below the article', () => {
    const { author } = decide({
      bylineElements: [
        { text: 'By Tom Reed', href: null, hint: 'c-byline' },
        { text: 'Tom Reed', href: null, hint: 'c-byline__item' },
      ],
      textLines: [
        { text: 'By Alice Martin @alicemartin Updated Jul 24, 2025', zone: 'header', hrefs: [] },
        { text: 'By Tom Reed', zone: 'footer', hrefs: [] },
      ],
    });
    expect(author.names).toEqual(['Alice Martin']);
  });

  test('a profile URL is kept from the source that gives one', () => {
    const { author } = decide({
      meta: metaTags({ author: 'Luc Martin' }),
      relLinks: [{ rel: 'author', href: 'https://example.org/auteur/luc', text: 'Luc Martin' }],
    });
    expect(author.profileUrl).toBe('https://example.org/auteur/luc');
    expect(author.confidence).toBe('high');
  });

  test.each<[string, string, string]>([
    ['a role glued on', 'Ben Carter Games Editor', 'Ben Carter'],
    ['a role glued on (FR)', 'Jeanne Dupont Rédactrice en chef', 'Jeanne Dupont'],
    ['a name written without spaces, then other words', '山田太郎 投稿 コメント', '山田太郎'],
  ])('a name with %s is trimmed to the form another source gives', (_label, longer, shorter) => {
    const { author } = decide({
      bylineElements: [
        { text: longer, href: null, hint: 'author' },
        { text: shorter, href: null, hint: 'author-name' },
      ],
    });
    expect(author.names).toEqual([shorter]);
  });

  test('one word another source gives is not enough to trim a Latin-script name', () => {
    const { author } = decide({
      bylineElements: [
        { text: 'Ben Carter', href: null, hint: 'author' },
        { text: 'Ben', href: null, hint: 'author-name' },
      ],
    });
    expect(author.names).toEqual(['Ben Carter']);
  });

  test.each<[string, Partial<ArticleSnapshot>, string[]]>([
    ['EN: two dc.creator tags, surname first, one with a particle', {
      meta: [{ key: 'dc.creator', content: 'Kooman, F.' }, { key: 'dc.creator', content: 'Jong, Michiel de' }],
      readability: { title: null, byline: 'Jong, Michiel de', excerpt: null, siteName: null, publishedTime: null, lang: null },
    }, ['F. Kooman', 'Michiel de Jong']],
    ['FR: citation_author, nom d’abord', { meta: [{ key: 'citation_author', content: 'Dupont, Jeanne' }] }, ['Jeanne Dupont']],
    ['DE: dc.creator mit Namenszusatz', { meta: [{ key: 'dc.creator', content: 'von Weizsäcker, Anna' }] }, ['Anna von Weizsäcker']],
    ['EN: two full names in one meta author tag stay two authors', { meta: [{ key: 'author', content: 'Ann Lee, Bob Ray' }] }, ['Ann Lee', 'Bob Ray']],
  ])('%s: library metadata names one person a tag, surname first', (_label, overrides, names) => {
    expect(decide(overrides).author.names).toEqual(names);
  });

  test('candidates naming different people are a conflict', () => {
    const { author } = decide({ meta: metaTags({ author: 'Ann Lee' }), textLines: headerLines('Par Paul Martin') });
    expect(author.names).toEqual(['Ann Lee']);
    expect(author.conflict).toBe(true);
    expect(author.confidence).toBe('low');
  });

  test.each<[string, Partial<ArticleSnapshot>, string]>([
    ['admin', { meta: metaTags({ author: 'admin' }) }, 'generic'],
    ['La Rédaction', { textLines: headerLines('Par La Rédaction') }, 'generic'],
    ['Staff', { meta: metaTags({ author: 'Staff' }) }, 'generic'],
    ['AFP as author', { meta: metaTags({ author: 'AFP' }) }, 'organisation'],
    ['JSON-LD Organization author', { jsonLd: [{ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Le Journal' } }] }, 'organisation'],
  ])('%s is not a person', (_label, overrides, kind) => {
    const decision = decide(overrides);
    expect(decision.author.kind).toBe(kind);
    expect(decision.warnings.map((warning) => warning.code)).toContain('generic-author');
  });
});

describe('date candidates', () => {
  test.each<[string, Partial<ArticleSnapshot>, string, boolean, string]>([
    ['JSON-LD datePublished', { jsonLd: [{ '@type': 'NewsArticle', datePublished: '2026-03-04T09:30:00+01:00' }] }, '2026-03-04T09:30:00+01:00', true, 'json-ld'],
    ['meta article:published_time', { meta: metaTags({ 'article:published_time': '2026-03-04T08:30:00Z' }) }, '2026-03-04T08:30:00Z', true, 'meta'],
    ['meta date', { meta: metaTags({ date: '2026-03-04' }) }, '2026-03-04', false, 'meta'],
    ['meta DC.date.issued', { meta: metaTags({ 'dc.date.issued': '2026-03-04' }) }, '2026-03-04', false, 'meta'],
    ['meta parsely-pub-date', { meta: metaTags({ 'parsely-pub-date': '2026-03-04T08:30:00Z' }) }, '2026-03-04T08:30:00Z', true, 'meta'],
    ['meta citation_date', { meta: metaTags({ citation_date: '2026/03/04' }) }, '2026-03-04', false, 'meta'],
    ['<time datetime> marked published', { timeElements: [{ datetime: '2026-03-04T10:00:00+01:00', text: '4 mars 2026', hint: 'published' }] }, '2026-03-04T10:00:00+01:00', true, 'time-element'],
    ['URL path', { url: 'https://example.org/2026/03/04/story' }, '2026-03-04', false, 'url'],
    ['French text "Publié le"', { textLines: headerLines('Publié le 14 novembre 2026 à 8 h 45') }, '2026-11-14T08:45:00', false, 'visible-text'],
    ['French text "Date de publication :"', { textLines: headerLines('Date de publication : 2025-07-10 06:10:00') }, '2025-07-10T06:10:00', false, 'visible-text'],
    ['English text "Published"', { textLines: headerLines('Published March 4, 2026') }, '2026-03-04', false, 'visible-text'],
    ['English text with a zone', { textLines: headerLines('Posted March 4, 2026 9:30 am EST') }, '2026-03-04T09:30:00-05:00', true, 'visible-text'],
  ])('%s', (_label, overrides, value, stated, origin) => {
    const { published } = decide(overrides);
    expect(published.value).toBe(value);
    expect(published.timeZoneStated).toBe(stated);
    expect(published.evidence.map((evidence) => evidence.origin)).toContain(origin);
  });

  test.each<[string, Partial<ArticleSnapshot>, string]>([
    ['JSON-LD dateModified', { jsonLd: [{ '@type': 'Article', dateModified: '2026-03-05T10:00:00Z' }] }, '2026-03-05T10:00:00Z'],
    ['meta og:updated_time', { meta: metaTags({ 'og:updated_time': '2026-03-05T10:00:00+00:00' }) }, '2026-03-05T10:00:00+00:00'],
    ['French text "mis à jour le"', { textLines: headerLines('Mis à jour le 5 mars 2026 à 10 h') }, '2026-03-05T10:00:00'],
    ['English text "Updated"', { textLines: headerLines('Updated March 5, 2026') }, '2026-03-05'],
    ['<time> marked updated', { timeElements: [{ datetime: '2026-03-05', text: '', hint: 'updated' }] }, '2026-03-05'],
  ])('modified from %s', (_label, overrides, value) => {
    expect(decide(overrides).modified.value).toBe(value);
  });

  test.each<[string, ArticleSnapshot['timeElements'], string | null]>([
    ['EN: "An hour ago" stamps of a ticker above the article’s own <time>', [
      { datetime: null, text: 'Today 7:30AM', hint: 'reel' },
      { datetime: null, text: 'An hour ago', hint: 'reel' },
      { datetime: null, text: 'Yesterday 12:35PM', hint: 'reel' },
      { datetime: '2013-09-11T10:00:00-04:00', text: '9/11/13 10:00AM', hint: 'meta-time' },
    ], '2013-09-11T10:00:00-04:00'],
    ['FR: des « il y a 5 min » au-dessus de la date de l’article', [
      { datetime: null, text: 'il y a 5 min', hint: 'fil' },
      { datetime: null, text: 'il y a 1 h', hint: 'fil' },
      { datetime: null, text: 'hier', hint: 'fil' },
      { datetime: '2026-03-04T10:00:00+01:00', text: '4 mars 2026', hint: 'heure' },
    ], '2026-03-04T10:00:00+01:00'],
    ['EN: a third dated <time> with no label is still a list’s', [
      { datetime: '2026-03-01', text: 'March 1', hint: 'x' },
      { datetime: '2026-03-02', text: 'March 2', hint: 'x' },
      { datetime: '2026-03-03', text: 'March 3', hint: 'x' },
    ], '2026-03-01'],
  ])('%s', (_label, timeElements, value) => {
    expect(decide({ timeElements }).published.value).toBe(value);
  });

  test('one line with both dates gives each its role', () => {
    const decision = decide({ textLines: headerLines('Publié le 4 mars 2026 à 9 h 30, mis à jour le 5 mars 2026 à 10 h') });
    expect(decision.published.value).toBe('2026-03-04T09:30:00');
    expect(decision.modified.value).toBe('2026-03-05T10:00:00');
  });

  test('the visible local time of the instant the metadata states in UTC is the one shown', () => {
    const { published } = decide({
      jsonLd: [{ '@type': 'NewsArticle', datePublished: '2026-04-14T00:38:07Z' }],
      textLines: headerLines('Apr 13, 2026 at 4:38 PM'),
    });
    expect(published).toMatchObject({ value: '2026-04-13T16:38:00', timeZoneStated: false });
    expect(published.evidence.map((evidence) => evidence.value)).toContain('2026-04-14T00:38:07Z');
  });

  test('agreeing sources give high confidence, and the stated offset is kept', () => {
    const { published } = decide({
      meta: metaTags({ 'article:published_time': '2026-03-04T09:30:00+01:00' }),
      textLines: headerLines('Publié le 4 mars 2026 à 9 h 30'),
    });
    expect(published).toMatchObject({ value: '2026-03-04T09:30:00+01:00', timeZoneStated: true, confidence: 'high', conflict: false });
  });
});

describe('provenance warnings', () => {
  test.each<[string, Partial<ArticleSnapshot>, string]>([
    ['no date at all', {}, 'no-date'],
    ['no author at all', {}, 'no-author'],
    [
      'modified before published',
      { meta: metaTags({ 'article:published_time': '2026-03-04T10:00:00Z', 'article:modified_time': '2026-03-01T10:00:00Z' }) },
      'modified-before-published',
    ],
    ['modified before published (FR text)', { textLines: headerLines('Publié le 4 mars 2026 à 10 h', 'Mis à jour le 1er mars 2026 à 9 h') }, 'modified-before-published'],
    ['modified before published (EN text)', { textLines: headerLines('Published March 4, 2026', 'Updated March 1, 2026') }, 'modified-before-published'],
    ['date in the future (EN)', { meta: metaTags({ 'article:published_time': '2027-01-15T10:00:00Z' }) }, 'date-in-future'],
    ['date in the future (EN text)', { textLines: headerLines('Published January 15, 2027') }, 'date-in-future'],
    ['old story (FR text)', { textLines: headerLines('Publié le 2 mai 2019') }, 'old-story'],
    ['old story (EN text)', { textLines: headerLines('Published May 2, 2019') }, 'old-story'],
    [
      'metadata and visible date disagree (EN)',
      { jsonLd: [{ '@type': 'NewsArticle', datePublished: '2026-03-04T10:00:00Z' }], textLines: headerLines('Published January 12, 2024') },
      'date-sources-disagree',
    ],
    ['generic byline (EN)', { textLines: headerLines('By Staff') }, 'generic-author'],
    ['wire service as author (EN)', { meta: metaTags({ author: 'Associated Press' }) }, 'generic-author'],
    ['date in the future (FR text)', { textLines: headerLines('Publié le 15 janvier 2027') }, 'date-in-future'],
    ['old story', { meta: metaTags({ 'article:published_time': '2019-05-02T10:00:00Z' }) }, 'old-story'],
    [
      'metadata and visible date disagree',
      { meta: metaTags({ 'article:published_time': '2026-03-04T10:00:00Z' }), textLines: headerLines('Publié le 12 janvier 2024') },
      'date-sources-disagree',
    ],
    ['generic byline (FR)', { textLines: headerLines('Par la rédaction') }, 'generic-author'],
    [
      'syndicated copy',
      { relLinks: [{ rel: 'canonical', href: 'https://www.origin-news.co.uk/a/1', text: '' }] },
      'syndicated-copy',
    ],
    [
      'sponsored label by the headline (FR)',
      { documentTitle: 'Nos conseils pour isoler sa maison', textLines: headerLines('Contenu sponsorisé', 'Nos conseils pour isoler sa maison') },
      'sponsored-content',
    ],
    [
      'sponsored label by the headline (EN)',
      { documentTitle: 'Ten ways to save on energy', textLines: headerLines('Ten ways to save on energy', 'Sponsored content') },
      'sponsored-content',
    ],
    [
      'a label naming its sponsor a few lines off (FR)',
      { documentTitle: "L'Europe et ses régions", textLines: headerLines("L'Europe et ses régions", 'Par Anne Roy', 'Le 3 mars 2026', 'En partenariat avec la Commission européenne') },
      'sponsored-content',
    ],
    [
      'a label naming its sponsor a few lines off (EN)',
      { documentTitle: 'Europe and its regions', textLines: headerLines('Europe and its regions', 'By Ann Lee', 'March 3, 2026', 'Sponsored by the European Commission') },
      'sponsored-content',
    ],
    ['a content tier that says sponsored (EN)', { meta: metaTags({ 'article:content_tier': 'sponsored' }) }, 'sponsored-content'],
    ['a keyword that says sponsored (FR)', { meta: metaTags({ keywords: 'énergie, publireportage' }) }, 'sponsored-content'],
  ])('%s → %s', (_label, overrides, code) => {
    expect(codes(overrides)).toContain(code);
  });

  test.each<[string, Partial<ArticleSnapshot>, string]>([
    [
      'an advertising module by the headline',
      { documentTitle: 'Ten ways to save on energy', textLines: headerLines('Sponsored Links', 'Ten ways to save on energy') },
      'sponsored-content',
    ],
    [
      'an advertising module by the headline (FR)',
      { documentTitle: 'Le budget est voté au Sénat', textLines: headerLines('Le budget est voté au Sénat', 'Sponsorisé par Taboola') },
      'sponsored-content',
    ],
    [
      'an advertising module\'s plural heading by the headline (FR)',
      { documentTitle: 'Le budget est voté au Sénat', textLines: headerLines('Contenus sponsorisés', 'Le budget est voté au Sénat') },
      'sponsored-content',
    ],
    [
      'a partnership label whose partner is only a logo, by the headline (FR)',
      { documentTitle: 'Le budget est voté au Sénat', textLines: headerLines('Le budget est voté au Sénat', 'En partenariat avec') },
      'sponsored-content',
    ],
    [
      'a bare label a few lines off the headline (FR)',
      { documentTitle: 'Le budget est voté au Sénat', textLines: headerLines('Le budget est voté au Sénat', 'Par Anne Roy', 'Contenu sponsorisé') },
      'sponsored-content',
    ],
    [
      'a sponsored label far from the headline (EN)',
      { documentTitle: 'Ten ways to save on energy', textLines: headerLines('Ten ways to save on energy', 'a', 'b', 'c', 'd', 'Sponsored content') },
      'sponsored-content',
    ],
    [
      'an advertising slot heading by the headline (FR)',
      { documentTitle: 'Le budget voté', textLines: headerLines('Le budget voté', 'Publicité') },
      'sponsored-content',
    ],
    [
      "a 'Sponsored by' whose sponsor is only a logo, by the headline",
      { documentTitle: 'Ten ways to save on energy', textLines: headerLines('Ten ways to save on energy', 'Sponsored By') },
      'sponsored-content',
    ],
    [
      'a bare label a few lines off the headline',
      { documentTitle: 'Ten ways to save on energy', textLines: headerLines('Ten ways to save on energy', 'By Ann Lee', 'Sponsored Content') },
      'sponsored-content',
    ],
    [
      'a sponsored label far from the headline',
      { documentTitle: 'Le budget voté', textLines: headerLines('Le budget voté', 'a', 'b', 'c', 'd', 'Contenu sponsorisé') },
      'sponsored-content',
    ],
    [
      'related stories with older dates after the article date',
      {
        meta: metaTags({ 'article:published_time': '2026-03-04T10:00:00Z' }),
        timeElements: [
          { datetime: '2026-03-04T10:00:00Z', text: '4 March 2026', hint: 'published' },
          { datetime: '2024-01-12', text: '12 January 2024', hint: 'published related' },
        ],
      },
      'date-sources-disagree',
    ],
    [
      'a labelled <time> of another story, when the byline line shows the metadata\'s day',
      {
        meta: metaTags({ 'article:published_time': '2026-03-04T10:00:00Z' }),
        timeElements: [{ datetime: null, text: 'JAN. 12, 2024', hint: 'dateline' }],
        textLines: headerLines('Par Claire Morel, 4 mars 2026'),
      },
      'date-sources-disagree',
    ],
    [
      'a shown day that the metadata instant falls on in the page\'s zone',
      { jsonLd: [{ '@type': 'NewsArticle', datePublished: '2026-03-05T02:18:00Z' }], textLines: headerLines('Published March 4, 2026') },
      'date-sources-disagree',
    ],
    [
      'a modification an hour before publication (a CMS time-zone slip)',
      { meta: metaTags({ 'article:published_time': '2026-03-04T10:00:00+01:00', 'article:modified_time': '2026-03-04T08:30:00+01:00' }) },
      'modified-before-published',
    ],
  ])('no warning for %s', (_label, overrides, code) => {
    expect(codes(overrides)).not.toContain(code);
  });

  test('a clean page has no provenance warning', () => {
    const warnings = codes({
      meta: metaTags({ author: 'Ann Lee', 'article:published_time': '2026-11-20T10:00:00Z' }),
      relLinks: [{ rel: 'canonical', href: 'https://www.example.org/story', text: '' }],
    });
    expect(warnings).toEqual([]);
  });

  test('every warning is page-level provenance', () => {
    for (const warning of decide({}).warnings) {
      expect(warning).toMatchObject({ category: 'provenance', anchor: null });
    }
  });
});

describe('a byline in the title names no site', () => {
  test.each<[string, string]>([
    ['EN', 'The Most Precious Resource is Agency - by Simon Sarris'],
    ['FR', 'La ressource la plus précieuse est le temps - par Jeanne Dupont'],
    ['DE', 'Die wertvollste Ressource ist die Zeit - von Anna Schmidt'],
  ])('%s: %s', (_lang, documentTitle) => {
    expect(decide({ documentTitle }).publisher.name).toBeNull();
  });
});

describe('a signature by initials linked to the writer\'s address', () => {
  test.each<[string, Partial<ArticleSnapshot>, string[]]>([
    ['DE: the initials credit the person the link names, over the site\'s own byline', {
      meta: metaTags({ 'og:site_name': 'Mac & i', 'dc.creator': 'Mac & i' }),
      mailLinks: [{ text: 'bsc', title: 'Ben Schwan' }],
    }, ['Ben Schwan']],
    ['EN: initials of the named writer', { mailLinks: [{ text: 'al', title: 'Ann Lee' }] }, ['Ann Lee']],
    ['FR: des initiales qui abrègent le nom', { mailLinks: [{ text: 'jdu', title: 'Jeanne Dupont' }] }, ['Jeanne Dupont']],
    ['EN: initials that abbreviate another name are a contact link', { mailLinks: [{ text: 'tips', title: 'Ann Lee' }] }, []],
    ['FR: un lien de contact titré d’un service ne signe rien', { mailLinks: [{ text: 'redac', title: 'Rédaction' }] }, []],
    ['EN: a capitalised label is no signature', { mailLinks: [{ text: 'Ann', title: 'Ann Lee' }] }, []],
  ])('%s', (_label, overrides, names) => {
    expect(decide(overrides).author.names).toEqual(names);
  });
});

describe('a poster shown by the headline beside their picture', () => {
  const header = (...texts: string[]) => texts.map((text) => ({ text, zone: 'header' as const, hrefs: [] }));
  const body = [{ text: 'The first paragraph of the post, long enough to be the body.', zone: 'body' as const, hrefs: [] }];
  test.each<[string, Partial<ArticleSnapshot>, string[]]>([
    ['EN: the name beside the avatar, two lines above the headline', {
      headings: ['Seven things I noticed in the film'], avatarNames: ['Top poster', 'ann.lee'],
      textLines: [...header('Top poster 3 posts', 'ann.lee', '4 years ago', 'Seven things I noticed in the film'), ...body],
    }, ['ann.lee']],
    ['FR: le nom sous le titre, à côté de l’avatar', {
      headings: ['Les meilleurs courts métrages de l’année'], avatarNames: ['Jeanne Dupont'],
      textLines: [...header('Les meilleurs courts métrages de l’année', 'il y a 6 ans', 'Jeanne Dupont'), ...body],
    }, ['Jeanne Dupont']],
    ['EN: an avatar far from the headline is a sidebar\'s', {
      headings: ['Seven things I noticed in the film'], avatarNames: ['ann.lee'],
      textLines: [...header('ann.lee', 'Top posts', 'Popular', 'This week', 'Seven things I noticed in the film'), ...body],
    }, []],
    ['FR: deux avatars près du titre sont une liste d’autres publications', {
      headings: ['Les meilleurs courts métrages de l’année'], avatarNames: ['Jeanne Dupont', 'Paul Roux'],
      textLines: [...header('Jeanne Dupont', 'Les meilleurs courts métrages de l’année', 'Paul Roux'), ...body],
    }, []],
  ])('%s', (_label, overrides, names) => {
    expect(decide(overrides).author.names).toEqual(names);
  });
});

describe('a publication a platform hosts', () => {
  test.each<[string, Partial<ArticleSnapshot>, string | null]>([
    ['EN: the title names it between the byline and the platform, the page shows its logo', {
      meta: metaTags({ 'og:site_name': 'Pressroom' }), logoNames: ['Harbour Engineering'],
      documentTitle: 'Release notes for version 3 | by Ann Lee | Harbour Engineering | Pressroom',
    }, 'Harbour Engineering'],
    ['FR: le titre la nomme entre la signature et la plateforme, la page montre son logo', {
      meta: metaTags({ 'og:site_name': 'Pressroom' }), logoNames: ['Le Carnet Technique'],
      documentTitle: 'Notes de version 3 | par Jeanne Dupont | Le Carnet Technique | Pressroom',
    }, 'Le Carnet Technique'],
    ['EN: a section in that place of the title, with no logo of its own, is no publication', {
      meta: metaTags({ 'og:site_name': 'Northern Ledger' }),
      documentTitle: 'Harbour towns must adapt | by Ann Lee | Opinion | Northern Ledger',
    }, 'Northern Ledger'],
    ['FR: une rubrique à cette place du titre, sans logo, n’est pas une publication', {
      meta: metaTags({ 'og:site_name': 'Le Courrier du Val' }),
      documentTitle: 'Les ports doivent s’adapter | par Jeanne Dupont | Tribunes | Le Courrier du Val',
    }, 'Le Courrier du Val'],
    ['EN: a post in no publication is the platform’s', {
      meta: metaTags({ 'og:site_name': 'Pressroom' }),
      documentTitle: 'Release notes for version 3 | by Ann Lee | Pressroom',
    }, 'Pressroom'],
    ['FR: sans signature avant elle, une partie du titre est une rubrique, pas une publication', {
      meta: metaTags({ 'og:site_name': 'Pressroom' }),
      documentTitle: 'Notes de version 3 | Jeanne Dupont | Le Carnet Technique | Pressroom',
    }, 'Pressroom'],
  ])('%s', (_label, overrides, name) => {
    expect(decide(overrides).publisher.name).toBe(name);
  });
});

describe('an author the metadata gives only as a profile address', () => {
  const linked = (text: string, href: string, zone: 'header' | 'footer' = 'header') => [{ text, zone, hrefs: [href] }];
  test.each<[string, Partial<ArticleSnapshot>, string[]]>([
    ['EN: the line linking to the profile, its initial spelled out by the address', {
      meta: metaTags({ 'article:author': 'https://www.example.org/about/editors/mallory-locklear' }),
      textLines: linked('M. Locklear | 01.07.19', 'https://www.example.org/about/editors/mallory-locklear/'),
    }, ['Mallory Locklear']],
    ['FR: le nom affiché en lien vers le profil', {
      meta: metaTags({ author: 'https://example.org/auteurs/jeanne-dupont' }),
      textLines: linked('Jeanne Dupont', 'https://example.org/auteurs/jeanne-dupont?ref=article'),
    }, ['Jeanne Dupont']],
    ['EN: an address that spells other words keeps the name as shown', {
      meta: metaTags({ 'article:author': 'https://example.org/staff/ml2019' }),
      textLines: linked('M. Locklear', 'https://example.org/staff/ml2019'),
    }, ['M. Locklear']],
    ['EN: a link to the profile after the article is a related story’s', {
      meta: metaTags({ 'article:author': 'https://example.org/about/editors/mallory-locklear' }),
      textLines: linked('M. Locklear', 'https://example.org/about/editors/mallory-locklear', 'footer'),
    }, []],
    ['FR: aucun lien vers le profil, aucun nom', {
      meta: metaTags({ 'article:author': 'https://example.org/auteurs/jeanne-dupont' }),
      textLines: linked('Jeanne Dupont', 'https://example.org/auteurs/paul-roux'),
    }, []],
  ])('%s', (_label, overrides, names) => {
    expect(decide(overrides).author.names).toEqual(names);
  });
});

describe('the name a site logo gives', () => {
  const onDomain = (pageDomain: string, overrides: Partial<ArticleSnapshot>) =>
    decideProvenance(makeSnapshot(overrides), { ...OPTIONS, pageDomain }).publisher.name;

  test.each<[string, string, Partial<ArticleSnapshot>, string | null]>([
    ['EN: the logo names the site where nothing else does', 'example.org', { logoNames: ['Example'] }, 'Example'],
    ['EN: a name whose initials are the domain', 'hl.example', { logoNames: ['Harbour Ledger'] }, 'Harbour Ledger'],
    ['FR: le logo plutôt que le détenteur du copyright', 'example.org', {
      logoNames: ['EXAMPLE'],
      textLines: [{ text: '© 2025 Groupe Example Médias. Tous droits réservés.', zone: 'footer', hrefs: [] }],
    }, 'EXAMPLE'],
    ['EN: a logo naming another site (a partner, the group) is none', 'example.org', { logoNames: ['Acme Partners'] }, null],
    ['EN: the name in words over the domain written out', 'harbourledger.com', {
      meta: metaTags({ 'og:site_name': 'HarbourLedger.com' }),
      logoNames: ['The Harbour Ledger'],
      documentTitle: 'Harbour towns brace for the winter storm season - The Harbour Ledger',
    }, 'The Harbour Ledger'],
    ['FR: le nom en toutes lettres plutôt que l’adresse', 'courrierduval.fr', {
      meta: metaTags({ 'og:site_name': 'CourrierDuVal.fr' }),
      documentTitle: 'Le marché couvert rouvre ses portes - Le Courrier du Val',
    }, 'Le Courrier du Val'],
    ['EN: the logo’s caption votes for the name, it does not spell it', 'harbourledger.com', {
      meta: metaTags({ 'og:site_name': 'HarbourLedger' }),
      logoNames: ['Harbour Ledger'],
    }, 'HarbourLedger'],
    ['EN: words after the name describe the image, not the site', 'harbourledger.com', { logoNames: ['Harbour Ledger Logo'] }, null],
    ['EN: a heading marked as the logo names the site, over the copyright holder', 'example.org', {
      logoHeadings: ['The Map is Mostly Water'],
      textLines: [{ text: '© 2025 Simon Sarris', zone: 'footer', hrefs: [] }],
    }, 'The Map is Mostly Water'],
    ['FR: le titre du site en logo, même sans rapport avec l’adresse', 'example.org', { logoHeadings: ['Notes de Steven'] }, 'Notes de Steven'],
    ['FR: le nom que le site déclare l’emporte sur son logo', 'example.org', {
      meta: metaTags({ 'og:site_name': 'Le Courrier du Val' }),
      logoHeadings: ['Accueil'],
    }, 'Le Courrier du Val'],
    ['EN: the name the title gives wins over a blog’s heading', 'example.org', {
      documentTitle: 'Get your Frontend JavaScript Code Covered | Nicolas Perriault',
      logoHeadings: ['Hi, I’m Nicolas.'],
    }, 'Nicolas Perriault'],
    ['EN: a headline wrapped in a link home is no name', 'example.org', {
      logoHeadings: ['Harbour towns brace for the winter storm season as the council votes an emergency budget'],
    }, null],
    ['FR: l’adresse reste le nom quand la page n’en montre pas d’autre', 'courrierduval.fr', {
      meta: metaTags({ 'og:site_name': 'CourrierDuVal.fr' }),
    }, 'CourrierDuVal.fr'],
  ])('%s', (_label, pageDomain, overrides, name) => {
    expect(onDomain(pageDomain, overrides)).toBe(name);
  });
});

describe('publisher', () => {
  test.each<[string, Partial<ArticleSnapshot>, string]>([
    ['JSON-LD publisher', { jsonLd: [{ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Le Quotidien' } }] }, 'Le Quotidien'],
    ['og:site_name', { meta: metaTags({ 'og:site_name': 'The Daily Example' }) }, 'The Daily Example'],
    ['application-name', { meta: metaTags({ 'application-name': 'Exemple Matin' }) }, 'Exemple Matin'],
    ['title suffix naming the domain', { documentTitle: 'Un titre assez long pour un article - Example' }, 'Example'],
    ['short title suffix, nothing else', { documentTitle: 'Harbour towns brace for the winter storm season | Northern Ledger' }, 'Northern Ledger'],
    ['the spelling most sources share', {
      meta: metaTags({ 'og:site_name': 'Le Réveil Comtois', 'application-name': 'Le Réveil Comtois' }),
      jsonLd: [{ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Le Reveil Comtois' } }],
    }, 'Le Réveil Comtois'],
    ['og:site_name with an aside in brackets', { meta: metaTags({ 'og:site_name': 'Northern Ledger (formerly The Harbour Times)' }) }, 'Northern Ledger'],
    ['copyright holder, nothing else', { textLines: [{ text: '© 2025 Harbour Media Group. All rights reserved.', zone: 'footer', hrefs: [] }] }, 'Harbour Media Group'],
    ['the title suffix over an organisation the page describes', {
      documentTitle: 'Acme Widgets company profile | Example',
      jsonLd: [{ '@type': 'Organization', name: 'Acme Widgets' }],
    }, 'Example'],
    ['a declared publisher over the organisation behind it', {
      microdata: [
        { itemType: 'https://schema.org/NewsArticle', prop: 'sourceOrganization', value: 'Groupe Presse Holding', href: null },
        { itemType: 'https://schema.org/NewsArticle', prop: 'publisher', value: 'Le Courrier du Soir', href: null },
      ],
    }, 'Le Courrier du Soir'],
    ['EN: the name the title shows over the company’s registered name', {
      documentTitle: 'New Zealand - Example',
      jsonLd: [{ '@type': 'Article', publisher: { '@type': 'Organization', name: 'Example Foundation, Inc.' } }],
      readability: { title: null, byline: null, excerpt: null, siteName: 'Example Foundation, Inc.', publishedTime: null, lang: null },
    }, 'Example'],
    ['FR: le nom affiché plutôt que la raison sociale', {
      documentTitle: 'Le marché couvert rouvre ses portes - Example',
      jsonLd: [{ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Éditions du Val SARL' } }],
    }, 'Example'],
    ['FR: la raison sociale, faute d’autre nom', {
      jsonLd: [{ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Éditions du Val SARL' } }],
    }, 'Éditions du Val SARL'],
    ['EN: the company’s registered name, when nothing else names the site', {
      jsonLd: [{ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Harbour Ledger Publishing Ltd' } }],
    }, 'Harbour Ledger Publishing Ltd'],
    ['EN: of two JSON-LD publishers, the one at the page’s own address; the sister site’s yields', {
      meta: metaTags({ 'og:site_name': 'Harbour Chronicle' }),
      jsonLd: [
        { '@type': 'NewsArticle', publisher: { '@type': 'NewsMediaOrganization', name: 'HarbourGATE', url: 'https://www.harbourgate.example' } },
        { '@type': 'NewsArticle', publisher: { '@type': 'NewsMediaOrganization', name: 'Harbour Chronicle', url: 'https://www.example.org/' } },
      ],
      readability: { title: null, byline: null, excerpt: null, siteName: 'HarbourGATE', publishedTime: null, lang: null },
    }, 'Harbour Chronicle'],
    ['FR: l’éditeur JSON-LD d’un site frère, à une autre adresse, cède au nom que le site déclare', {
      meta: metaTags({ 'og:site_name': 'Le Courrier du Val' }),
      jsonLd: [{ '@type': 'NewsArticle', publisher: { '@type': 'NewsMediaOrganization', name: 'Val Matin', url: 'https://www.valmatin.example/' } }],
      readability: { title: null, byline: null, excerpt: null, siteName: 'Val Matin', publishedTime: null, lang: null },
    }, 'Le Courrier du Val'],
    ['EN: a publication on a platform, at the platform’s address, keeps its name', {
      meta: metaTags({ 'og:site_name': 'Example' }),
      jsonLd: [{ '@type': 'Article', publisher: { '@type': 'Organization', name: 'Voodoo Engineering', url: 'https://example.org/voodoo-engineering' } }],
      readability: { title: null, byline: null, excerpt: null, siteName: 'Voodoo Engineering', publishedTime: null, lang: null },
    }, 'Voodoo Engineering'],
    ['FR: une publication sur une plateforme, à l’adresse de la plateforme, garde son nom', {
      meta: metaTags({ 'og:site_name': 'Example' }),
      jsonLd: [{ '@type': 'Article', publisher: { '@type': 'Organization', name: 'Carnets de Lise', url: 'https://example.org/carnets-de-lise' } }],
      readability: { title: null, byline: null, excerpt: null, siteName: 'Carnets de Lise', publishedTime: null, lang: null },
    }, 'Carnets de Lise'],
    ['EN: the name the title shows, over the same name with the domain’s ending', {
      documentTitle: 'Harbour towns brace for the winter storm season | Example',
      meta: metaTags({ 'og:site_name': 'Example.org' }),
    }, 'Example'],
    ['FR: le nom que montre le titre, plutôt que le nom suivi d’un slogan', {
      documentTitle: 'Le marché couvert rouvre ses portes - Example.org',
      meta: metaTags({ 'og:site_name': 'Example.org - Toute l’actualité de la vallée' }),
    }, 'Example.org'],
    ['DE: der Name aus dem Titel statt des Namens mit Werbespruch', {
      documentTitle: 'Der Stadtrat beschließt den Haushalt | Example',
      meta: metaTags({ 'og:site_name': 'Example | Nachrichten aus der Region' }),
    }, 'Example'],
    ['FR: un nom déclaré par une autre source que le titre ne raccourcit pas celui du site', {
      meta: metaTags({ 'og:site_name': 'Example.org', 'dc.publisher': 'Example' }),
    }, 'Example.org'],
    ['EN: the name the title shows, over the name with its domain ending and a tagline', {
      documentTitle: 'Harbour towns brace for the winter storm season | Example',
      meta: metaTags({ 'og:site_name': 'EXAMPLE.ORG | BY: ANN LEE' }),
    }, 'Example'],
    ['EN: another domain’s ending stays: it is part of the name', {
      documentTitle: 'Harbour towns brace for the winter storm season | Example',
      meta: metaTags({ 'og:site_name': 'Example.io' }),
    }, 'Example.io'],
    ['FR: l’extension d’un autre domaine reste : elle fait partie du nom', {
      documentTitle: 'Le marché couvert rouvre ses portes | Example',
      meta: metaTags({ 'og:site_name': 'Example.io' }),
    }, 'Example.io'],
    ['EN: the spaced spelling over a glued one', {
      documentTitle: 'Angry media won’t buckle over new laws | Herald Sun',
      meta: metaTags({ 'og:site_name': 'HeraldSun' }),
    }, 'Herald Sun'],
    ['FR: l’écriture espacée plutôt que l’écriture collée', {
      documentTitle: 'Le marché couvert rouvre ses portes | Courrier du Val',
      meta: metaTags({ 'og:site_name': 'CourrierduVal' }),
    }, 'Courrier du Val'],
    ['EN: a blog’s name before the headline it shows', {
      documentTitle: 'Linux Engineer’s random thoughts - awk driven IoT',
      headings: ['awk driven IoT'],
    }, 'Linux Engineer’s random thoughts'],
    ['FR: le nom du blog avant le titre affiché', {
      documentTitle: 'Carnets de Lise - Les érables du camp en automne',
      headings: ['Les érables du camp en automne'],
    }, 'Carnets de Lise'],
  ])('site name from %s', (_label, overrides, name) => {
    expect(decide(overrides).publisher.name).toBe(name);
  });

  test.each<[string, string, string]>([
    ['FR', 'Flash Monde', 'Les érables du camp en automne'],
    ['EN', 'World Brief', 'Harbour towns brace for the storm'],
  ])('%s: the section shown above the headline is no site name', (_label, section, headline) => {
    const decision = decide({
      documentTitle: `${section} – ${headline}`,
      headings: [headline],
      textLines: [{ text: section, zone: 'header', hrefs: [] }, { text: headline, zone: 'header', hrefs: [] }],
    });
    expect(decision.publisher.name).toBeNull();
    expect(decision.section).toBe(section);
  });

  test.each<[string, string, string]>([
    ['EN', 'Northern Ledger', '© 2025 Ledger Holdings Ltd. All rights reserved.'],
    ['FR', 'Le Courrier du Val', '© 2025 Groupe Val Médias. Tous droits réservés.'],
  ])('%s: the copyright holder is only a last resort', (_lang, site, footer) => {
    const decision = decide({ meta: metaTags({ 'og:site_name': site }), textLines: [{ text: footer, zone: 'footer', hrefs: [] }] });
    expect(decision.publisher.name).toBe(site);
    expect(decision.publisher.conflict).toBe(false);
  });

  test.each<[string, string, string]>([
    ['a section label', 'Blog', 'Harbour towns brace for the winter storm season'],
    ['a teaser of another article', 'Dix astuces pour votre téléphone', 'Le conseil municipal vote le budget 2026'],
    ['a section label (FR)', 'Carnet', 'Le conseil municipal vote le budget 2026'],
    ['a teaser of another article (EN)', 'Ten tips for your phone', 'Harbour towns brace for the winter storm season'],
  ])('a microdata headline the <title> does not contain (%s) loses to the page\'s own', (_label, microdataHeadline, headline) => {
    const decision = decide({
      documentTitle: `Exemple | ${headline}`,
      readability: { title: `Exemple | ${headline}`, byline: null, excerpt: null, siteName: null, publishedTime: null, lang: null },
      microdata: [{ itemType: 'https://schema.org/BlogPosting', prop: 'headline', value: microdataHeadline, href: null }],
      textLines: headerLines(headline),
    });
    expect(decision.title).toBe(headline);
  });

  test('the title lists every candidate it was chosen from', () => {
    const decision = decide({
      documentTitle: 'Harbour towns brace for the storm | Northern Ledger',
      meta: metaTags({ 'og:title': 'Harbour towns brace for the storm', 'og:site_name': 'Northern Ledger' }),
      jsonLd: [{ '@type': 'NewsArticle', headline: 'Harbour towns brace for the storm' }],
    });
    expect(decision.title).toBe('Harbour towns brace for the storm');
    expect(decision.titleEvidence.map((evidence) => `${evidence.origin}:${evidence.key}`)).toEqual(['meta:og:title', 'json-ld:headline', 'document-title:title']);
    expect(decision.titleEvidence.at(-1)).toMatchObject({ raw: 'Harbour towns brace for the storm | Northern Ledger', value: 'Harbour towns brace for the storm' });
  });

  test.each<[string, string, string, string]>([
    ['FR', 'Politique – Le gouvernement annonce une réforme | Exemple Matin', 'Politique – Le gouvernement annonce une réforme', 'Exemple Matin'],
    ['EN', 'Politics – The government announces a reform | Northern Ledger', 'Politics – The government announces a reform', 'Northern Ledger'],
  ])('%s: title loses the site suffix, and the prefix is the section', (_lang, documentTitle, title, site) => {
    const decision = decide({ documentTitle, meta: metaTags({ 'og:site_name': site }) });
    expect(decision.title).toBe(title);
    expect(decision.publisher.name).toBe(site);
  });

  test.each<[string, string, string]>([
    ['section before the headline', 'Flash Monde – Les nations d’Asie centrale face au recrutement russe', 'Les nations d’Asie centrale face au recrutement russe'],
    ['headline before a tagline', 'Harbour towns brace for the winter storm season: what to expect', 'Harbour towns brace for the winter storm season'],
    ['section before the headline (EN)', 'World Brief – Harbour towns brace for the winter storm season', 'Harbour towns brace for the winter storm season'],
    ['headline before a tagline (FR)', 'Le conseil municipal vote le budget 2026 : ce qu’il faut retenir', 'Le conseil municipal vote le budget 2026'],
  ])('a visible headline inside a longer <title> that Readability kept whole is the title (%s)', (_label, documentTitle, headline) => {
    const decision = decide({
      documentTitle,
      readability: { title: documentTitle, byline: null, excerpt: null, siteName: null, publishedTime: null, lang: null },
      textLines: headerLines(headline),
    });
    expect(decision.title).toBe(headline);
  });

  test.each<[string, string, string[]]>([
    ['avec AFP', 'Par Louise Petit avec AFP', ['AFP']],
    ['(Reuters) dateline', 'LONDON (Reuters) - Shares fell', ['Reuters']],
    ['Source : Belga', 'Source : Belga', ['Belga']],
    ['AP alone on its line', 'AP', ['AP']],
  ])('wire credit %s', (_label, line, services) => {
    expect(decide({ textLines: headerLines(line) }).publisher.wireServices).toEqual(services);
  });

  test.each<[string, string]>([
    ['French correction', 'Rectificatif : une précédente version de cet article indiquait une date erronée.'],
    ['French editor\'s note', 'Note de la rédaction : cet article a été modifié le 5 mars pour préciser le montant.'],
    ['English correction', 'Correction: An earlier version of this article misstated the mayor’s name.'],
    ['English update note', 'This article has been updated to include a statement from the ministry.'],
  ])('a %s in the text is recorded as written', (_label, line) => {
    const { publisher } = decide({ textLines: [{ text: line, zone: 'body', hrefs: [] }] });
    expect(publisher.corrections).toEqual([line]);
    expect(publisher.evidence).toContainEqual({ origin: 'visible-text', key: 'correction note', raw: line, value: 'correction' });
  });

  test.each<[string]>([
    ['The company corrected its forecast on Tuesday.'],
    ['Le ministre a corrigé le tir mardi.'],
  ])('prose about a correction is not a correction note: %s', (line) => {
    expect(decide({ textLines: headerLines(line) }).publisher.corrections).toEqual([]);
  });

  test.each<[string, string]>([
    ['FR', "Le ministre a déclaré à l'AFP qu'il partirait"],
    ['EN', 'The minister told Reuters on Tuesday that he would step down'],
  ])('%s: a mention of an agency in prose is not a credit', (_lang, line) => {
    expect(decide({ textLines: headerLines(line) }).publisher.wireServices).toEqual([]);
  });

  test.each<[string, Partial<ArticleSnapshot>, string, string]>([
    [
      'schema.org correctionsPolicy',
      { jsonLd: [{ '@type': 'NewsArticle', publisher: { '@type': 'NewsMediaOrganization', name: 'X', correctionsPolicy: 'https://example.org/corrections' } }] },
      'corrections',
      'https://example.org/corrections',
    ],
    [
      'schema.org ethicsPolicy',
      { jsonLd: [{ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'X', ethicsPolicy: 'https://example.org/ethics' } }] },
      'ethics',
      'https://example.org/ethics',
    ],
    ['a "Qui sommes-nous" link', { pageLinks: [{ href: 'https://example.org/qui-sommes-nous', text: 'Qui sommes-nous ?' }] }, 'about', 'https://example.org/qui-sommes-nous'],
    ['a "Charte de déontologie" link', { pageLinks: [{ href: 'https://example.org/charte', text: 'Charte de déontologie' }] }, 'ethics', 'https://example.org/charte'],
    ['a "Contact us" link', { pageLinks: [{ href: 'https://example.org/contact', text: 'Contact us' }] }, 'contact', 'https://example.org/contact'],
    ['a "Masthead" link', { pageLinks: [{ href: 'https://example.org/masthead', text: 'Masthead' }] }, 'masthead', 'https://example.org/masthead'],
  ])('policy from %s', (_label, overrides, kind, href) => {
    expect(decide(overrides).publisher.policies).toContainEqual({ kind, href });
  });

  test('the same publisher under another suffix is not a syndication', () => {
    const { publisher } = decideProvenance(
      makeSnapshot({ url: 'https://www.dailyledger.co.uk/a/1', relLinks: [{ rel: 'canonical', href: 'https://www.dailyledger.com/a/1', text: '' }] }),
      { ...OPTIONS, pageDomain: 'dailyledger.co.uk' },
    );
    expect(publisher.syndicated).toBe(false);
  });

  test('the canonical URL on the same site is not a syndication', () => {
    const { publisher } = decide({ relLinks: [{ rel: 'canonical', href: 'https://example.org/story', text: '' }] });
    expect(publisher).toMatchObject({ canonicalUrl: 'https://example.org/story', syndicated: false, domain: 'example.org' });
  });
});
