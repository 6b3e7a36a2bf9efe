import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
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

  test('the main heading of the article comes first', () => {
    expect(headingsOf('<h1>Related</h1><article><h1>The council votes the budget</h1><p>Text.</p></article>')).toEqual(['The council votes the budget', 'Related']);
  });
});
