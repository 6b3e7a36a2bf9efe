/**
 * Maps character offsets in the text of a root element to DOM positions and back.
 *
 * The index is a snapshot: the concatenated data of the root's readable text
 * nodes, and where each node starts. Text that is never rendered as prose (script,
 * style, templates, form controls, SVG/MathML, hidden or editable elements), text
 * Readability always removes (buttons, asides, footers) is left out, so quotes
 * cannot anchor there and the highlighter never wraps it (a `<style>` whose text
 * node gets wrapped loses its rules). Sourcelight's own tooltip has no text outside
 * its closed shadow root, so it adds nothing to the index.
 */

const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'select',
  'option',
  'optgroup',
  'datalist',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
  // Readability drops these wherever they sit in the article, so no quote contains
  // their text; leaving them out lets a passage match across an inline share button
  // or an aside between two paragraphs.
  'button',
  'aside',
  'footer',
  'embed',
]);

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

const HIDDEN_BY_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Whether an element's text is outside what anchors may cover. Hidden elements are
 * skipped as Readability skips them (`hidden`, `aria-hidden="true"`, an inline
 * `display: none` or `visibility: hidden`), so the live text lines up with the
 * clone's where a passage contains, say, a screen-reader-only aside.
 */
export function isSkippedElement(element: Element): boolean {
  if (element.namespaceURI !== XHTML_NS) return true;
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style !== null && HIDDEN_BY_STYLE.test(style)) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

/**
 * The node after `node` in document order under `root`, not entering skipped
 * elements. A plain loop over `firstChild`/`nextSibling`: a TreeWalker with a
 * JavaScript filter costs a call into script per node, measured 20 times slower in
 * Chromium on a long article.
 */
export function nextReadableNode(node: Node, root: Node): Node | null {
  const child = node.firstChild;
  if (child !== null && !(node.nodeType === ELEMENT_NODE && isSkippedElement(node as Element))) return child;
  for (let current: Node | null = node; current !== null && current !== root; current = current.parentNode) {
    if (current.nextSibling !== null) return current.nextSibling;
  }
  return null;
}

/** Offsets in a text index: `text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface TextIndex {
  root: Element;
  /** The readable text of `root`, node after node, with nothing added between them. */
  text: string;
  /** Non-empty readable text nodes, in document order. */
  nodes: Text[];
  /** `starts[i]` is the offset in `text` of `nodes[i]`'s first character. */
  starts: number[];
}

/** Reads the text of `root` once; valid until the page or the marks change it. */
export function buildTextIndex(root: Element): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let node = nextReadableNode(root, root); node !== null; node = nextReadableNode(node, root)) {
    if (!isText(node) || node.data.length === 0) continue;
    nodes.push(node);
    starts.push(length);
    parts.push(node.data);
    length += node.data.length;
  }
  return { root, text: parts.join(''), nodes, starts };
}

/** Position of the last of the ascending `starts` at or before `offset` (binary search), or -1. */
export function lastStartAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] ?? 0) <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/**
 * The DOM range covering `text.slice(start, end)`. Its start is in the node that
 * holds character `start` and its end in the node that holds character `end - 1`,
 * so a range never begins at the very end of a node or ends at the very start of
 * one. Null for an empty or out-of-bounds span.
 */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range | null {
  if (start < 0 || end > index.text.length || start >= end) return null;
  const first = lastStartAtOrBefore(index.starts, start);
  const last = lastStartAtOrBefore(index.starts, end - 1);
  const startNode = index.nodes[first];
  const endNode = index.nodes[last];
  const startBase = index.starts[first];
  const endBase = index.starts[last];
  if (!startNode || !endNode || startBase === undefined || endBase === undefined) return null;
  const range = index.root.ownerDocument.createRange();
  range.setStart(startNode, start - startBase);
  range.setEnd(endNode, end - endBase);
  return range;
}

/** The text offset of a DOM boundary point (container, offset) under the index's root. */
function offsetOfPoint(index: TextIndex, container: Node, offset: number): number {
  if (isText(container)) {
    const i = index.nodes.indexOf(container);
    const base = index.starts[i];
    if (i !== -1 && base !== undefined) return base + Math.min(offset, container.data.length);
  }
  // Otherwise the point sits between nodes: its offset is where the first indexed
  // node after it starts. Binary search, comparing nodes with the point.
  const probe = index.root.ownerDocument.createRange();
  probe.setStart(container, offset);
  let low = 0;
  let high = index.nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const node = index.nodes[mid];
    if (node && probe.comparePoint(node, 0) < 0) low = mid + 1;
    else high = mid;
  }
  return index.starts[low] ?? index.text.length;
}

/** The offsets in the index's text that a DOM range covers (the inverse of `rangeFromOffsets`). */
export function offsetsFromRange(index: TextIndex, range: Range): { start: number; end: number } {
  return {
    start: offsetOfPoint(index, range.startContainer, range.startOffset),
    end: offsetOfPoint(index, range.endContainer, range.endOffset),
  };
}
