/** @vitest-environment jsdom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { collectMetadata } from './collect-metadata';

const fixture = (name: string): string =>
  readFileSync(join(process.cwd(), 'tests/fixtures/provenance', name), 'utf8');

/** The collector must give the same candidates in a browser-like DOM and in linkedom. */
const PARSERS: [string, (html: string) => Document][] = [
  ['jsdom', (html) => new DOMParser().parseFromString(html, 'text/html')],
  ['linkedom', (html) => parseHTML(html).document as unknown as Document],
];

const FR_URL = 'https://www.courrierduval.fr/politique/2026/11/14/budget-2027';
const EN_URL = 'https://www.northernledger.co.uk/news/harbour-towns';

describe.each(PARSERS)('collectMetadata on %s', (_name, parse) => {
  test('French page with metadata: meta, JSON-LD, links, times, bylines', () => {
    const data = collectMetadata(parse(fixture('fr-with-metadata.html')), FR_URL);
    expect(data.documentTitle).toBe('Le conseil municipal vote le budget 2027 | Le Courrier du Val');
    expect(data.documentLang).toBe('fr-FR');
    expect(data.meta).toContainEqual({ key: 'article:published_time', content: '2026-11-14T08:45:00+01:00' });
    expect(data.meta).toContainEqual({ key: 'author', content: 'Jeanne Dupont' });
    expect(data.jsonLd).toHaveLength(1);
    expect(data.jsonLdErrors).toBe(1);
    expect(data.relLinks).toContainEqual({ rel: 'canonical', href: FR_URL, text: '' });
    expect(data.relLinks).toContainEqual({
      rel: 'author',
      href: 'https://www.courrierduval.fr/auteurs/jeanne-dupont',
      text: 'Jeanne Dupont',
    });
    expect(data.timeElements.map((time) => [time.datetime, time.hint.split(' ')[0]])).toEqual([
      ['2026-11-14T08:45:00+01:00', 'published'],
      ['2026-11-14T17:02:00+01:00', 'updated'],
    ]);
    expect(data.bylineElements[0]).toMatchObject({
      text: 'Par Jeanne Dupont avec AFP',
      href: 'https://www.courrierduval.fr/auteurs/jeanne-dupont',
    });
    expect(data.bylineElements).toContainEqual(
      expect.objectContaining({ text: 'Jeanne Dupont · Journaliste politique' }),
    );
    expect(data.pageLinks.map((link) => link.text)).toEqual(
      expect.arrayContaining(['Qui sommes-nous ?', 'Contact', 'Mentions légales']),
    );
  });

  test('text lines carry their zone, their links, and skip hidden elements', () => {
    const lines = collectMetadata(parse(fixture('fr-with-metadata.html')), FR_URL).textLines;
    const byline = lines.find((line) => line.text.startsWith('Par Jeanne'));
    expect(byline).toMatchObject({ zone: 'header', hrefs: ['https://www.courrierduval.fr/auteurs/jeanne-dupont'] });
    expect(lines.find((line) => line.text.startsWith('Publié le'))?.zone).toBe('header');
    expect(lines.find((line) => line.text.startsWith('Rectificatif'))?.zone).toBe('body');
    expect(lines.find((line) => line.text.startsWith('©'))?.zone).toBe('footer');
    const texts = lines.map((line) => line.text).join('\n');
    expect(texts).not.toContain('Quelqu');
    expect(texts).not.toContain('Fantôme');
    expect(texts).not.toContain('color: grey');
  });

  test('short paragraphs in a dense script (Korean) are still prose, so the date line above them is the header', () => {
    const paragraph = '시의회는 화요일 내년 예산안을 통과시켰으며 시장은 주민들에게 감사를 표했다. 예산은 도로와 학교, 그리고 새 도서관을 짓는 데 쓰일 예정이며 공사는 내년 봄에 시작될 것으로 보인다고 밝혔다.';
    const menu = Array.from({ length: 20 }, (_, i) => `<li><a href="/s/${i}">섹션 ${i}</a></li>`).join('');
    const html = `<html><body><h1>지역신문</h1><ul>${menu}</ul><h2>시의회, 내년 예산안 통과</h2><p>입력 2026.11.14 08:45</p><p>${paragraph}</p><p>${paragraph}</p><footer>© 2026 지역신문</footer></body></html>`;
    const lines = collectMetadata(parse(html), 'https://news.example.kr/a/1').textLines;
    expect(lines.find((line) => line.text.startsWith('입력'))?.zone).toBe('header');
  });

  test.each([
    ['<p>Par</p><p>Jeanne Dupont</p>', 'Par Jeanne Dupont'],
    ['<p>作者：</p><p>肖春芳</p>', '作者： 肖春芳'],
  ])('a label alone on its line joins the name on the next: %s', (byline, joined) => {
    const html = `<html><body><h1>Un titre</h1>${byline}<p>${'Texte de l’article. '.repeat(20)}</p></body></html>`;
    expect(collectMetadata(parse(html), FR_URL).textLines.map((line) => line.text)).toContain(joined);
  });

  test.each([
    ['EN', '<h1>Harbour towns brace for the storm</h1><p>By Ann Lee</p><p>Published March 4, 2026</p>', 'By Ann Lee', 'Search the site'],
    ['FR', '<h1>Le port se prépare à la tempête</h1><p>Par Jeanne Dupont</p><p>Publié le 4 mars 2026</p>', 'Par Jeanne Dupont', 'Rechercher'],
  ])('%s: a form that wraps the whole page with its headline is read; a search form is not', (_lang, header, byline, search) => {
    const html = `<html><body><form id="aspnetForm"><div class="content">${header}<p>${'The harbour closed on Tuesday. '.repeat(10)}</p></div></form>
      <form class="search"><p>${search}</p></form></body></html>`;
    const texts = collectMetadata(parse(html), EN_URL).textLines.map((line) => line.text);
    expect(texts).toContain(byline);
    expect(texts).not.toContain(search);
  });

  test('a byline box whose class also names the comment count is read; the comments themselves are not', () => {
    const html = `<html><body><article><h1>Storage firm posts record quarter</h1>
      <div class="byline_and_dateline_and_share_and_comments"><a class="byline" href="/Author/Chris-Moore">Chris Moore</a></div>
      <p>${'The company reported its results on Tuesday. '.repeat(8)}</p></article>
      <section class="comments"><p class="comment-author">Posted by reader42</p></section></body></html>`;
    const data = collectMetadata(parse(html), EN_URL);
    expect(data.bylineElements.map((byline) => byline.text)).toContain('Chris Moore');
    expect(data.bylineElements.map((byline) => byline.text).join(' ')).not.toContain('reader42');
  });

  test.each([
    ['EN', '<div class="author-byline"><span class="author-name">Daniel Reyes</span> <span class="author-location">- Los Angeles</span></div>', 'Daniel Reyes'],
    ['FR', '<div class="signature"><strong class="signature__localisation">Lyon</strong></div><div class="signature">Jeanne Dupont</div>', 'Jeanne Dupont'],
    ['DE', '<div class="author"><span class="author-name">Anna Schmidt</span><span class="author-standort">Berlin</span></div>', 'Anna Schmidt'],
  ])('%s: the place a story was filed from, inside or beside a byline, is no part of it', (_lang, byline, name) => {
    const html = `<html><body><article><h1>Un titre</h1>${byline}<p>${'Texte de l’article. '.repeat(20)}</p></article></body></html>`;
    const texts = collectMetadata(parse(html), FR_URL).bylineElements.map((element) => element.text);
    expect(texts).toContain(name);
    expect(texts.join(' ')).not.toMatch(/Los Angeles|Lyon|Berlin/);
  });

  test.each([
    ['EN', '<div class="avatar avatar_small"><img src="a.png" alt="ann.lee"></div><a href="/@ann.lee">ann.lee</a>', ['ann.lee']],
    ['FR', '<img id="avatar::r1::image" src="a.png" alt="Jeanne Dupont"><span>Jeanne Dupont</span>', ['Jeanne Dupont']],
    ['EN: a picture that is no avatar', '<figure><img src="p.png" alt="The harbour at dawn"></figure>', []],
    ['FR: un avatar masqué', '<div class="avatar" hidden><img src="a.png" alt="Paul Roux"></div>', []],
  ])('%s: the alt text of a user picture', (_label, picture, names) => {
    const html = `<html><body><article><h1>Un titre</h1>${picture}<p>${'Texte de l’article. '.repeat(20)}</p></article></body></html>`;
    expect(collectMetadata(parse(html), FR_URL).avatarNames).toEqual(names);
  });

  test('a byline word inside a longer word is no byline ("Authority control" of a reference box)', () => {
    const html = `<html><body><article><h1>A title</h1><p class="byline">By Ann Lee</p><p>${'Text of the article. '.repeat(20)}</p>
      <table><tr><th id="Authority_control" class="navbox-group">Authority control</th></tr></table></article></body></html>`;
    const texts = collectMetadata(parse(html), EN_URL).bylineElements.map((element) => element.text);
    expect(texts).toContain('By Ann Lee');
    expect(texts).not.toContain('Authority control');
  });

  test('English page without metadata: only visible lines, none from template or noscript', () => {
    const data = collectMetadata(parse(fixture('en-no-metadata.html')), EN_URL);
    expect(data.meta).toEqual([]);
    expect(data.jsonLd).toEqual([]);
    const texts = data.textLines.map((line) => line.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Sponsored content',
        'By Tom Hargreaves, business correspondent',
        'Updated March 4, 2026 9:30 am EST',
        'Correction: An earlier version of this article misstated the number of harbours affected.',
      ]),
    );
    expect(texts.join('\n')).not.toMatch(/Hidden Template|Noscript Person/);
    expect(data.pageLinks).toContainEqual({ href: 'https://www.northernledger.co.uk/about-us', text: 'About us' });
  });

  test('microdata items and RDFa properties with their item type', () => {
    const data = collectMetadata(parse(fixture('en-microdata.html')), 'https://citygazette.example/news/cycle-lanes');
    expect(data.microdata).toContainEqual({
      itemType: 'https://schema.org/NewsArticle',
      prop: 'author',
      value: 'Amy Chen',
      href: 'https://citygazette.example/staff/amy-chen',
    });
    expect(data.microdata).toContainEqual(
      expect.objectContaining({ prop: 'datePublished', value: '2026-02-10T07:00:00+00:00' }),
    );
    expect(data.microdata).toContainEqual(expect.objectContaining({ prop: 'publisher', value: 'City Gazette' }));
    expect(data.microdata).toContainEqual(expect.objectContaining({ prop: 'dc:creator', value: 'Amy Chen' }));
  });

  test('reading a page does not change it', () => {
    const doc = parse(fixture('fr-with-metadata.html'));
    const before = doc.documentElement.outerHTML;
    collectMetadata(doc, FR_URL);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('a huge page stays bounded', () => {
    const rows = Array.from({ length: 3000 }, (_, index) => `<p>Publié le ${(index % 28) + 1} mars 2026 ${'x'.repeat(index % 500)}</p>`);
    const data = collectMetadata(parse(`<html><body><h1>Titre</h1>${rows.join('')}</body></html>`), FR_URL);
    expect(data.textLines.length).toBeLessThanOrEqual(300);
    expect(Math.max(...data.textLines.map((line) => line.text.length))).toBeLessThanOrEqual(300);
  });
});
