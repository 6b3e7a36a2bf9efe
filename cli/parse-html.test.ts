import { describe, expect, test } from 'vitest';
import { analyzeHtml } from './analyze-html';
import { parseHtml } from './parse-html';

const URL_ = 'https://journal.example.fr/a';
const AUTHOR = '<meta name="author" content="Jeanne Dupont">';
const PARAGRAPH =
  '<p>Des rapports indiquent que la digue était fragile depuis des années, selon des experts, et 40 % des ouvrages sont concernés.</p>';

describe('parseHtml brings linkedom in line with a browser', () => {
  test.each([
    ['no <body> tag, paragraphs straight after head content', `<!doctype html><html><head>${AUTHOR}${PARAGRAPH}${PARAGRAPH}</html>`],
    ['no <body> tag after a closed head', `<!doctype html><html><head><title>Digue</title>${AUTHOR}</head>${PARAGRAPH}${PARAGRAPH}</html>`],
    ['no html, head or body tags at all', `${AUTHOR}${PARAGRAPH}${PARAGRAPH}`],
  ])('%s: the paragraphs are in an implied body, and analysed', (_name, html) => {
    const doc = parseHtml(html, URL_);
    expect(doc.body?.querySelectorAll('p')).toHaveLength(2);
    expect(doc.head?.querySelector('p') ?? null).toBeNull();
    expect(analyzeHtml(html, URL_).article.wordCount).toBeGreaterThan(30);
  });

  test('an element injected before <head> goes into the one body, and the head is found', () => {
    const html = `<!doctype html><html><div id="injected" style="display: none">{}</div><head><title>Digue</title>${AUTHOR}</head><body>${PARAGRAPH}${PARAGRAPH}</body></html>`;
    const doc = parseHtml(html, URL_);
    expect(doc.querySelectorAll('body')).toHaveLength(1);
    expect(doc.body?.firstElementChild?.id).toBe('injected');
    expect(doc.body?.querySelectorAll('p')).toHaveLength(2);
    expect(doc.head?.querySelector('title')?.textContent).toBe('Digue');
    expect(analyzeHtml(html, URL_).author.names).toEqual(['Jeanne Dupont']);
  });

  test('head elements stay in the head', () => {
    const doc = parseHtml(`<html><head><title>T</title><meta name="author" content="A">${PARAGRAPH}</html>`, URL_);
    expect(doc.head?.querySelector('title')?.textContent).toBe('T');
    expect(doc.head?.querySelector('meta[name="author"]')).not.toBeNull();
  });

  test('nesting deeper than a browser allows is flattened, its text kept', () => {
    const depth = 1200;
    const html = `<html><body>${'<div>'.repeat(depth)}${PARAGRAPH}${'</div>'.repeat(depth)}</body></html>`;
    const doc = parseHtml(html, URL_);
    let deepest = 0;
    for (let element: Element | null = doc.body; element !== null; element = element.firstElementChild) deepest += 1;
    expect(deepest).toBeLessThanOrEqual(512);
    expect(doc.body?.textContent).toContain('Des rapports indiquent');
    expect(analyzeHtml(html, URL_).schemaVersion).toBe(1);
  });

  test('a pathological style attribute is dropped, a normal one kept', () => {
    const html = `<html style="${' '.repeat(50_000)}color:red"><body><p style="color: blue">x</p></body></html>`;
    const doc = parseHtml(html, URL_);
    expect(doc.documentElement.hasAttribute('style')).toBe(false);
    expect(doc.querySelector('p')?.getAttribute('style')).toBe('color: blue');
  });

  test('the document has the address it was loaded from, and a <base> sets the base', () => {
    const doc = parseHtml('<html><head><base href="/news/"></head><body></body></html>', URL_);
    expect(doc.documentURI).toBe(URL_);
    expect(doc.baseURI).toBe('https://journal.example.fr/news/');
  });
});
