/** @vitest-environment jsdom */
import { describe, expect, test } from 'vitest';
import { anchorQuotes } from './anchoring/anchor-quote';
import type { TextIndex } from './anchoring/text-position';
import { createHighlighter, MARK_TAG, type MarkSpec } from './highlighter';

const q = (exact: string) => ({ exact, prefix: '', suffix: '' });

function container(html: string): HTMLElement {
  document.body.innerHTML = `<main>${html}</main>`;
  const main = document.querySelector('main');
  if (!main) throw new Error('no main');
  return main;
}

function specs(root: Element, passages: string[]): [TextIndex, MarkSpec[]] {
  const { index, spans } = anchorQuotes(root, passages.map(q));
  return [
    index,
    spans.map((span, i) => {
      if (!span) throw new Error(`not anchored: ${passages[i]}`);
      return { span, warningIndex: i, severity: 'high', description: `warning ${i}` };
    }),
  ];
}

/** The text of each warning's marks, whitespace collapsed. */
function markedText(root: Element): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const mark of root.querySelectorAll(MARK_TAG)) {
    const key = mark.getAttribute('data-warning-index') ?? '?';
    texts[key] = `${texts[key] ?? ''} ${mark.textContent ?? ''}`.replace(/\s+/g, ' ').trim();
  }
  return texts;
}

const cases = [
  {
    name: 'paragraphs',
    html: '<p>Des rapports indiquent que ces promesses sont séduisantes.</p>\n<p>Un autre paragraphe, sans source.</p>',
    passages: ['indiquent que ces promesses', 'séduisantes.\n\nUn autre'],
    marked: { 0: 'indiquent que ces promesses', 1: 'séduisantes. Un autre' },
  },
  {
    name: 'inline elements',
    html: '<p>Selon <strong>plusieurs <em>sources</em></strong>, le <a href="/x">projet</a> <span>serait</span> abandonné.</p>',
    passages: ['plusieurs sources, le projet serait abandonné'],
    marked: { 0: 'plusieurs sources , le projet serait abandonné' },
  },
  {
    name: 'a table',
    html: '<table>\n <tbody>\n  <tr>\n   <td>40 %</td>\n   <td>des électeurs</td>\n  </tr>\n  <tr>\n   <td>selon un sondage</td>\n  </tr>\n </tbody>\n</table>',
    passages: ['40 % des électeurs selon un'],
    marked: { 0: '40 % des électeurs selon un' },
  },
  {
    name: 'a list',
    html: '<ul>\n  <li>Experts say one thing.</li>\n  <li>Studies show another.</li>\n</ul>',
    passages: ['one thing. Studies show'],
    marked: { 0: 'one thing. Studies show' },
  },
  {
    name: 'overlapping passages',
    html: '<p>Analysts believe that <b>millions</b> of people are affected.</p>',
    passages: ['Analysts believe that millions', 'millions of people are affected'],
    marked: { 0: 'Analysts believe that millions', 1: 'millions of people are affected' },
  },
  {
    name: 'a passage around a button and a script it must not wrap',
    html: '<p>Experts say <button>Copy</button>the <script>var x = "<b>";</script>figure is wrong.</p>',
    passages: ['Experts say the figure'],
    marked: { 0: 'Experts say the figure' },
  },
  {
    name: 'two passages in one text node',
    html: '<p>Experts say A. Nothing here. Studies show B.</p>',
    passages: ['Experts say A.', 'Studies show B.'],
    marked: { 0: 'Experts say A.', 1: 'Studies show B.' },
  },
];

describe('highlighter', () => {
  test.each(cases)('marks $name and unwraps to the same innerHTML', ({ html, passages, marked }) => {
    const root = container(html);
    const before = root.innerHTML;
    const highlighter = createHighlighter();
    highlighter.highlight(...specs(root, passages));
    expect(markedText(root)).toEqual(marked);
    highlighter.removeAll();
    expect(root.innerHTML).toBe(before);
    expect(highlighter.marks).toHaveLength(0);
    expect(root.querySelector(MARK_TAG)).toBeNull();
  });

  test('keeps marks out of table and list structure', () => {
    const root = container(cases[2]?.html ?? '');
    const highlighter = createHighlighter();
    highlighter.highlight(...specs(root, ['40 % des électeurs selon un']));
    for (const mark of root.querySelectorAll(MARK_TAG)) {
      expect(['td', 'th', 'li', 'p']).toContain(mark.parentElement?.localName);
    }
  });

  test('keeps the page own text nodes (frameworks hold references to them)', () => {
    const root = container('<p>Before. Experts say so. After.</p>');
    const original = root.querySelector('p')?.firstChild;
    const highlighter = createHighlighter();
    highlighter.highlight(...specs(root, ['Experts say so.']));
    highlighter.removeAll();
    expect(root.querySelector('p')?.firstChild).toBe(original);
    expect(root.querySelector('p')?.childNodes).toHaveLength(1);
  });

  test('does not join text nodes it did not split', () => {
    const root = container('<p></p>');
    const p = root.querySelector('p');
    p?.append('Experts ', 'say so.');
    const highlighter = createHighlighter();
    highlighter.highlight(...specs(root, ['Experts say']));
    highlighter.removeAll();
    expect(p?.childNodes).toHaveLength(2);
    expect(p?.textContent).toBe('Experts say so.');
  });

  test('describes each mark and gives one tab stop per warning', () => {
    const root = container('<p>Experts <b>say</b> so.</p>');
    const highlighter = createHighlighter();
    const [drawn] = highlighter.highlight(...specs(root, ['Experts say so']));
    expect(drawn?.map((mark) => mark.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    for (const mark of drawn ?? []) {
      expect(mark.getAttribute('data-warning-index')).toBe('0');
      expect(mark.getAttribute('data-severity')).toBe('high');
      expect(mark.getAttribute('aria-description')).toBe('warning 0');
    }
  });

  test.each([
    { property: 'display', value: 'inline' },
    { property: 'visibility', value: 'visible' },
    { property: 'opacity', value: '1' },
    { property: 'background-color', value: 'rgba(239, 68, 68, 0.24)' },
  ])('pins $property inline with !important', ({ property, value }) => {
    const root = container('<p>Experts say so.</p>');
    const [drawn] = createHighlighter().highlight(...specs(root, ['Experts say']));
    const mark = drawn?.[0];
    expect(mark?.style.getPropertyValue(property)).toBe(value);
    expect(mark?.style.getPropertyPriority(property)).toBe('important');
  });

  test('a page cannot register the mark element as a custom element of its own', () => {
    expect(() => customElements.define(MARK_TAG, class extends HTMLElement {})).toThrow();
  });

  test('a page rule hiding everything does not hide the marks', () => {
    const root = container('<style>* { display: none !important } sourcelightmark { all: unset }</style><p>Experts say so.</p>');
    const [drawn] = createHighlighter().highlight(...specs(root, ['Experts say']));
    const mark = drawn?.[0];
    if (!mark) throw new Error('no mark');
    expect(getComputedStyle(mark).display).toBe('inline');
    expect(getComputedStyle(mark).visibility).toBe('visible');
  });

  test.each([
    {
      name: 'overlapping and nested passages',
      html: '<p>Analysts believe that <b>millions</b> of people are affected, officials say.</p>',
      passages: ['Analysts believe that millions', 'millions of people', 'of people are affected, officials say', 'people'],
    },
    {
      name: 'passages across elements and blocks',
      html: '<h2>Flood <em>barrier</em></h2>\n<p>Experts <a href="/x">say</a> it <strong>will <i>hold</i></strong>.</p><p>Others doubt it.</p>',
      passages: ['barrier Experts say', 'it will hold.', 'hold. Others doubt', 'Flood'],
    },
    {
      name: 'repeated passages and passages sharing a boundary',
      html: '<p>Experts say so. Experts say so. Studies show it.</p>',
      passages: ['Experts say so.', 'Experts say so.', 'so. Studies', 'Studies show it.'],
    },
  ])('$name: drawn in one batch, each passage is marked as when drawn alone', ({ html, passages }) => {
    const root = container(html);
    const before = root.innerHTML;
    const alone = passages.map((passage) => {
      const highlighter = createHighlighter();
      highlighter.highlight(...specs(root, [passage]));
      const text = markedText(root)[0];
      highlighter.removeAll();
      return text;
    });
    const highlighter = createHighlighter();
    highlighter.highlight(...specs(root, passages));
    expect(Object.values(markedText(root))).toEqual(alone);
    highlighter.removeAll();
    expect(root.innerHTML).toBe(before);
  });
});
