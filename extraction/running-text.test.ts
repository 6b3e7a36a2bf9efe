import { describe, expect, test } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { extractSnapshot } from './extract-snapshot';
import { keepRunningText } from './running-text';

const URL_OF_PAGE = 'https://news.example.org/2026/11/flag';
const PROSE = 'The singer left the hotel by a side door while fans waited on the pavement outside, many of them since dawn, holding flags and posters. '.repeat(3);

/** An article whose third paragraph is `paragraph`, followed by a reader-comments section. */
function page(paragraph: string): string {
  return `<html><head><title>Flag</title></head><body><article>
    <h1>Singer throws a fan's flag out of the car window</h1>
    <p>${PROSE}</p><p>${PROSE}</p>${paragraph}<p>${PROSE}</p>
  </article><div class="comments"><p>Reader comment: what a shame, I loved him.</p></div></body></html>`;
}

function bodyText(html: string): string {
  return extractSnapshot(parseHtml(html, URL_OF_PAGE), URL_OF_PAGE).blocks.map((block) => block.text).join('\n');
}

describe('words inside running text survive Readability', () => {
  test.each([
    ['a highlighter span whose class says "comment"', '<p>It was given to him by a <a href="https://nme.example/x"><span class="comment-selection">15-year-old girl</span></a>. According to a <span class="comment-selection">Facebook post</span>, she had waited for hours.</p>', 'given to him by a 15-year-old girl. According to a Facebook post, she had waited'],
    ['an emphasis whose id says "social"', '<p>The video was shared <em id="social-count">thousands of times</em> within an hour of the incident.</p>', 'shared thousands of times within an hour'],
  ])('%s', (_name, paragraph, expected) => {
    expect(bodyText(page(paragraph))).toContain(expected);
  });

  test.each([
    ['a paragraph that is only a share widget', '<p><span class="social-share">Share on Facebook</span></p>', 'Share on Facebook'],
    ['the reader-comments section', '', 'Reader comment'],
  ])('%s is still dropped', (_name, paragraph, dropped) => {
    const text = bodyText(page(paragraph));
    expect(text).toContain('The singer left the hotel');
    expect(text).not.toContain(dropped);
  });
});

describe('a paragraph nested in another (built by a script)', () => {
  test.each([
    ['a span that is all of its own paragraph keeps its class', 'widget', '<span class="comment-count">12 comments</span>', 'comment-count'],
    ['a span beside other words of its own paragraph loses it', 'prose', 'She said <span class="comment-selection">no</span> twice.', ''],
  ])('%s', (_name, _kind, inner, expectedClass) => {
    const doc = parseHtml(`<html><body><article><p id="outer">${PROSE}</p></article></body></html>`, URL_OF_PAGE);
    const nested = doc.createElement('p');
    nested.innerHTML = inner;
    doc.getElementById('outer')?.append(nested);
    keepRunningText(doc);
    // linkedom leaves an empty class where a browser removes it: either way no word is left to match.
    expect(nested.querySelector('span')?.getAttribute('class') ?? '').toBe(expectedClass);
  });
});
