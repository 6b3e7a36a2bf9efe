/** @vitest-environment jsdom */
import { describe, expect, test } from 'vitest';
import { anchorQuote, anchorQuotes } from './anchor-quote';
import { rangeFromOffsets } from './text-position';

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
    const { index, spans } = anchorQuotes(root, [q('Another claim'), q('missing'), q('One fact')]);
    expect(spans.map((span) => span && index.text.slice(span.start, span.end))).toEqual(['Another claim', null, 'One fact']);
  });

  test('an empty batch reads nothing', () => {
    const { index, spans } = anchorQuotes(rootWith('<p>x</p>'), []);
    expect(spans).toEqual([]);
    expect(index.nodes).toEqual([]);
  });

  // One page, many quotes: the batch (one walk, one fold) must place every quote
  // exactly where anchoring it alone does.
  const PAGE = [
    '<h1>Flood <em>barrier</em> delayed</h1>',
    '<p>Sport. Experts say it will hold.</p>',
    '<div class="share"><button>Share</button></div>',
    '<p>Economy. Experts say it will hold, according to <a href="/r">a report</a>.</p>',
    '<p>Officials said the «&nbsp;budget&nbsp;» was <strong>cut by <b>half</b></strong> last year.</p>',
    '<aside>Read also</aside>',
    '<p>Residents claim the pumps failed.<br>Nobody checked.</p>',
  ].join('\n');

  test.each([
    {
      name: 'repeated text, the prefix picks the second',
      quotes: [q('Experts say it will hold', 'Economy. ', ',')],
      texts: ['Experts say it will hold'],
      inParagraph: 1,
    },
    { name: 'repeated text, no context: the first', quotes: [q('Experts say it will hold')], texts: ['Experts say it will hold'], inParagraph: 0 },
    {
      name: 'overlapping quotes',
      quotes: [q('the "budget" was cut by half'), q('cut by half last year'), q('budget')],
      texts: ['the « budget » was cut by half', 'cut by half last year', 'budget'],
    },
    { name: 'across element boundaries', quotes: [q('Flood barrier delayed'), q('according to a report.')], texts: ['Flood barrier delayed', 'according to a report.'] },
    {
      name: 'across blocks with a share button and an aside between',
      quotes: [q('will hold.\n\nEconomy.'), q('last year.\n\nResidents claim')],
      texts: ['will hold. Share Economy.', 'last year. Read also Residents claim'],
    },
    { name: 'across a <br>', quotes: [q('pumps failed. Nobody')], texts: ['pumps failed.Nobody'] },
    {
      name: 'quotes not found among found ones',
      quotes: [q('Experts deny it'), q('Officials said'), q('Read also that'), q('Share Economy')],
      texts: [null, 'Officials said', null, null],
    },
    {
      name: 'the same quote twice, and one inside another',
      quotes: [q('Residents claim'), q('Residents claim'), q('claim')],
      texts: ['Residents claim', 'Residents claim', 'claim'],
    },
  ])('$name: the batch anchors each quote as anchoring it alone does', ({ quotes, texts, inParagraph }) => {
    const root = rootWith(PAGE);
    const { index, spans } = anchorQuotes(root, quotes);
    const batch = spans.map((span) => (span ? rangeFromOffsets(index, span.start, span.end) : null));
    expect(batch.map(collapsed)).toEqual(texts);
    if (inParagraph !== undefined) expect(batch[0]?.startContainer.parentElement).toBe(root.querySelectorAll('p')[inParagraph]);
    quotes.forEach((quote, i) => {
      const alone = anchorQuote(root, quote);
      const together = batch[i] ?? null;
      expect(together && [together.startContainer, together.startOffset, together.endContainer, together.endOffset]).toEqual(
        alone && [alone.startContainer, alone.startOffset, alone.endContainer, alone.endOffset],
      );
    });
  });
});
