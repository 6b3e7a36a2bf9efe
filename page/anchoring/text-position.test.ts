/** @vitest-environment jsdom */
import { describe, expect, test } from 'vitest';
import { buildTextIndex, offsetsFromRange, rangeFromOffsets } from './text-position';

function rootWith(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('buildTextIndex', () => {
  test.each([
    { html: '<p>one <b>two</b></p><p>three</p>', text: 'one twothree' },
    { html: '<p>a<script>var x = 1;</script>b<style>p{}</style>c</p>', text: 'abc' },
    { html: '<p>a<noscript>no js</noscript><template>t</template>b</p>', text: 'ab' },
    { html: '<p>a<svg><text>svg</text></svg>b<textarea>typed</textarea></p>', text: 'ab' },
    { html: '<p>a</p><div contenteditable="true">draft</div><p>b</p>', text: 'ab' },
    { html: '<p>a</p><div contenteditable="false">c</div><p>b</p>', text: 'acb' },
    { html: '<p>a<span hidden>x</span><span aria-hidden="true">y</span>b</p>', text: 'ab' },
    { html: '<p>a<span style="display: none">x</span><i style="visibility:hidden">y</i>b</p>', text: 'ab' },
    { html: '<p>a<span aria-hidden="false" style="color: red">c</span>b</p>', text: 'acb' },
    { html: '<p>a<button>Share</button>b</p><aside>Related</aside><footer>Tags</footer><p>c</p>', text: 'abc' },
  ])('$html → $text', ({ html, text }) => {
    expect(buildTextIndex(rootWith(html)).text).toBe(text);
  });
});

describe('rangeFromOffsets and offsetsFromRange', () => {
  const html = '<p>Hello <strong>brave</strong> new</p><ul><li>first</li><li>second</li></ul>';

  test.each([
    { start: 0, end: 5, expected: 'Hello' },
    { start: 6, end: 11, expected: 'brave' },
    { start: 3, end: 14, expected: 'lo brave ne' },
    { start: 6, end: 16, expected: 'brave newf' },
    { start: 15, end: 26, expected: 'firstsecond' },
  ])('[$start, $end) → "$expected" and back', ({ start, end, expected }) => {
    const index = buildTextIndex(rootWith(html));
    const range = rangeFromOffsets(index, start, end);
    expect(range?.toString().replace(/\s+/g, '')).toBe(expected.replace(/\s+/g, ''));
    expect(index.text.slice(start, end)).toBe(expected);
    if (range) expect(offsetsFromRange(index, range)).toEqual({ start, end });
  });

  test('a range never starts at the end of a node nor ends at the start of one', () => {
    const index = buildTextIndex(rootWith(html));
    const range = rangeFromOffsets(index, 6, 11);
    expect(range?.startContainer.textContent).toBe('brave');
    expect(range?.endContainer.textContent).toBe('brave');
  });

  test('a point between elements maps to the next text', () => {
    const root = rootWith(html);
    const index = buildTextIndex(root);
    const range = document.createRange();
    range.setStart(root, 1);
    range.setEnd(root, 2);
    expect(offsetsFromRange(index, range)).toEqual({ start: 15, end: 26 });
  });

  test.each([
    { start: 5, end: 5 },
    { start: -1, end: 3 },
    { start: 0, end: 100 },
  ])('null for [$start, $end)', ({ start, end }) => {
    expect(rangeFromOffsets(buildTextIndex(rootWith(html)), start, end)).toBeNull();
  });
});
