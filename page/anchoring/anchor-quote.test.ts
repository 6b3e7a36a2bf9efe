/** @vitest-environment jsdom */
import { describe, expect, test } from 'vitest';
import { anchorQuote, anchorQuotes } from './anchor-quote';

const q = (exact: string, prefix = '', suffix = '') => ({ exact, prefix, suffix });

/** The range's text with whitespace collapsed, as the clone would have it. */
const collapsed = (range: Range | null) => range?.toString().replace(/\s+/g, ' ').trim() ?? null;

function rootWith(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  const root = document.querySelector('article');
  if (!root) throw new Error('no article');
  return root;
}

describe('anchorQuote', () => {
  test.each([
    {
      name: 'passage spanning <strong> and <a>',
      html: '<p>Selon <strong>plusieurs sources</strong>, le <a href="/x">projet serait</a> abandonné.</p>',
      quote: q('plusieurs sources, le projet serait abandonné'),
      expected: 'plusieurs sources, le projet serait abandonné',
    },
    {
      name: 'passage across two adjacent text nodes',
      html: '<p id="split"></p>',
      setup: (root: HTMLElement) => {
        const p = root.querySelector('#split');
        p?.append(document.createTextNode('Experts say the '), document.createTextNode('figure is wrong.'));
      },
      quote: q('say the figure'),
      expected: 'say the figure',
    },
    {
      name: 'passage across two paragraphs with a share bar between them',
      html: '<p>Le chiffre est faux.</p><div class="share"><button>Partager</button></div><p>Des rapports indiquent que</p>',
      quote: q('faux.\n\nDes rapports'),
      expected: 'faux.PartagerDes rapports',
    },
    {
      name: 'passage across two paragraphs with an aside and a share button between them',
      html: '<p>Le chiffre est faux.</p><aside>À lire aussi</aside><div><button>Partager</button></div><p>Des rapports indiquent que</p>',
      quote: q('faux.\n\nDes rapports'),
      expected: 'faux.À lire aussiPartagerDes rapports',
    },
    {
      name: 'passage with an inline button Readability removed',
      html: '<p>Experts say <button>Copy quote</button>the figure is wrong.</p>',
      quote: q('Experts say the figure'),
      expected: 'Experts say Copy quotethe figure',
    },
    {
      name: 'passage across two paragraphs with only markup whitespace between them',
      html: '<p>Le chiffre est faux.</p>\n   <p>Des rapports indiquent que</p>',
      quote: q('faux.\n\nDes rapports'),
      expected: 'faux. Des rapports',
    },
    {
      name: 'passage with a <br> that the clone read as a space',
      html: '<p>vérifié, recoupé,<br>reformulé et enrichi</p>',
      quote: q('vérifié, recoupé, reformulé'),
      expected: 'vérifié, recoupé,reformulé',
    },
    {
      name: 'repeated passage: prefix picks the caption-free occurrence',
      html: '<p>Sport. Experts say it.</p><p>Economy. Experts say it.</p>',
      quote: q('Experts say it', 'Economy. ', '.'),
      expected: 'Experts say it',
      inParagraph: 1,
    },
    {
      name: 'text hidden in a script is not matched',
      html: '<p>visible</p><script>var s = "experts say";</script>',
      quote: q('experts say'),
      expected: null,
    },
  ])('$name', ({ html, setup, quote, expected, inParagraph }) => {
    const root = rootWith(html);
    setup?.(root);
    const range = anchorQuote(root, quote);
    expect(collapsed(range)).toBe(expected);
    if (inParagraph !== undefined) {
      expect(range?.startContainer.parentElement).toBe(root.querySelectorAll('p')[inParagraph]);
    }
  });
});

describe('anchorQuotes', () => {
  test('anchors a batch in order, null where the text is missing', () => {
    const root = rootWith('<p>One fact. Another claim, says nobody.</p>');
    const ranges = anchorQuotes(root, [q('Another claim'), q('missing'), q('One fact')]);
    expect(ranges.map(collapsed)).toEqual(['Another claim', null, 'One fact']);
  });

  test('an empty batch reads nothing', () => {
    expect(anchorQuotes(rootWith('<p>x</p>'), [])).toEqual([]);
  });
});
