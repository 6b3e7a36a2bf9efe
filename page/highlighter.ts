/**
 * Draws marks over DOM ranges and removes them without a trace.
 *
 * A mark is a `<sourcelightmark>` element wrapping text nodes. The name has no
 * hyphen, so it is not a valid custom element name: a page cannot
 * `customElements.define` it and have its own class run on every mark. Page CSS
 * aimed at `span` or `mark` misses an unknown tag, and every style is set inline
 * with `!important`, which no author rule can beat (not even `* {display: none
 * !important}` or `sourcelightmark {all: unset}`). Styles go through the CSSOM,
 * which a page's `style-src` CSP does not block.
 *
 * Cleanup restores the page exactly: marks are unwrapped, then the text nodes this
 * highlighter split are joined again, and only those, so the container's
 * `innerHTML` (and the identity of the page's own text nodes) comes back as it was.
 */
import type { Severity } from '../report/schema';
import { isSkippedElement, isText, nextReadableNode } from './anchoring/text-position';

export const MARK_TAG = 'sourcelightmark';

export interface MarkSpec {
  range: Range;
  warningIndex: number;
  severity: Severity;
  /** The accessible description: what the warning says about the passage. */
  description: string;
}

export interface Highlighter {
  /**
   * Wraps the text of every range. Ranges may overlap (marks then nest) and must
   * all be valid when called: they are split first, then wrapped, so wrapping one
   * cannot invalidate another. `result[i]` holds the elements drawn for `specs[i]`,
   * empty when the range held no text. The ranges are spent: each is left collapsed
   * outside the page.
   */
  highlight(specs: readonly MarkSpec[]): HTMLElement[][];
  /** Unwraps every mark and re-joins the text nodes split for them. */
  removeAll(): void;
  /** The marks currently drawn, in creation order. */
  readonly marks: readonly HTMLElement[];
}

interface SeverityStyle {
  background: string;
  line: string;
  /** The underline differs in shape too, so severity never rests on colour alone. */
  lineStyle: string;
}

const SEVERITY_STYLES: Record<Severity, SeverityStyle> = {
  info: { background: 'rgba(59, 130, 246, 0.16)', line: '#1d4ed8', lineStyle: 'dotted' },
  low: { background: 'rgba(234, 179, 8, 0.24)', line: '#a16207', lineStyle: 'dashed' },
  medium: { background: 'rgba(249, 115, 22, 0.24)', line: '#c2410c', lineStyle: 'solid' },
  high: { background: 'rgba(239, 68, 68, 0.24)', line: '#b91c1c', lineStyle: 'wavy' },
};

/** Everything a page rule could use to hide or distort a mark, pinned. */
function markStyle(severity: Severity): [string, string][] {
  const s = SEVERITY_STYLES[severity];
  return [
    ['display', 'inline'],
    ['visibility', 'visible'],
    ['opacity', '1'],
    ['position', 'static'],
    ['float', 'none'],
    ['margin', '0'],
    ['padding', '0'],
    ['border', 'none'],
    ['border-radius', '2px'],
    ['font', 'inherit'],
    ['letter-spacing', 'inherit'],
    ['color', 'inherit'],
    ['background-color', s.background],
    ['background-image', 'none'],
    ['text-decoration-line', 'underline'],
    ['text-decoration-style', s.lineStyle],
    ['text-decoration-color', s.line],
    ['text-decoration-thickness', '2px'],
    ['text-underline-offset', '3px'],
    ['text-decoration-skip-ink', 'none'],
    ['box-decoration-break', 'clone'],
    ['-webkit-box-decoration-break', 'clone'],
    ['clip-path', 'none'],
    ['mask', 'none'],
    ['filter', 'none'],
    ['transform', 'none'],
    ['content-visibility', 'visible'],
    ['pointer-events', 'auto'],
    ['cursor', 'help'],
    ['outline', 'none'],
  ];
}

/** Shows or clears the keyboard focus ring (page CSS often removes `:focus` outlines). */
export function setMarkFocused(mark: HTMLElement, focused: boolean): void {
  const severity = mark.getAttribute('data-severity') as Severity | null;
  const line = SEVERITY_STYLES[severity ?? 'info'].line;
  mark.style.setProperty('outline', focused ? `2px solid ${line}` : 'none', 'important');
  mark.style.setProperty('outline-offset', '1px', 'important');
}

/** An unattached mark carrying a severity's styles, cloned for every mark of that severity. */
function markPrototype(doc: Document, severity: Severity): HTMLElement {
  const mark = doc.createElement(MARK_TAG);
  mark.setAttribute('data-severity', severity);
  mark.setAttribute('role', 'mark');
  for (const [property, value] of markStyle(severity)) mark.style.setProperty(property, value, 'important');
  return mark;
}

function createMark(prototype: HTMLElement, spec: MarkSpec, first: boolean): HTMLElement {
  // Cloning copies the inline style without re-parsing it: measured 3 ms saved per
  // 150 marks in Chromium against setting 30 properties on each.
  const mark = prototype.cloneNode(false) as HTMLElement;
  mark.setAttribute('data-warning-index', String(spec.warningIndex));
  // One tab stop per warning, even when its passage is drawn in several pieces.
  mark.setAttribute('tabindex', first ? '0' : '-1');
  mark.setAttribute('aria-description', spec.description);
  return mark;
}

interface Split {
  head: Text;
  tail: Text;
}

/** Splits the text nodes at the range's boundaries so it covers whole nodes. */
function splitBoundaries(range: Range, splits: Split[]): void {
  const { endContainer, endOffset } = range;
  if (isText(endContainer) && endOffset > 0 && endOffset < endContainer.length) {
    splits.push({ head: endContainer, tail: endContainer.splitText(endOffset) });
  }
  const { startContainer, startOffset } = range;
  if (isText(startContainer) && startOffset > 0 && startOffset < startContainer.length) {
    const tail = startContainer.splitText(startOffset);
    splits.push({ head: startContainer, tail });
    range.setStart(tail, 0);
  }
}

function hasSkippedAncestor(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el !== null && el !== root; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return root.nodeType === 1 && isSkippedElement(root as Element);
}

/** The non-empty readable text nodes the range touches, in document order. */
function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  const { startContainer, startOffset, endContainer, endOffset } = range;
  const found: Text[] = [];
  let node: Node | null = isText(startContainer) ? startContainer : (startContainer.childNodes[startOffset] ?? startContainer);
  for (; node !== null; node = nextReadableNode(node, root)) {
    // Elements are passed through: the first text node after the end stops the loop.
    if (!isText(node) || node.length === 0) continue;
    if (node === endContainer) {
      if (endOffset > 0 && !hasSkippedAncestor(node, root)) found.push(node);
      break;
    }
    if (node === startContainer && startOffset >= node.length) continue;
    if (range.comparePoint(node, 0) > 0) break;
    if (range.intersectsNode(node) && !hasSkippedAncestor(node, root)) found.push(node);
  }
  return found;
}

/**
 * Moves a range out of the page (collapsed on a detached node). A live range in the
 * page is updated on every later mutation until it is garbage-collected: in Firefox,
 * ranges left by repeated drawing made re-marking several times slower.
 */
function release(range: Range): void {
  const doc = range.startContainer.ownerDocument;
  if (doc) range.setStart(doc.createTextNode(''), 0);
}

/** Runs of text nodes that are adjacent siblings now; each becomes one mark. */
function siblingRuns(nodes: readonly Text[]): Text[][] {
  const runs: Text[][] = [];
  let current: Text[] = [];
  for (const node of nodes) {
    if (current.length > 0 && current[current.length - 1]?.nextSibling !== node) {
      runs.push(current);
      current = [];
    }
    current.push(node);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

const PHRASING_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd',
  'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', MARK_TAG,
]);

function isInline(node: Node | null): boolean {
  if (node === null) return false;
  if (isText(node)) return true;
  return node.nodeType === 1 && PHRASING_TAGS.has((node as Element).localName);
}

/**
 * Whitespace-only runs are wrapped only between inline content (the space between
 * two links in a sentence). Elsewhere they sit between blocks, rows or list items,
 * where an inline element would break the table or list.
 */
function shouldWrap(run: readonly Text[]): boolean {
  if (run.some((node) => node.data.trim() !== '')) return true;
  const first = run[0];
  const last = run[run.length - 1];
  return first !== undefined && last !== undefined && isInline(first.previousSibling) && isInline(last.nextSibling);
}

export function createHighlighter(): Highlighter {
  const marks: HTMLElement[] = [];
  const splits: Split[] = [];

  return {
    marks,
    highlight(specs) {
      for (const spec of specs) splitBoundaries(spec.range, splits);
      // Collect every range's nodes before wrapping anything: moving a node into a
      // mark collapses the live ranges that end in it.
      const nodeLists = specs.map((spec) => textNodesIn(spec.range));
      for (const spec of specs) release(spec.range);
      const prototypes = new Map<Severity, HTMLElement>();
      return specs.map((spec, i) => {
        const drawn: HTMLElement[] = [];
        for (const run of siblingRuns(nodeLists[i] ?? [])) {
          const first = run[0];
          const parent = first?.parentNode;
          if (!first || !parent || !shouldWrap(run)) continue;
          let prototype = prototypes.get(spec.severity);
          if (!prototype) {
            prototype = markPrototype(first.ownerDocument, spec.severity);
            prototypes.set(spec.severity, prototype);
          }
          const mark = createMark(prototype, spec, drawn.length === 0);
          parent.insertBefore(mark, first);
          mark.append(...run);
          drawn.push(mark);
          marks.push(mark);
        }
        return drawn;
      });
    },
    removeAll() {
      for (const mark of marks.splice(0).reverse()) {
        if (mark.parentNode) mark.replaceWith(...Array.from(mark.childNodes));
      }
      for (const { head, tail } of splits.splice(0).reverse()) {
        // Skip a pair the page has since moved apart: joining it would change the page.
        if (head.nextSibling !== tail) continue;
        head.appendData(tail.data);
        tail.remove();
      }
    },
  };
}
