import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { metadataElements } from './dom-text';
import { collectLogoNames } from './site-logo';
import { walkVisibleBody } from './walk-visible-body';

const PAGE = 'https://blog.example.org/blog/2026/11/budget-vote';

function headingsOf(body: string): string[] {
  const doc = parseHTML(`<html><head><title>t</title></head><body>${body}</body></html>`).document as unknown as Document;
  return walkVisibleBody(doc, PAGE).headings;
}

describe('visible headings', () => {
  test.each<[string, string, string[]]>([
    ['a headline', '<h1>The council votes the budget</h1>', ['The council votes the budget']],
    ['inline markup adds no space', '<h1>Metroid<i>,</i> one of gaming’s richest universes</h1>', ['Metroid, one of gaming’s richest universes']],
    ['a headline linking to itself', `<h1><a href="${PAGE}">Le conseil vote le budget</a></h1>`, ['Le conseil vote le budget']],
    ['a logo by its class', '<h1 class="topbar__logo__title">Le Courrier</h1><h1>Le conseil vote le budget</h1>', ['Le conseil vote le budget']],
    ['a logo linking home', '<h1><a href="/">Northern Ledger</a></h1><h1>The council votes the budget</h1>', ['The council votes the budget']],
    ['a logo linking to the blog above the page', '<h1><a href="/blog">Notes de Steven</a></h1><h1>Le conseil vote le budget</h1>', ['Le conseil vote le budget']],
    ['a hidden heading', '<h1 hidden>Skip</h1><h1>The council votes the budget</h1>', ['The council votes the budget']],
  ])('%s', (_label, body, headings) => {
    expect(headingsOf(body)).toEqual(headings);
  });

  test.each<[string, string, string[]]>([
    ['a logo heading linking home', '<h1 class="navbar-title"><a href="/">The Map is Mostly Water</a></h1><h1>The council votes the budget</h1>', ['The Map is Mostly Water']],
    ['a logo heading by its class', '<h1 class="site-title">Le Courrier</h1><h1>Le conseil vote le budget</h1>', ['Le Courrier']],
    ['a headline is no logo', '<h1>The council votes the budget</h1>', []],
    ['a logo heading holding only an image gives no text', '<h1 class="logo"><a href="/"><img src="l.png" alt="Le Courrier"></a></h1>', []],
  ])('logo headings: %s', (_label, body, names) => {
    const doc = parseHTML(`<html><head><title>t</title></head><body>${body}</body></html>`).document as unknown as Document;
    expect(walkVisibleBody(doc, PAGE).logoHeadings).toEqual(names);
  });

  test('the main heading of the article comes first', () => {
    expect(headingsOf('<h1>Related</h1><article><h1>The council votes the budget</h1><p>Text.</p></article>')).toEqual(['The council votes the budget', 'Related']);
  });
});

function logoNamesOf(body: string): string[] {
  const doc = parseHTML(`<html><head><title>t</title></head><body>${body}</body></html>`).document as unknown as Document;
  return collectLogoNames(metadataElements(doc), PAGE);
}

describe('the names a site logo gives', () => {
  test.each<[string, string, string[]]>([
    ['an SVG title in a link home', '<a href="/"><svg viewBox="0 0 9 9"><title>Northern Ledger</title><path d="M0 0"/></svg></a>', ['Northern Ledger']],
    ['an image’s alt text in a link to the blog above the page', '<a href="/blog"><img src="l.png" alt="Notes de Steven"></a>', ['Notes de Steven']],
    ['an absolute link home with a tracking query', '<a href="https://blog.example.org?p1=Header_Logo"><img src="l.svg" alt="Le Courrier"></a>', ['Le Courrier']],
    ['one name however often the logo shows', '<a href="/"><img alt="Le Courrier" src="a.png"></a><a href="/"><img alt="Le Courrier" src="b.png"></a>', ['Le Courrier']],
    ['a link with words of its own is a menu entry', '<a href="/"><img alt="Le Courrier" src="a.png"> Accueil</a>', []],
    ['an image linking to another page is no logo', '<a href="/authors/ann-lee"><img alt="Ann Lee" src="a.png"></a>', []],
    ['a link home without an image', '<a href="/">Home</a>', []],
  ])('%s', (_label, body, names) => {
    expect(logoNamesOf(body)).toEqual(names);
  });
});
