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
import { isText, lastStartAtOrBefore, type TextIndex, type TextSpan } from './anchoring/text-position';

export const MARK_TAG = 'sourcelightmark';

export interface MarkSpec {
  /** Offsets in the text index the spec is drawn with. */
  span: TextSpan;
  warningIndex: number;
  severity: Severity;
  /** The accessible description: what the warning says about the passage. */
  description: string;
}

export interface Highlighter {
  /**
   * Wraps the text of every span of `index`, which must describe the page as it is
   * now. Spans may overlap (marks then nest). Every boundary is computed first, then
   * the page's text nodes are split, then the runs wrapped, so no write moves an
   * offset still to be used. `result[i]` holds the elements drawn for `specs[i]`,
   * empty when its span held no text that may be wrapped.
   */
  highlight(index: TextIndex, specs: readonly MarkSpec[]): HTMLElement[][];
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

/** The index's text nodes after splitting at every span boundary, and where each starts in its text. */
interface Pieces {
  nodes: Text[];
  starts: number[];
}

/** Where each text node of the index must be cut: its position in the index → offsets in its data. */
function cutsFor(index: TextIndex, spans: readonly TextSpan[]): Map<number, Set<number>> {
  const cuts = new Map<number, Set<number>>();
  const cut = (position: number, offset: number): void => {
    const node = index.nodes[position];
    if (node === undefined || offset <= 0 || offset >= node.length) return;
    let offsets = cuts.get(position);
    if (offsets === undefined) cuts.set(position, (offsets = new Set()));
    offsets.add(offset);
  };
  for (const { start, end } of spans) {
    if (start >= end) continue;
    const first = lastStartAtOrBefore(index.starts, start);
    const last = lastStartAtOrBefore(index.starts, end - 1);
    cut(first, start - (index.starts[first] ?? 0));
    cut(last, end - (index.starts[last] ?? 0));
  }
  return cuts;
}

/**
 * Splits the text nodes so that every span covers whole nodes. A node's cuts go from
 * its end to its start, so the page's node keeps the head (frameworks hold it) and no
 * offset still to cut moves. Each split is recorded for cleanup.
 */
function splitAtBoundaries(index: TextIndex, spans: readonly TextSpan[], splits: Split[]): Pieces {
  const cuts = cutsFor(index, spans);
  const pieces: Pieces = { nodes: [], starts: [] };
  index.nodes.forEach((node, position) => {
    const base = index.starts[position] ?? 0;
    pieces.nodes.push(node);
    pieces.starts.push(base);
    const offsets = cuts.get(position);
    if (offsets === undefined) return;
    const tails = [...offsets]
      .sort((a, b) => b - a)
      .map((offset) => {
        const tail = node.splitText(offset);
        splits.push({ head: node, tail });
        return { tail, start: base + offset };
      });
    for (const { tail, start } of tails.reverse()) {
      pieces.nodes.push(tail);
      pieces.starts.push(start);
    }
  });
  return pieces;
}

/** The text nodes a span covers once split at its boundaries, in document order. */
function piecesOf(pieces: Pieces, { start, end }: TextSpan): Text[] {
  if (start >= end) return [];
  return pieces.nodes.slice(lastStartAtOrBefore(pieces.starts, start), lastStartAtOrBefore(pieces.starts, end - 1) + 1);
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
    highlight(index, specs) {
      const pieces = splitAtBoundaries(index, specs.map((spec) => spec.span), splits);
      const nodeLists = specs.map((spec) => piecesOf(pieces, spec.span));
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
